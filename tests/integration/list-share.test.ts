// Issue 17 part 4: a read-only share link for an advisor. Owner only (404 for anyone else), a
// 256-bit token stored hashed, a view without account, email address or notes, revocable.
import { describe, expect, it } from 'vitest';
import { GET as sharedGet } from '@/app/api/shared/[token]/route';
import { hashShareToken } from '@/lib/lists/share';
import { getDb } from '@/lib/db/client';
import type { SavedListView } from '@/lib/lists/types';
import { BASE_URL } from './helpers';
import { signedInUser } from './support/auth';
import { listBody, listsApi, rankedPrograms } from './support/lists';

const openShared = (token: string, ip = '192.0.2.77') =>
  sharedGet(new Request(`${BASE_URL}/api/shared/${token}`, { headers: { 'x-forwarded-for': ip } }), { params: Promise.resolve({ token }) });

describe('sharing a list with an advisor', () => {
  it('gives the owner a link that shows the list and its plan without an account, email address or notes, until revoked', async () => {
    const owner = await signedInUser('share-owner');
    const api = listsApi(owner.jar.header());
    const ids = (await rankedPrograms(3)).results.map((r) => r.program.id);
    const created = await api.create({ ...listBody('For my advisor', ids), items: ids.map((programId, i) => ({ programId, rank: i + 1, note: `private note ${i}` })) });
    const list = (await created.json()) as SavedListView;

    expect(((await (await api.shareStatus(list.id)).json()) as { shared: boolean }).shared).toBe(false);
    const shared = await api.share(list.id);
    expect(shared.status).toBe(201);
    const { url } = (await shared.json()) as { url: string };
    const link = new URL(url);
    expect(link.origin).toBe(BASE_URL);
    const token = link.pathname.replace(/^\/shared\//, '');
    // At least 128 bits (here 256), URL-safe; the database holds only its hash.
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await getDb().savedList.findUniqueOrThrow({ where: { id: list.id }, select: { shareTokenHash: true } });
    expect(row.shareTokenHash).toBe(hashShareToken(token));
    expect(row.shareTokenHash).not.toContain(token);

    const view = await openShared(token);
    expect(view.status).toBe(200);
    expect(view.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    const text = await view.text();
    const body = JSON.parse(text) as SavedListView;
    expect(body.name).toBe('For my advisor');
    expect(body.items.map((i) => i.programId)).toEqual(ids);
    expect(body.plan?.specialties[0]?.code).toBe('IM');
    expect(text).not.toContain(owner.email);
    expect(text).not.toContain('private note');
    expect(text).not.toContain('ownerId');

    // A new link replaces the old one.
    const second = new URL(((await (await api.share(list.id)).json()) as { url: string }).url).pathname.replace(/^\/shared\//, '');
    expect((await openShared(token)).status).toBe(404);
    expect((await openShared(second)).status).toBe(200);

    expect((await api.unshare(list.id)).status).toBe(204);
    const gone = await openShared(second);
    expect(gone.status).toBe(404);
    expect(((await gone.json()) as { error: { message: string } }).error.message).toMatch(/turned off by the list’s owner/);
  });

  it('is 404 for anyone but the owner, and for a malformed or unknown token', async () => {
    const owner = await signedInUser('share-owner2');
    const stranger = await signedInUser('share-stranger');
    const ids = (await rankedPrograms(2)).results.map((r) => r.program.id);
    const list = (await (await listsApi(owner.jar.header()).create(listBody('Mine', ids))).json()) as SavedListView;
    expect((await listsApi(stranger.jar.header()).share(list.id)).status).toBe(404);
    expect((await listsApi(stranger.jar.header()).unshare(list.id)).status).toBe(404);
    expect((await listsApi(null).share(list.id)).status).toBe(401);
    expect((await openShared('short')).status).toBe(404);
    expect((await openShared('A'.repeat(43))).status).toBe(404);
  });
});
