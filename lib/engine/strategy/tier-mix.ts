// Step 6, strategy (DESIGN.md §3.6): the reach / target / safety mix of the programs the applicant
// would apply to (the first n of the ranked list), and a plain-words check when it is lopsided.
import type { TierThresholds } from '../tiers';
import { TIERS } from '../types';
import type { RankedProgram, Tier } from '../types';
import { percent } from '../labels';

/**
 * Past half reaches a list is lopsided: a reach is interviewed at under half the rate of applicants
 * like this one who matched (tiers.ts), so a half-reach list rests on its targets and safeties.
 * When the ranked list holds too few targets or safeties to change that (most IMGs, and many
 * applicants in competitive specialties), a mostly-reach list is what the applicant has: the hint
 * then says so and what helps, rather than asking for programs that are not there. A product
 * judgement, not a published figure.
 */
export const MAX_REACH_SHARE = 0.5;

export type TierMix = Record<Tier, number>;

/**
 * no_safety: none of the programs is a safety. reach_heavy: more than MAX_REACH_SHARE are reaches,
 * and the targets and safeties further down the ranked list could bring them down to that share.
 * reach_heavy_unavoidable: as many reaches, and even every target and safety left would not.
 */
export type TierMixHintKind = 'no_safety' | 'reach_heavy' | 'reach_heavy_unavoidable';

export interface TierMixHint {
  kind: TierMixHintKind;
  /** In plain words, for the applicant. */
  message: string;
}

type Tiered = Pick<RankedProgram, 'tier'>;

/** Reach, target and safety counts among the first `applications` programs of the ranked list. */
export function countTierMix(ranked: readonly Tiered[], applications: number): TierMix {
  const mix: TierMix = { reach: 0, target: 0, safety: 0 };
  for (const { tier } of ranked.slice(0, Math.max(0, applications))) mix[tier] += 1;
  return mix;
}

interface Later {
  first: number | null;
  count: number;
}

/**
 * Beyond the first `applications` programs: the first (1-based rank) safety and how many there are,
 * and the same for targets and safeties together. One pass over the rest of the list.
 */
function laterPrograms(ranked: readonly Tiered[], applications: number): { safeties: Later; others: Later } {
  const safeties: Later = { first: null, count: 0 };
  const others: Later = { first: null, count: 0 };
  for (let index = Math.max(0, applications); index < ranked.length; index++) {
    const tier = ranked[index]!.tier;
    if (tier === 'reach') continue;
    others.first ??= index + 1;
    others.count += 1;
    if (tier === 'safety') {
      safeties.first ??= index + 1;
      safeties.count += 1;
    }
  }
  return { safeties, others };
}

function reachMeaning(thresholds: TierThresholds): string {
  return `an interview chance under ${percent(thresholds.reachBelow)}, so about ${Math.ceil(1 / thresholds.reachBelow)} or more of them to expect one interview`;
}

function reachesOf(reach: number, total: number): string {
  return total === 1 ? 'This program is a reach' : `${reach} of these ${total} programs are reaches`;
}

/** What is unbalanced about the first `applications` programs; empty when the mix is sound. */
export function checkTierMix(ranked: readonly Tiered[], applications: number, thresholds: TierThresholds): TierMixHint[] {
  const mix = countTierMix(ranked, applications);
  const total = TIERS.reduce((sum, tier) => sum + mix[tier], 0);
  if (total === 0) return [];
  const reachHeavy = mix.reach / total > MAX_REACH_SHARE;
  const { safeties: laterSafeties, others: laterOthers } = laterPrograms(ranked, applications);
  // Unavoidable when the list stays mostly reaches even with every target and safety further down in place of a reach.
  const unavoidable = reachHeavy && (mix.reach - laterOthers.count) / total > MAX_REACH_SHARE;
  const hints: TierMixHint[] = [];
  // With no safety further down, the unavoidable reach-heavy hint below says all there is about safeties.
  if (mix.safety === 0 && !(unavoidable && laterSafeties.first === null)) {
    const none = `${total === 1 ? 'This program is not' : `None of these ${total} programs is`} a safety (an interview chance of ${percent(thresholds.safetyFrom)} or more)`;
    hints.push({
      kind: 'no_safety',
      message:
        laterSafeties.first === null
          ? `${none}, and none of your eligible programs is one`
          : `${none}; the first one on your ranked list is number ${laterSafeties.first}: consider adding it and others like it`,
    });
  }
  const first = laterOthers.first;
  if (!reachHeavy) return hints;
  if (!unavoidable && first !== null) {
    const others =
      laterOthers.count === 1
        ? `a target or safety further down, at number ${first}: consider adding it, or putting it in place of a reach`
        : `${laterOthers.count} targets or safeties further down, the first at number ${first}: consider adding some, or putting them in place of some reaches`;
    hints.push({ kind: 'reach_heavy', message: `${reachesOf(mix.reach, total)} (${reachMeaning(thresholds)}). Your ranked list has ${others}` });
    return hints;
  }
  const left =
    first === null
      ? 'and your ranked list has no targets or safeties left to add'
      : `and the ${laterOthers.count === 1 ? 'one target or safety' : `${laterOthers.count} targets or safeties`} further down your ranked list ` +
        `(from number ${first}) would not change that`;
  hints.push({
    kind: 'reach_heavy_unavoidable',
    message:
      `${reachesOf(mix.reach, total)} (${reachMeaning(thresholds)}), ${left}. That is common for applicants like you in this ` +
      'specialty: apply widely, put your signals on the likeliest of these programs and keep a backup specialty in mind',
  });
  return hints;
}
