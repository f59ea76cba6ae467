// The results page's view (issue 17) in its URL: ?tier=reach&tier=target&state=NY&q=mercy&sort=chance.
// Read through resultViewSchema; a part that does not pass is left out (a hand-edited URL still
// shows the list), and the same view always writes the same URL.
import { listParam, type UrlParams } from './url-params';
import { RESULT_SORTS, resultViewSchema, type ResultView } from './recommendation';

export function readResultView(params: UrlParams): ResultView {
  const view: ResultView = {};
  const tiers = resultViewSchema.shape.tiers.safeParse(listParam(params, 'tier'));
  if (tiers.success && tiers.data && tiers.data.length > 0) view.tiers = [...new Set(tiers.data)];
  const states = resultViewSchema.shape.states.safeParse(listParam(params, 'state').map((s) => s.toUpperCase()));
  if (states.success && states.data && states.data.length > 0) view.states = [...new Set(states.data)];
  const q = resultViewSchema.shape.q.safeParse(listParam(params, 'q')[0] ?? '');
  if (q.success && q.data) view.q = q.data;
  const sort = listParam(params, 'sort')[0];
  if (sort && (RESULT_SORTS as readonly string[]).includes(sort) && sort !== 'rank') view.sort = sort as ResultView['sort'];
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
  return resultViewSearch(view) !== '';
}
