import { getDb } from '@/lib/db/client';
import { parseJsonBody } from '@/lib/http/body';
import { handleErrors, jsonResponse } from '@/lib/http/errors';
import { recommendPrograms } from '@/lib/recommendations/service';
import { recommendationRequestSchema } from '@/lib/schemas/recommendation';

export const dynamic = 'force-dynamic';

export const POST = handleErrors(async (request: Request) => {
  const input = await parseJsonBody(request, recommendationRequestSchema);
  return jsonResponse(await recommendPrograms(getDb(), input));
});
