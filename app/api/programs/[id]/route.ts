import { getProgram } from '@/lib/catalog/programs';
import { PROGRAM_ID_MAX_LENGTH } from '@/lib/catalog/program-detail';
import { handleErrors, jsonResponse, NotFoundError } from '@/lib/http/errors';
import { couldBeId } from '@/lib/schemas/text';

export const dynamic = 'force-dynamic';

export const GET = handleErrors(async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  const program = couldBeId(id, PROGRAM_ID_MAX_LENGTH) ? await getProgram(id) : null;
  if (!program) throw new NotFoundError('No program with that id.');
  return jsonResponse(program);
});
