import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { ListEditor } from '@/components/lists/list-editor';
import { currentUser } from '@/lib/auth/session';
import { listSpecialtyOptions } from '@/lib/catalog/specialties';
import { getList, ListNotFoundError, type SavedListView } from '@/lib/lists';
import { couldBeListId } from '@/lib/lists/params';

type Params = Promise<{ id: string }>;

/** The signed-in user's list, read once per request for both the title and the page. */
const loadList = cache(async (id: string): Promise<SavedListView | 'signed_out' | 'not_found'> => {
  const user = await currentUser(await headers());
  if (!user) return 'signed_out';
  if (!couldBeListId(id)) return 'not_found';
  try {
    return await getList(user.id, id);
  } catch (error) {
    // Someone else's list is not found too (DESIGN.md §4).
    if (error instanceof ListNotFoundError) return 'not_found';
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const list = await loadList((await params).id);
  return { title: typeof list === 'string' ? 'Saved list' : list.name };
}

export default async function ListPage({ params }: { params: Params }) {
  const { id } = await params;
  const list = await loadList(id);
  if (list === 'signed_out') redirect(`/signin?callbackUrl=${encodeURIComponent(`/lists/${id}`)}`);
  if (list === 'not_found') notFound();
  const specialties = await listSpecialtyOptions();
  const specialtyNames = Object.fromEntries(specialties.map((specialty) => [specialty.code, specialty.name]));
  return <ListEditor initialList={list} specialtyNames={specialtyNames} />;
}
