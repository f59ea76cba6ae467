// The compare view's programs, in the order asked, with the ids the catalog does not hold.
import 'server-only';
import { getSourcedPrograms, PROGRAM_ID_MAX_LENGTH, type SourcedProgram } from './program-detail';

export interface ComparedPrograms {
  programs: SourcedProgram[];
  /** Ids asked for that the catalog does not hold (any more). */
  unknownIds: string[];
}

export async function getComparedPrograms(ids: readonly string[]): Promise<ComparedPrograms> {
  const found = new Map((await getSourcedPrograms(ids)).map((sourced) => [sourced.program.id, sourced]));
  const programs: SourcedProgram[] = [];
  const unknownIds: string[] = [];
  for (const id of ids) {
    const sourced = found.get(id);
    if (sourced) programs.push(sourced);
    else unknownIds.push(id.length <= PROGRAM_ID_MAX_LENGTH ? id : `${id.slice(0, PROGRAM_ID_MAX_LENGTH)}…`);
  }
  return { programs, unknownIds };
}
