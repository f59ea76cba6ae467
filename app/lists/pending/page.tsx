import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { PendingListSaver } from '@/components/lists/pending-list-saver';
import { currentUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Saving your list' };

/** Where sign-in and sign-up land with a list built before them: it is saved here, then opened. */
export default async function PendingListPage() {
  if (!(await currentUser(await headers()))) redirect(`/signin?callbackUrl=${encodeURIComponent('/lists/pending')}`);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Saving your list</h1>
      <PendingListSaver />
    </div>
  );
}
