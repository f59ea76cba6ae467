// The hint and error lines under a control, and the ids that tie them to it via aria-describedby.

export function describedByIds(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldHint({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <p id={`${id}-hint`} className="text-sm text-slate-700">
      {children}
    </p>
  );
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="flex gap-1 text-sm font-medium text-red-700">
      <span aria-hidden="true">⚠</span>
      <span>{message}</span>
    </p>
  );
}
