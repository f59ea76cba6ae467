import { getDb } from '@/lib/db/client';
import { parseJsonBody } from '@/lib/http/body';
import { clientIp } from '@/lib/http/client-ip';
import { handleErrors, jsonResponse } from '@/lib/http/errors';
import { limitRecommendations } from '@/lib/recommendations/rate-limit';
import { recommendPrograms } from '@/lib/recommendations/service';
import { recommendationRequestSchema } from '@/lib/schemas/recommendation';

export const dynamic = 'force-dynamic';

export const POST = handleErrors(async (request: Request) => {
  await limitRecommendations(clientIp(request.headers));
  const input = await parseJsonBody(request, recommendationRequestSchema);
  return jsonResponse(await recommendPrograms(getDb(), input));
});
