import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { formatListDate } from '@/components/lists/list-dates';
import { formatCount } from '@/components/results/format';
import { LinkButton } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { currentUser } from '@/lib/auth/session';
import { listSpecialtyOptions } from '@/lib/catalog/specialties';
import { listLists } from '@/lib/lists';

export const metadata: Metadata = { title: 'My lists' };

export default async function ListsPage() {
  const user = await currentUser(await headers());
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent('/lists')}`);
  const [lists, specialties] = await Promise.all([listLists(user.id), listSpecialtyOptions()]);
  const specialtyName = new Map(specialties.map((specialty) => [specialty.code, specialty.name]));

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-slate-900">My lists</h1>
        <p className="text-slate-800">Your saved lists, most recently changed first.</p>
      </div>
      {lists.length === 0 ? (
        <Notice title="No saved lists yet">
          <p>Build a plan, then choose &ldquo;Save this list&rdquo; on your results to keep it here.</p>
          <p className="mt-3">
            <LinkButton href="/plan">Start a plan</LinkButton>
          </p>
        </Notice>
      ) : (
        <>
          <ul className="flex flex-col gap-3">
            {lists.map((list) => (
              <li key={list.id} className="rounded-lg border border-slate-300 p-4">
                <h2 className="text-lg font-semibold break-words">
                  <Link href={`/lists/${list.id}`}>{list.name}</Link>
                </h2>
                <p className="text-slate-800">
                  {formatCount(list.itemCount, 'program', 'programs')}
                  {list.specialties.length > 0
                    ? ` in ${list.specialties.map((code) => specialtyName.get(code) ?? code).join(', ')}`
                    : ''}
                </p>
                <p className="text-sm text-slate-700">Updated {formatListDate(list.updatedAt)}</p>
              </li>
            ))}
          </ul>
          <div>
            <LinkButton href="/plan" variant="secondary">
              Build another plan
            </LinkButton>
          </div>
        </>
      )}
    </div>
  );
}
