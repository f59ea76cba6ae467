import { listPrograms } from '@/lib/catalog/programs';
import { parseQuery } from '@/lib/http/body';
import { handleErrors, jsonResponse } from '@/lib/http/errors';
import { programQuerySchema } from '@/lib/schemas/programs';

export const dynamic = 'force-dynamic';

export const GET = handleErrors(async (request: Request) => {
  const query = parseQuery(new URL(request.url), programQuerySchema);
  return jsonResponse(await listPrograms(query));
});
