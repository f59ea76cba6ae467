import { clientIp } from '@/lib/http/client-ip';
import { handleErrors, jsonResponse, NotFoundError } from '@/lib/http/errors';
import { sharedList } from '@/lib/lists/share';
import { limitRecommendations } from '@/lib/recommendations/rate-limit';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ token: string }> };

/** A shared list, read-only and without an account; limited per address like the other public routes. */
export const GET = handleErrors(async (request: Request, context: Context) => {
  await limitRecommendations(clientIp(request.headers));
  const list = await sharedList((await context.params).token);
  if (!list) throw new NotFoundError('This share link is not valid: it may have been turned off by the list’s owner.');
  return jsonResponse(list, { headers: { 'X-Robots-Tag': 'noindex, nofollow' } });
});
