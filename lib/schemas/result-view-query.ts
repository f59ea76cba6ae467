// The results page's view (issue 17) in its URL: ?tier=reach&tier=target&state=NY&q=mercy&sort=chance.
// Read with the view's rules (lib/schemas/result-view-rules.ts, no zod: this runs in the results
// page's bundle); a part that does not pass is left out (a hand-edited URL still shows the list),
// and the same view always writes the same URL. The server checks the view again (resultViewSchema).
import { listParam, type UrlParams } from './url-params';
import { isResultSort, isStateCode, isTier, RESULT_SEARCH_MAX_LENGTH, type ResultView } from './result-view-rules';

export function readResultView(params: UrlParams): ResultView {
  const view: ResultView = {};
  const tiers = [...new Set(listParam(params, 'tier').filter(isTier))];
  if (tiers.length > 0) view.tiers = tiers;
  const states = [...new Set(listParam(params, 'state').map((s) => s.toUpperCase()).filter(isStateCode))];
  if (states.length > 0) view.states = states;
  const q = (listParam(params, 'q')[0] ?? '').trim();
  if (q !== '' && q.length <= RESULT_SEARCH_MAX_LENGTH) view.q = q;
  const sort = listParam(params, 'sort')[0];
  if (sort !== undefined && isResultSort(sort) && sort !== 'rank') view.sort = sort;
  return view;
}

/** The query string of a view ('' for the plain ranking), its parts in one order. */
export function resultViewSearch(view: ResultView): string {
  const search = new URLSearchParams();
  for (const tier of view.tiers ?? []) search.append('tier', tier);
  for (const state of view.states ?? []) search.append('state', state);
  if (view.q?.trim()) search.set('q', view.q.trim());
  if (view.sort && view.sort !== 'rank') search.set('sort', view.sort);
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/** Whether the view filters or reorders anything. */
export function hasView(view: ResultView): boolean {
  return resultViewSearch(view) !== '' || view.ids !== undefined;
}
