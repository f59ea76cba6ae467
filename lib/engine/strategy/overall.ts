// One chance of a match for the whole plan: main specialty and backups together. Outcomes are
// correlated through the applicant's strength (calibration/latent.ts): an applicant weak enough to
// go unmatched in the main specialty is weaker in the backup too. So the plan's chance integrates
// the product of every application's no-match probability over one shared latent strength, never
// 1 − Π(1 − p_specialty), which would count a weak applicant's two 50% chances as 75%.
// Never below the best single specialty's chance: each added application only multiplies the
// no-match probability at every strength by a factor ≤ 1.
import type { LatentParameters } from '../calibration/latent';
import { NODES, WEIGHTS } from '../calibration/gauss-hermite';
import type { ChanceEstimate } from '../types';

export interface SpecialtyApplications {
  /** Interview logits (ℓ_i) of the programs applied to. */
  logits: readonly number[];
  /** How far (logit) the specialty's calibration may sit below and above its center: the baseline's range. */
  below: number;
  above: number;
}

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

function anyMatch(plans: readonly SpecialtyApplications[], latent: LatentParameters, shift: (plan: SpecialtyApplications) => number): number {
  const { strengthSdLogit: sd, matchPerInterview: r } = latent;
  let total = 0;
  for (let j = 0; j < NODES.length; j++) {
    let noMatch = 1;
    for (const plan of plans) {
      const s = shift(plan) + sd * NODES[j]!;
      for (const l of plan.logits) noMatch *= 1 - r * logistic(l + s);
    }
    total += WEIGHTS[j]! * (1 - noMatch);
  }
  return total;
}

/** P(at least one match anywhere in the plan), with the range of the specialties' baselines. */
export function overallMatchChance(plans: readonly SpecialtyApplications[], latent: LatentParameters): ChanceEstimate {
  return {
    estimate: round3(anyMatch(plans, latent, () => 0)),
    low: round3(anyMatch(plans, latent, (plan) => -plan.below)),
    high: round3(anyMatch(plans, latent, (plan) => plan.above)),
  };
}
