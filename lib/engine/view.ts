// A view of the ranked list (issue 17): the programs a page lists after its filters (tier, state, a
// search on names and places) and in its order (the ranking's, by match chance, by name). Counts,
// curves and strategies stay the whole ranking's. Pure and deterministic: ties keep the ranking's
// order, and names compare with one fixed locale.
import type { RankedProgram, RankingView } from './types';

const NAMES = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Lower case without accents: "Saint-Étienne" is found by "etienne". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether a view changes anything: no filter and the ranking's own order is the ranking itself. */
export function isIdentityView(view: RankingView | undefined): boolean {
  return (
    view === undefined ||
    ((view.tiers ?? []).length === 0 && (view.states ?? []).length === 0 && !view.q?.trim() && (view.sort ?? 'rank') === 'rank' && view.ids === undefined)
  );
}

/** The ranked programs `view` keeps, in its order; `ranked` must be in rank order. */
export function applyView(ranked: readonly RankedProgram[], view: RankingView): RankedProgram[] {
  const tiers = (view.tiers ?? []).length > 0 ? new Set(view.tiers) : null;
  const states = (view.states ?? []).length > 0 ? new Set(view.states) : null;
  const query = foldForSearch(view.q?.trim() ?? '');
  const ids = view.ids === undefined ? null : new Set(view.ids);
  const kept = ranked.filter(
    ({ tier, program }) =>
      (ids === null || ids.has(program.id)) &&
      (tiers === null || tiers.has(tier)) &&
      (states === null || states.has(program.state)) &&
      (query === '' || foldForSearch(`${program.name}\u0000${program.institution}\u0000${program.city ?? ''}`).includes(query)),
  );
  if (view.sort === 'chance') return kept.sort((a, b) => b.matchChance.estimate - a.matchChance.estimate || a.rank - b.rank);
  if (view.sort === 'name') return kept.sort((a, b) => NAMES.compare(a.program.name, b.program.name) || a.rank - b.rank);
  return kept;
}
