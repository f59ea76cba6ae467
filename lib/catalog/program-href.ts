// The address of a program's page, shared by the catalog, the results and saved lists.
export function programHref(id: string): string {
  return `/programs/${encodeURIComponent(id)}`;
}
