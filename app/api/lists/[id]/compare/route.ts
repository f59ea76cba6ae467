import { requireUser } from '@/lib/auth/session';
import { handleErrors, jsonResponse } from '@/lib/http/errors';
import { compareListWithNow } from '@/lib/lists';
import { listIdFrom } from '@/lib/lists/params';

export const dynamic = 'force-dynamic';

export const GET = handleErrors(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const user = await requireUser(request);
  return jsonResponse(await compareListWithNow(user.id, await listIdFrom(context)));
});
