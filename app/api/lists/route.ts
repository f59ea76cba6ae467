import { requireUser } from '@/lib/auth/session';
import { parseJsonBody } from '@/lib/http/body';
import { handleErrors, jsonResponse } from '@/lib/http/errors';
import { assertSameOrigin } from '@/lib/http/origin';
import { createList, listLists } from '@/lib/lists';
import { createListSchema } from '@/lib/schemas/lists';

export const dynamic = 'force-dynamic';

export const GET = handleErrors(async (request: Request) => {
  const user = await requireUser(request);
  return jsonResponse(await listLists(user.id));
});

export const POST = handleErrors(async (request: Request) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const body = await parseJsonBody(request, createListSchema);
  return jsonResponse(await createList(user.id, body), { status: 201 });
});
