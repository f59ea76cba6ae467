// Step 6, strategy (DESIGN.md §3.6): what the list costs. Each specialty's applications go through
// its own service (ERAS, ResidencyCAS; issue 16), whose fee bands start again for each specialty;
// the plan adds each service's one-time fees (transcripts, the ECFMG token) once. Every figure comes
// from the season's facts (lib/reference/seasons), with its source and season.
import {
  oneTimeFeesFor,
  programFeesUsd,
  seasonLabel,
  specialtySeason,
  type ApplicationService,
  type FeeSchedule,
  type OneTimeFee,
  type SeasonFacts,
} from '@/lib/reference/seasons';

export interface SpecialtyCost {
  applications: number;
  usd: number;
}

/** A specialty's program fees under its service's schedule; $0 where the service's fees are unknown (SF Match). */
export function specialtyCost(facts: SeasonFacts, specialtyCode: string, applications: number): SpecialtyCost {
  const schedule = facts.fees[specialtySeason(facts, specialtyCode).service];
  return { applications, usd: schedule ? programFeesUsd(schedule, applications) : 0 };
}

export interface OneTimeFeeLine {
  key: OneTimeFee['key'];
  label: string;
  service: ApplicationService;
  usd: number;
  source: string;
  season: string;
}

export interface PlanCost {
  applications: number;
  /** Program fees plus the one-time fees. */
  usd: number;
  programFeesUsd: number;
  oneTimeFees: OneTimeFeeLine[];
}

/**
 * The whole plan: program fees per specialty on its service (entries with the same code are one
 * specialty, their counts added before the bands apply), then each service's one-time fees once,
 * for the services any application goes through.
 */
export function planCost(
  facts: SeasonFacts,
  profile: { applicantType: string; step2Score?: number | null; comlexLevel2Score?: number | null },
  perSpecialty: readonly { specialtyCode: string; applications: number }[],
): PlanCost {
  const bySpecialty = new Map<string, number>();
  for (const { specialtyCode, applications } of perSpecialty) bySpecialty.set(specialtyCode, (bySpecialty.get(specialtyCode) ?? 0) + applications);
  let programFees = 0;
  let applications = 0;
  const services = new Set<ApplicationService>();
  for (const [code, count] of bySpecialty) {
    applications += count;
    programFees += specialtyCost(facts, code, count).usd;
    if (count > 0) services.add(specialtySeason(facts, code).service);
  }
  const oneTimeFees = oneTimeFeesFor(facts, profile, services).map((fee) => ({
    key: fee.key,
    label: fee.label,
    service: fee.service,
    usd: fee.usd,
    source: fee.source,
    season: seasonLabel(fee, facts.season),
  }));
  const oneTime = oneTimeFees.reduce((sum, fee) => sum + fee.usd, 0);
  return { applications, usd: programFees + oneTime, programFeesUsd: programFees, oneTimeFees };
}

/** A schedule in words: "$11 per program for programs 1–30, $30 per program from 31". */
export function describeFeeSchedule(schedule: FeeSchedule): string {
  return schedule.bands
    .map((band) => {
      const range = band.to === null ? `from ${band.from}` : `${band.from}–${band.to}`;
      if (band.usdFlat !== undefined) return `$${band.usdFlat} for programs ${range}`;
      return `$${band.usdEach} per program ${band.to === null ? range : `for programs ${range}`}`;
    })
    .join(', ');
}

/** Where a specialty's fees come from, with the season: shown beside every cost. */
export function feeCitation(facts: SeasonFacts, specialtyCode: string): { service: ApplicationService; text: string; source: string; season: string } {
  const { service } = specialtySeason(facts, specialtyCode);
  const schedule = facts.fees[service];
  if (!schedule) return { service, text: `${service} fees are not known to SmartPick`, source: '', season: facts.season };
  return {
    service,
    text: `${service}: ${describeFeeSchedule(schedule)}${schedule.resetsPerSpecialty ? ', starting again for each specialty' : ''}`,
    source: schedule.source,
    season: seasonLabel(schedule, facts.season),
  };
}
