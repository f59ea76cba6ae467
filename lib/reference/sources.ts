// Every source behind SmartPick's figures, deduplicated, each with what it is used for: the
// "Sources" list of /how-we-estimate. Built from the reference modules' own citations, so a figure
// added there with a new source shows up here without anyone retyping it.
import { NRMP_FEES_SOURCE } from './fees';
import { SEASONS, type Provenance } from './seasons';
import { ERAS_2021_SOURCE, NRMP_2020_SOURCE } from './program-distribution';
import {
  MATCH_2025_TOTALS,
  NON_US_IMG_MEDIANS_2026,
  OVERALL_MATCH_RATES,
  SPECIALTY_CITATIONS,
  UROLOGY_AUA_FIGURES,
  findSpecialtyReference,
  USMD_MATCH_BY_STEP2_BAND_SOURCE,
  type CitedSpecialtyField,
} from './specialties';

export interface ReferenceSource {
  /** The citation as written in the reference module: publisher, title and year or season. */
  source: string;
  /** What SmartPick takes from it, in plain words. */
  usedFor: string[];
}

const SPECIALTY_FIELD_USE: Readonly<Record<CitedSpecialtyField, string>> = {
  positions: 'positions and applicants',
  applicants: 'positions and applicants',
  'matchRate.US_MD': 'match rates by applicant type',
  'matchRate.US_DO': 'match rates by applicant type',
  'matchRate.US_IMG': 'match rates by applicant type',
  'matchRate.NON_US_IMG': 'match rates by applicant type',
  medianStep2MatchedUsMd: 'the typical Step 2 CK score of matched applicants',
  meanContiguousRanksNonUsImg: 'how many programs matched international graduates ranked',
  signals: 'program signal counts',
};

/**
 * A citation may carry a note on how a figure was read ("…, 2015–2024 averages (IMGs, U.S. and
 * non-U.S. citizens pooled)"): the source is the part before the note when that part is itself a
 * cited source, and the note goes with the use.
 */
function splitNote(citation: string, sources: ReadonlySet<string>): { source: string; note: string | null } {
  const match = /^(.*) \(([^()]*)\)$/.exec(citation);
  if (match?.[1] !== undefined && match[2] !== undefined && sources.has(match[1])) return { source: match[1], note: match[2] };
  return { source: citation, note: null };
}

/** All sources, in the order first cited, each once, with its uses merged. */
export function listReferenceSources(): ReferenceSource[] {
  const uses = new Map<string, Set<string>>();
  const cite = (source: string, usedFor: string) => {
    const set = uses.get(source) ?? new Set<string>();
    set.add(usedFor);
    uses.set(source, set);
  };
  const plainSources = new Set<string>(UROLOGY_AUA_FIGURES.sources);
  for (const [code, citations] of Object.entries(SPECIALTY_CITATIONS)) {
    const specialty = findSpecialtyReference(code);
    // Specialties outside the NRMP Match have sources of their own: name them.
    const scope = specialty !== undefined && specialty.match !== 'NRMP' ? specialty.name : 'by specialty';
    for (const [field, citation] of Object.entries(citations) as [CitedSpecialtyField, string | undefined][]) {
      if (citation === undefined) continue;
      const { source, note } = splitNote(citation, plainSources);
      cite(source, `${SPECIALTY_FIELD_USE[field]}, ${scope}${note === null ? '' : ` (${note})`}`);
    }
  }
  cite(USMD_MATCH_BY_STEP2_BAND_SOURCE, 'match rates by Step 2 CK score band');
  for (const rates of OVERALL_MATCH_RATES) {
    cite(rates.source, rates.imgByVisaNeed ? 'overall match rates by applicant type and by visa need' : 'overall match rates by applicant type');
  }
  cite(MATCH_2025_TOTALS.source, 'the size of the Match: applicants and positions');
  cite(NON_US_IMG_MEDIANS_2026.source, 'scores and rank-list lengths of matched and unmatched international graduates');
  for (const season of SEASONS) {
    const when = (figure: Provenance) => `${figure.publishedFor} figure, used for ${season.season}${figure.verified ? '' : ' (not verified)'}`;
    for (const [service, schedule] of Object.entries(season.fees)) if (schedule) cite(schedule.source, `${service} application fees (${when(schedule)})`);
    for (const fee of season.oneTimeFees) cite(fee.source, `${fee.label} fee on ${fee.service} (${when(fee)})`);
    for (const [code, facts] of Object.entries(season.specialties)) {
      if (facts.service !== 'ERAS' || facts.matchHeldBy !== 'NRMP') cite(facts.serviceSource, `which service ${findSpecialtyReference(code)?.name ?? code} applies through`);
      if (facts.signals) cite(facts.signals.source, `program signal counts (${when(facts.signals)})`);
    }
    for (const s of season.notRanked) cite(s.source, `${s.name}: why SmartPick does not rank it`);
  }
  cite(NRMP_FEES_SOURCE, 'NRMP Match fees');
  cite(ERAS_2021_SOURCE, 'the demo catalog: how many programs each state has');
  cite(NRMP_2020_SOURCE, 'the demo catalog: how many positions a program has');
  for (const source of UROLOGY_AUA_FIGURES.sources) {
    if (!uses.has(source)) cite(source, 'Urology, which has its own match');
  }
  return [...uses].map(([source, used]) => ({ source, usedFor: [...used] }));
}
