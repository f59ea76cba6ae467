'use client';

// Share a list with an advisor (issue 17): a read-only link anyone can open without an account.
// The link is shown once, when made (only its hash is kept); making a new one replaces it.
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';

type State = { status: 'loading' } | { status: 'off' } | { status: 'on'; url: string | null } | { status: 'failed'; message: string };

const sharePath = (listId: string) => `/api/lists/${encodeURIComponent(listId)}/share`;

export function ShareList({ listId }: { listId: string }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    let live = true;
    fetch(sharePath(listId), { cache: 'no-store' })
      .then(async (response) => {
        if (!live) return;
        if (!response.ok) throw new Error();
        const body = (await response.json()) as { shared: boolean };
        setState(body.shared ? { status: 'on', url: null } : { status: 'off' });
      })
      .catch(() => live && setState({ status: 'off' }));
    return () => {
      live = false;
    };
  }, [listId]);

  const create = async () => {
    setCopied(false);
    const response = await fetch(sharePath(listId), { method: 'POST' }).catch(() => null);
    if (!response?.ok) return setState({ status: 'failed', message: 'The link could not be made. Check your connection and try again.' });
    const { url } = (await response.json()) as { url: string };
    setState({ status: 'on', url });
  };
  const stop = async () => {
    const response = await fetch(sharePath(listId), { method: 'DELETE' }).catch(() => null);
    if (!response?.ok) return setState({ status: 'failed', message: 'Sharing could not be turned off. Try again.' });
    setState({ status: 'off' });
  };

  return (
    <section aria-labelledby="share-heading" className="flex flex-col gap-3 rounded-lg border border-slate-300 p-4 sm:p-6 print:hidden">
      <h2 id="share-heading" className="text-xl font-bold text-slate-900">
        Share with an advisor
      </h2>
      <p className="text-slate-800">
        A read-only link to this list and its plan: whoever has it can view them without an account. It shows no email address and
        none of your notes, and search engines are asked not to index it.
      </p>
      <div aria-live="polite" className="flex flex-col gap-3">
        {state.status === 'failed' ? <p className="text-red-700">{state.message}</p> : null}
        {state.status === 'on' && state.url ? (
          <div className="flex flex-col gap-1">
            <label htmlFor="share-url" className="font-semibold text-slate-900">
              Share link
            </label>
            <input id="share-url" readOnly value={state.url} className="min-h-11 w-full rounded-md border border-slate-500 px-3 py-2 text-slate-900" onFocus={(e) => e.currentTarget.select()} />
            <p className="text-sm text-slate-700">Copy it now: for your safety SmartPick keeps only a fingerprint of it, so it cannot show it again.</p>
          </div>
        ) : null}
        {state.status === 'on' && !state.url ? <p className="text-slate-800">This list is shared. Make a new link to see one (the old link then stops working).</p> : null}
      </div>
      <div className="flex flex-wrap gap-3">
        {state.status === 'on' && state.url ? (
          <Button
            variant="secondary"
            onClick={async () => {
              await navigator.clipboard?.writeText(state.url!).catch(() => undefined);
              setCopied(true);
            }}
          >
            {copied ? 'Copied' : 'Copy link'}
          </Button>
        ) : null}
        <Button variant="secondary" onClick={create} disabled={state.status === 'loading'}>
          {state.status === 'on' ? 'Make a new link' : 'Create a share link'}
        </Button>
        {state.status === 'on' ? (
          <Button variant="secondary" onClick={stop}>
            Stop sharing
          </Button>
        ) : null}
      </div>
    </section>
  );
}
