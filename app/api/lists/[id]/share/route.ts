import { requireUser } from '@/lib/auth/session';
import { handleErrors, jsonResponse } from '@/lib/http/errors';
import { assertSameOrigin } from '@/lib/http/origin';
import { siteOrigin } from '@/lib/http/site-origin';
import { listIdFrom } from '@/lib/lists/params';
import { shareList, shareStatus, unshareList } from '@/lib/lists/share';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** Whether the list is shared (the link itself is shown once, when made: only its hash is kept). */
export const GET = handleErrors(async (request: Request, context: Context) => {
  const user = await requireUser(request);
  return jsonResponse(await shareStatus(user.id, await listIdFrom(context)));
});

/** A new read-only link for an advisor; it replaces any earlier one. Owner only: 404 for anyone else. */
export const POST = handleErrors(async (request: Request, context: Context) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  return jsonResponse(await shareList(user.id, await listIdFrom(context), siteOrigin(request)), { status: 201 });
});

export const DELETE = handleErrors(async (request: Request, context: Context) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  await unshareList(user.id, await listIdFrom(context));
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
});
