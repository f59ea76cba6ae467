// Which programs "Save this list" saves: for each chosen specialty, in the order chosen, the number
// of applications the strategy recommends, taken from the top of that specialty's ranking.
//
// Only loaded results can be saved (the page holds the first page of the ranking, 100 programs, and
// more on "Load more"). When a specialty's recommended programs are not all loaded, its loaded ones
// are saved and `complete` is false, so the page can say so and offer to load more.
import type { RecommendationResult, SpecialtyStrategyReply } from '@/lib/recommendations/types';
import { LIST_NAME_MAX_LENGTH, MAX_LIST_ITEMS } from '@/lib/schemas/list-rules';
import type { ListItemInput } from '@/lib/schemas/lists';

export interface SpecialtySelection {
  code: string;
  name: string;
  recommended: number;
  selected: number;
}

export interface ListSelection {
  items: ListItemInput[];
  bySpecialty: SpecialtySelection[];
  /** False when some recommended programs are past the loaded results. */
  complete: boolean;
}

export function selectRecommendedPrograms(
  specialties: readonly Pick<SpecialtyStrategyReply, 'code' | 'name' | 'recommendedApplications'>[],
  results: readonly RecommendationResult[],
  total: number,
): ListSelection {
  const allLoaded = results.length >= total;
  const byRank = [...results].sort((a, b) => a.rank - b.rank);
  const chosen: RecommendationResult[] = [];
  const bySpecialty: SpecialtySelection[] = [];
  let complete = true;
  for (const specialty of specialties) {
    const recommended = Math.max(0, specialty.recommendedApplications);
    const top = byRank.filter((result) => result.program.specialty === specialty.code).slice(0, recommended);
    if (top.length < recommended && !allLoaded) complete = false;
    chosen.push(...top);
    bySpecialty.push({ code: specialty.code, name: specialty.name, recommended, selected: top.length });
  }
  const items = chosen.slice(0, MAX_LIST_ITEMS).map((result, index) => ({ programId: result.program.id, rank: index + 1, tier: result.tier }));
  return { items, bySpecialty, complete: complete && chosen.length <= MAX_LIST_ITEMS };
}

// en-US short month names, spelled out rather than asked of Intl: its first date formatter costs the
// page about 60 ms of main-thread time (components/ui/number-format.ts).
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "Internal Medicine — Nov 24"; with backups, "Internal Medicine + Neurology — Nov 24". */
export function defaultListName(specialtyNames: readonly string[], today: Date): string {
  const date = ` — ${SHORT_MONTHS[today.getMonth()]} ${today.getDate()}`;
  const [first = 'My programs', ...rest] = specialtyNames;
  const all = [first, ...rest].join(' + ');
  if (all.length + date.length <= LIST_NAME_MAX_LENGTH) return `${all}${date}`;
  return `${first} + ${rest.length} more${date}`;
}
