// Saved lists (DESIGN.md §2, §4): the functions pages and route handlers call, each taking the
// signed-in user's id first.
export { compareListWithNow } from './compare';
export { ListChangedError, ListNotFoundError, ListPlanOutdatedError } from './errors';
export { CSV_COLUMNS, exportListCsv } from './export';
export type { ListCsv } from './export';
export { countLists, getList, listLists } from './read';
export type { ListComparison, ListItemComparison, ProgramStandingView, SavedListItemView, SavedListSummary, SavedListView } from './types';
export { createList, deleteList, updateList } from './write';
