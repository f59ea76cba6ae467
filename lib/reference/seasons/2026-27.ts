// The 2026–27 application season (ERAS 2027 season, Match 2027). Looked up in December 2026: where
// no 2026–27 figure was found, the latest one found is used and marked unverified, with the season
// it was published for. To move SmartPick to a new season, add its module and register it in
// seasons/index.ts; no code changes.
import type { OneTimeFee, Provenance, SeasonFacts, SeasonNotice, SignalCounts, SpecialtySeason } from './types';

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

const USCIS_H1B = 'USCIS, H-1B Specialty Occupations: guidance on Presidential Proclamation 10973 of 19 September 2025 (posted 20 October 2025), as summarised by immigration counsel (Nixon Peabody, McCown & Evans, October 2025)';
const CFR_H1B_PHYSICIANS = '8 CFR 214.2(h)(4)(viii)(B): an H-1B physician in graduate medical education must have passed all Steps of the USMLE (or an equivalent), 2026';
const STATE_FMJ = 'US Department of State, Announcement of Expanded Screening and Vetting for Visa Applicants, 18 June 2025 (and university international offices’ summaries, June 2025)';
const STEP2_PASS = 'USMLE Step 2 CK passing standard 218 from 1 July 2025, as reported by secondary sources (2025); not read at usmle.org';
const RESIDENCYCAS_IMG = 'Liaison, ResidencyCAS Applicant Quick Start Guide (2025): access links from the Dean’s office, ECFMG or CaRMS; CORD and ACOG (2024–25)';

const notices: SeasonNotice[] = [
  {
    kind: 'h1b_petition_fee',
    text:
      'New H-1B petitions filed from 21 September 2025 for someone outside the US without a valid H-1B visa require a ' +
      '$100,000 payment from the employer (Proclamation 10973). USCIS guidance of 20 October 2025 exempts a change of ' +
      'status for someone already in the US in valid status. Hospitals have reported reconsidering applicants who need ' +
      'an H-1B, so a program listed as sponsoring H-1B may not sponsor you this season: ask each program, and accept a J-1 ' +
      'if you can. The proclamation was set to last a year unless extended; check whether it still applies to petitions ' +
      'for July 2027.',
    year: 2025,
    audience: { visaNeeded: ['H1B', 'J1_OR_H1B'] },
    ...unverified(USCIS_H1B, '2025–26'),
  },
  {
    kind: 'h1b_step3',
    text:
      'An H-1B for residency needs USMLE Step 3 passed before the program can file the petition. Plan to take Step 3 ' +
      'early enough for the result to arrive well before the July start.',
    year: 2026,
    audience: { visaNeeded: ['H1B', 'J1_OR_H1B'] },
    ...unverified(CFR_H1B_PHYSICIANS, '2026–27'),
  },
  {
    kind: 'j1_processing',
    text:
      'J-1 visa interview scheduling was paused from 27 May to 18 June 2025 and resumed with vetting of each applicant’s ' +
      'whole online presence: social media profiles must be set to public, and a case may first be refused for that ' +
      'review before the visa is issued. Allow extra weeks between the Match and the July start.',
    year: 2025,
    audience: { visaNeeded: ['J1', 'J1_OR_H1B'] },
    ...unverified(STATE_FMJ, '2025–26'),
  },
  {
    kind: 'step2_passing_score',
    text: 'The USMLE Step 2 CK passing score rose from 214 to 218 for exams taken from 1 July 2025.',
    year: 2025,
    audience: { step2NotYetPassedOrFailed: true },
    ...unverified(STEP2_PASS, '2025–26'),
  },
  {
    kind: 'residencycas',
    text:
      'Emergency medicine and OB/GYN take applications through ResidencyCAS, not ERAS: a separate application with its ' +
      'own fees, letters assigned program by program and its own signals. International graduates get their ResidencyCAS ' +
      'access link from ECFMG, apart from the ERAS token. You still register for the Match with the NRMP.',
    year: 2025,
    audience: { specialties: ['EM', 'OBGYN'] },
    ...unverified(RESIDENCYCAS_IMG, '2025–26'),
  },
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
  notices,
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
