type Tone = 'red' | 'amber' | 'green' | 'slate';

// Dark text on a pale fill: every pair is above 7:1; the word carries the meaning, never the colour alone.
const TONES: Record<Tone, string> = {
  red: 'bg-rose-100 text-rose-900 ring-rose-300',
  amber: 'bg-amber-100 text-amber-900 ring-amber-300',
  green: 'bg-emerald-100 text-emerald-900 ring-emerald-300',
  slate: 'bg-slate-100 text-slate-900 ring-slate-300',
};

export function Badge({ tone = 'slate', children }: { tone?: Tone; children: React.ReactNode }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-semibold ring-1 ring-inset ${TONES[tone]}`}>
      {children}
    </span>
  );
}
