// Read-only share links for advisors (issue 17). The owner makes a link holding a random 256-bit
// token (URL-safe); only its SHA-256 is stored, so the database alone cannot rebuild a link. A new
// link replaces the old one; revoking clears it. The shared view holds the list and its plan, and
// never the owner's email address or notes.
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { getDb } from '@/lib/db/client';
import { ListNotFoundError } from './errors';
import { listSelect, toListView } from './mappers';
import type { SavedListView } from './types';

export const SHARE_TOKEN_BYTES = 32;
export const SHARED_PATH = '/shared';
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function hashShareToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new share link for the owner's list (the old one stops working); someone else's list is 404. */
export async function shareList(ownerId: string, id: string, origin: string, now: Date = new Date()): Promise<{ url: string; sharedAt: string }> {
  const token = randomBytes(SHARE_TOKEN_BYTES).toString('base64url');
  const updated = await getDb().savedList.updateMany({ where: { id, ownerId }, data: { shareTokenHash: hashShareToken(token), sharedAt: now } });
  if (updated.count !== 1) throw new ListNotFoundError();
  return { url: `${origin}${SHARED_PATH}/${token}`, sharedAt: now.toISOString() };
}

/** Stops sharing the owner's list: its link answers 404 from now on. */
export async function unshareList(ownerId: string, id: string): Promise<void> {
  const updated = await getDb().savedList.updateMany({ where: { id, ownerId }, data: { shareTokenHash: null, sharedAt: null } });
  if (updated.count !== 1) throw new ListNotFoundError();
}

/** Whether the owner's list is shared now, and since when. */
export async function shareStatus(ownerId: string, id: string): Promise<{ shared: boolean; sharedAt: string | null }> {
  const row = await getDb().savedList.findFirst({ where: { id, ownerId }, select: { sharedAt: true, shareTokenHash: true } });
  if (!row) throw new ListNotFoundError();
  return { shared: row.shareTokenHash !== null, sharedAt: row.sharedAt?.toISOString() ?? null };
}

/** What a share link shows: the list without its notes; null for a link that is not (or no longer) valid. */
export type SharedListView = Omit<SavedListView, 'items' | 'version'> & { items: Omit<SavedListView['items'][number], 'note'>[] };

export async function sharedList(token: string): Promise<SharedListView | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const row = await getDb().savedList.findUnique({ where: { shareTokenHash: hashShareToken(token) }, select: listSelect });
  if (!row) return null;
  const { version: _version, items, ...list } = toListView(row);
  return { ...list, items: items.map(({ note: _note, ...item }) => item) };
}
