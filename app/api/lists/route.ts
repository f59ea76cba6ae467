import { requireUser } from '@/lib/auth/session';
import { parseJsonBody, parseQuery } from '@/lib/http/body';
import { handleErrors, jsonResponse } from '@/lib/http/errors';
import { assertSameOrigin } from '@/lib/http/origin';
import { countLists, createList, listLists } from '@/lib/lists';
import { createListSchema, listPageQuerySchema } from '@/lib/schemas/lists';

export const dynamic = 'force-dynamic';

export const GET = handleErrors(async (request: Request) => {
  const user = await requireUser(request);
  const page = parseQuery(new URL(request.url), listPageQuerySchema);
  const [lists, total] = await Promise.all([listLists(user.id, page), countLists(user.id)]);
  return jsonResponse(lists, { headers: { 'X-Total-Count': String(total) } });
});

export const POST = handleErrors(async (request: Request) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const body = await parseJsonBody(request, createListSchema);
  return jsonResponse(await createList(user.id, body), { status: 201 });
});
