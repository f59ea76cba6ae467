// A URL's query as pages read it: a repeated key as a list, a single one as a string (as Next.js
// hands searchParams to a server page). The catalog's filters and the results' view both keep their
// state in the URL this way, each read back through its own schema.
export type UrlParams = Record<string, string | string[]>;

export function paramsOf(search: URLSearchParams): UrlParams {
  return Object.fromEntries(
    [...new Set(search.keys())].map((key) => {
      const values = search.getAll(key);
      return [key, values.length > 1 ? values : (values[0] ?? '')];
    }),
  );
}

/** The values of a key, as a list (none when absent). */
export function listParam(params: UrlParams, key: string): string[] {
  const value = params[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
