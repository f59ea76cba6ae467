import type { Metadata } from 'next';
import { LinkButton } from '@/components/ui/button';

export const metadata: Metadata = { title: 'List not found' };

export default function ListNotFound() {
  return (
    <div className="flex flex-col items-start gap-4">
      <h1 className="text-3xl font-bold text-slate-900">List not found</h1>
      <p className="text-slate-800">
        There is no list of yours at this address. It may have been deleted, or it belongs to another account.
      </p>
      <LinkButton href="/lists">Go to my lists</LinkButton>
    </div>
  );
}
