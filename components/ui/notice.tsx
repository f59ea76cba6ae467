type Tone = 'info' | 'error';

const TONES: Record<Tone, string> = {
  info: 'border-blue-300 bg-blue-50 text-slate-900',
  error: 'border-red-300 bg-red-50 text-slate-900',
};

/** A boxed message. Pass role="alert" only for messages that must interrupt. */
export function Notice({
  tone = 'info',
  title,
  children,
  role,
}: {
  tone?: Tone;
  title?: string;
  children: React.ReactNode;
  role?: 'alert' | 'status';
}) {
  return (
    <div role={role} className={`rounded-md border px-4 py-3 ${TONES[tone]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      <div className="text-slate-800">{children}</div>
    </div>
  );
}
