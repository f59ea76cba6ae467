/** A spinner with its words: role="status" so screen readers hear the text, not the animation. */
export function Spinner({ label }: { label: string }) {
  return (
    <div role="status" className="flex items-center gap-3 py-6 text-slate-800">
      <span
        aria-hidden="true"
        className="inline-block size-6 animate-spin rounded-full border-3 border-slate-300 border-t-blue-700"
      />
      <span>{label}</span>
    </div>
  );
}

/**
 * A spinner for a page whose content arrives after the first paint: it holds a screen's height, so
 * the footer starts below the fold and nothing visible moves when the content comes in (CLS).
 */
export function PageSpinner({ label }: { label: string }) {
  return (
    <div className="min-h-screen">
      <Spinner label={label} />
    </div>
  );
}
