// The ways a list request fails on its own terms. Someone else's list is "not found" too: a 403
// would confirm that it exists (DESIGN.md §4).
import { MAX_LISTS_PER_ACCOUNT } from '@/lib/schemas/list-rules';
import { AppError, ConflictError, NotFoundError } from '@/lib/http/errors';

export class ListNotFoundError extends NotFoundError {
  constructor() {
    super('No list with that id.');
  }
}

export class ListChangedError extends ConflictError {
  constructor() {
    super('This list was changed elsewhere (another tab or device) since you opened it. Reload it to see the latest version, then make your change again.');
  }
}

/** The saved plan no longer passes today's request schema, so the engine cannot run it again. */
export class ListPlanOutdatedError extends AppError {
  constructor() {
    super(422, 'list_plan_outdated', 'This list was saved from a plan SmartPick can no longer read, so it cannot be ranked again. Build a new plan to compare.');
  }
}

/** An account holds at most MAX_LISTS_PER_ACCOUNT lists (lib/schemas/list-rules.ts). */
export class ListLimitError extends AppError {
  constructor() {
    super(409, 'list_limit', `You have ${MAX_LISTS_PER_ACCOUNT} saved lists, the most an account can keep. Delete one you no longer need, then save again.`);
  }
}
