// Step 6, strategy (DESIGN.md §3.6): the reach / target / safety mix of the programs the applicant
// would apply to (the first n of the ranked list), and a plain-words check when it is lopsided.
import { REACH_BELOW, SAFETY_FROM } from '../tiers';
import { TIERS } from '../types';
import type { RankedProgram, Tier } from '../types';
import { percent } from '../labels';

/**
 * Past half reaches a list is lopsided: below a 25% interview chance (tiers.ts) it takes four or
 * more reaches to expect one interview, so a half-reach list rests on a few targets and safeties.
 * A product judgement, not a published figure.
 */
export const MAX_REACH_SHARE = 0.5;

export type TierMix = Record<Tier, number>;

export type TierMixHintKind = 'no_safety' | 'reach_heavy';

export interface TierMixHint {
  kind: TierMixHintKind;
  /** In plain words, for the applicant. */
  message: string;
}

/** Reach, target and safety counts among the first `applications` programs of the ranked list. */
export function countTierMix(ranked: readonly Pick<RankedProgram, 'tier'>[], applications: number): TierMix {
  const mix: TierMix = { reach: 0, target: 0, safety: 0 };
  for (const { tier } of ranked.slice(0, Math.max(0, applications))) mix[tier] += 1;
  return mix;
}

function firstSafetyBeyond(ranked: readonly Pick<RankedProgram, 'tier'>[], applications: number): number | null {
  const index = ranked.findIndex((program, i) => i >= applications && program.tier === 'safety');
  return index === -1 ? null : index + 1;
}

/** What is unbalanced about the first `applications` programs; empty when the mix is sound. */
export function checkTierMix(ranked: readonly Pick<RankedProgram, 'tier'>[], applications: number): TierMixHint[] {
  const mix = countTierMix(ranked, applications);
  const total = TIERS.reduce((sum, tier) => sum + mix[tier], 0);
  if (total === 0) return [];
  const hints: TierMixHint[] = [];
  if (mix.safety === 0) {
    const rank = firstSafetyBeyond(ranked, applications);
    const where =
      rank === null
        ? 'and none of your eligible programs is one'
        : `the first one on your ranked list is number ${rank}: consider adding it and others like it`;
    hints.push({
      kind: 'no_safety',
      message: `${total === 1 ? 'This program is not' : `None of these ${total} programs is`} a safety (an interview chance of ${percent(SAFETY_FROM)} or more); ${where}`,
    });
  }
  if (mix.reach / total > MAX_REACH_SHARE) {
    hints.push({
      kind: 'reach_heavy',
      message:
        `${total === 1 ? 'This program is a reach' : `${mix.reach} of these ${total} programs are reaches`} ` +
        `(an interview chance under ${percent(REACH_BELOW)}): it takes ${Math.ceil(1 / REACH_BELOW)} or more of them ` +
        `to expect one interview, so add targets or safeties`,
    });
  }
  return hints;
}
