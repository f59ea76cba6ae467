import { dismissSignInNotice, readSignInNotice } from '@/lib/auth/sign-in-notice';
import { requireUser } from '@/lib/auth/session';
import { handleErrors, jsonResponse } from '@/lib/http/errors';
import { assertSameOrigin } from '@/lib/http/origin';

export const dynamic = 'force-dynamic';

/** The failed sign-ins on the signed-in account since its owner last dismissed them: {notice: {...} | null}. */
export const GET = handleErrors(async (request: Request) => {
  const user = await requireUser(request);
  return jsonResponse({ notice: await readSignInNotice(user.id) });
});

export const DELETE = handleErrors(async (request: Request) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  await dismissSignInNotice(user.id);
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
});
