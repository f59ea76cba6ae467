// The [id] of a list route. Ids are cuids; anything that cannot be one is simply not found.
import { couldBeId } from '@/lib/schemas/text';
import { ListNotFoundError } from './errors';

const LIST_ID_MAX_LENGTH = 64;

/** Whether a path segment could be a list id (the page and the API agree). */
export function couldBeListId(id: string): boolean {
  return couldBeId(id, LIST_ID_MAX_LENGTH);
}

export async function listIdFrom(context: { params: Promise<{ id: string }> }): Promise<string> {
  const { id } = await context.params;
  if (!couldBeListId(id)) throw new ListNotFoundError();
  return id;
}
