/**
 * The form's message, in a live region that is always in the page so screen readers announce what
 * appears in it (a region added together with its text is often missed).
 */
export function FormAlert({ id, title, children }: { id: string; title?: string; children?: React.ReactNode }) {
  return (
    <div id={id} aria-live="assertive" aria-atomic="true">
      {children ? (
        <div className="rounded-md border-2 border-red-700 bg-red-50 px-4 py-3 text-slate-900">
          {title ? <p className="font-bold">{title}</p> : null}
          <div className="text-slate-800">{children}</div>
        </div>
      ) : null}
    </div>
  );
}
