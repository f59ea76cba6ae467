import { getProgram } from '@/lib/catalog/programs';
import { handleErrors, jsonResponse, NotFoundError } from '@/lib/http/errors';

export const dynamic = 'force-dynamic';

export const GET = handleErrors(async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  const program = id.length <= 64 ? await getProgram(id) : null;
  if (!program) throw new NotFoundError('No program with that id.');
  return jsonResponse(program);
});
