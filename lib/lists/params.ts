// The [id] of a list route. Ids are cuids; anything that cannot be one is simply not found.
import { ListNotFoundError } from './errors';

const LIST_ID_MAX_LENGTH = 64;

export async function listIdFrom(context: { params: Promise<{ id: string }> }): Promise<string> {
  const { id } = await context.params;
  if (id.length === 0 || id.length > LIST_ID_MAX_LENGTH) throw new ListNotFoundError();
  return id;
}
