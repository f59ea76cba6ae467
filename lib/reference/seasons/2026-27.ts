// The 2026–27 application season (ERAS 2027 season, Match 2027). Looked up in December 2026: where
// no 2026–27 figure was found, the latest one found is used and marked unverified, with the season
// it was published for. To move SmartPick to a new season, add its module and register it in
// seasons/index.ts; no code changes.
import type { OneTimeFee, Provenance, SeasonFacts, SignalCounts, SpecialtySeason } from './types';

const SEASON = '2026–27';

const AAMC_ERAS_FEES = 'AAMC, Fees for 2026 ERAS Season (students-residents.aamc.org), the season that opened in June 2025';
const SAEM_RESIDENCYCAS = 'SAEM RAMS, ResidencyCAS information for emergency medicine applicants (saem.org): pricing for the 2025–26 cycle';
const AAMC_TRANSCRIPTS = 'AAMC, Fees for ERAS Residency Applications (the 2024 ERAS season page): USMLE and COMLEX-USA transcripts, $80 each, assessed once per season';
const ECFMG_TOKEN = 'ECFMG, ERAS Support Services (ecfmg.org/eras): residency token, $165 non-refundable (stated for ERAS 2024)';
const AAMC_SIGNALS = 'AAMC, Program Signaling for the 2025 MyERAS Application Season (students-residents.aamc.org)';
const CORD_EM = 'CORD, ResidencyCAS 2025: Emergency Medicine Application Update (cordem.org): EM applies through ResidencyCAS from the 2025–26 cycle';
const ACOG_OBGYN = 'ACOG, ResidencyCAS for obstetrics and gynecology from the 2024–25 cycle (announced January 2024)';
const AUA_URO = 'AUA, Urology Residency Match statistics, 2025 match: applications through ERAS, match held by the AUA';
const SF_MATCH_OPHTH = 'SF Match, Ophthalmology Residency Match (sfmatch.org, read 2026): applications and match through SF Match';
const OBGYN_SIGNALS_SECONDARY = 'Secondary compilation (residencyexperts.com, How to Send Program Signals, for the 2024 Match): obstetrics and gynecology 3 gold, 15 silver';

const unverified = (source: string, publishedFor: string, note?: string): Provenance => ({ source, publishedFor, verified: false, ...(note ? { note } : {}) });

const signals2024to25 = (counts: Partial<SignalCounts>, note?: string): SignalCounts & Provenance => ({
  single: counts.single ?? null,
  gold: counts.gold ?? null,
  silver: counts.silver ?? null,
  ...unverified(AAMC_SIGNALS, '2024–25', note),
});

const eras = (signals: (SignalCounts & Provenance) | null): SpecialtySeason => ({ service: 'ERAS', matchHeldBy: 'NRMP', serviceSource: AAMC_ERAS_FEES, signals });

const oneTimeFees: OneTimeFee[] = [
  { key: 'usmle_transcript', label: 'USMLE transcript', usd: 80, service: 'ERAS', ...unverified(AAMC_TRANSCRIPTS, '2023–24') },
  { key: 'comlex_transcript', label: 'COMLEX-USA transcript', usd: 80, service: 'ERAS', ...unverified(AAMC_TRANSCRIPTS, '2023–24') },
  {
    key: 'usmle_transcript',
    label: 'USMLE transcript',
    usd: 80,
    service: 'ResidencyCAS',
    ...unverified(SAEM_RESIDENCYCAS, '2025–26', 'ResidencyCAS charges its own transcript fee, apart from ERAS’s.'),
  },
  {
    key: 'comlex_transcript',
    label: 'COMLEX-USA transcript',
    usd: 80,
    service: 'ResidencyCAS',
    ...unverified(SAEM_RESIDENCYCAS, '2025–26', 'ResidencyCAS charges its own transcript fee, apart from ERAS’s.'),
  },
  { key: 'ecfmg_token', label: 'ECFMG token for ERAS (international graduates)', usd: 165, service: 'ERAS', ...unverified(ECFMG_TOKEN, '2023–24') },
];

export const SEASON_2026_27: SeasonFacts = {
  season: SEASON,
  matchYear: 2027,
  fees: {
    ERAS: {
      bands: [
        { from: 1, to: 30, usdEach: 11 },
        { from: 31, to: null, usdEach: 30 },
      ],
      resetsPerSpecialty: true,
      ...unverified(AAMC_ERAS_FEES, '2025–26', 'AAMC’s example: 43 Internal Medicine + 7 Diagnostic Radiology programs = $797.'),
    },
    ResidencyCAS: {
      bands: [
        { from: 1, to: 18, usdFlat: 99 },
        { from: 19, to: 30, usdEach: 18 },
        { from: 31, to: null, usdEach: 23 },
      ],
      // The source prices one specialty's list (EM: 46 programs = $683); whether a second
      // ResidencyCAS specialty starts its own bands is not stated. Counted as ERAS does.
      resetsPerSpecialty: true,
      ...unverified(SAEM_RESIDENCYCAS, '2025–26', 'Whether the bands start again for a second ResidencyCAS specialty is not stated; SmartPick assumes they do.'),
    },
    'SF Match': null,
  },
  oneTimeFees,
  specialties: {
    IM: eras(signals2024to25({ gold: 3, silver: 12 })),
    FM: eras(signals2024to25({ single: 5 })),
    EM: {
      service: 'ResidencyCAS',
      matchHeldBy: 'NRMP',
      serviceSince: '2025–26',
      serviceSource: CORD_EM,
      signals: signals2024to25({ single: 5 }, 'The count EM used on ERAS in 2024–25; the ResidencyCAS count was not found.'),
    },
    PEDS: eras(signals2024to25({ single: 5 })),
    PSYCH: eras(signals2024to25({ single: 10 })),
    ANES: eras(signals2024to25({ gold: 5, silver: 10 })),
    GS: eras(signals2024to25({ single: 15 })),
    OBGYN: {
      service: 'ResidencyCAS',
      matchHeldBy: 'NRMP',
      serviceSince: '2024–25',
      serviceSource: ACOG_OBGYN,
      signals: { single: null, gold: 3, silver: 15, ...unverified(OBGYN_SIGNALS_SECONDARY, '2023–24', 'From a secondary source, when OB/GYN was still on ERAS: not read at ResidencyCAS.') },
    },
    NEURO: eras(signals2024to25({ single: 8 })),
    DR: eras(signals2024to25({ gold: 6, silver: 6 })),
    ORTHO: eras(signals2024to25({ single: 30 })),
    DERM: eras(signals2024to25({ gold: 3, silver: 25 })),
    ENT: eras(signals2024to25({ single: 25 })),
    NSGY: eras(signals2024to25({ single: 25 })),
    PLASTICS: eras(null),
    PATH: eras(signals2024to25({ single: 5 })),
    PMR: eras(signals2024to25({ single: 8 })),
    RADONC: eras(signals2024to25({ single: 4 })),
    IR: eras(signals2024to25({ gold: 6, silver: 6 }, 'Shared with Diagnostic Radiology (one allotment for both).')),
    VASC: eras(null),
    THOR: eras(signals2024to25({ single: 3 })),
    CHNEURO: eras(signals2024to25({ single: 3 })),
    MEDPEDS: eras(null),
    URO: { service: 'ERAS', matchHeldBy: 'AUA', serviceSource: AUA_URO, signals: null },
  },
  notRanked: [
    {
      code: 'OPHTH',
      name: 'Ophthalmology',
      service: 'SF Match',
      matchHeldBy: 'SF Match',
      what:
        'Ophthalmology applies and matches through SF Match, not ERAS and the NRMP. SmartPick has no SF Match outcome ' +
        'figures, programs or fees, so it cannot rank ophthalmology programs or estimate chances or costs; the ' +
        'preliminary or transitional year ophthalmologists also need goes through ERAS and the NRMP.',
      source: SF_MATCH_OPHTH,
    },
  ],
};
