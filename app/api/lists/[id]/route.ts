import { requireUser } from '@/lib/auth/session';
import { parseJsonBody } from '@/lib/http/body';
import { handleErrors, jsonResponse } from '@/lib/http/errors';
import { assertSameOrigin } from '@/lib/http/origin';
import { deleteList, getList, updateList } from '@/lib/lists';
import { listIdFrom } from '@/lib/lists/params';
import { updateListSchema } from '@/lib/schemas/lists';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export const GET = handleErrors(async (request: Request, context: Context) => {
  const user = await requireUser(request);
  return jsonResponse(await getList(user.id, await listIdFrom(context)));
});

export const PATCH = handleErrors(async (request: Request, context: Context) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const id = await listIdFrom(context);
  const body = await parseJsonBody(request, updateListSchema);
  return jsonResponse(await updateList(user.id, id, body));
});

export const DELETE = handleErrors(async (request: Request, context: Context) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  await deleteList(user.id, await listIdFrom(context));
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
});
