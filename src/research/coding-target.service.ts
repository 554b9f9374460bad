import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { errors } from '../shared/errors.ts';
import type { MessageKey } from '../shared/messages.ts';
import { type CodingTarget, findProjectIdOf } from './coding.repo.ts';

/** Which project a coding object belongs to, for the routes' membership checks and memo targets. */

const ENTITY: Record<CodingTarget, MessageKey> = {
  project: 'researchProjectOfCoding',
  code: 'researchCode',
  round: 'researchRound',
  segment: 'researchSegment',
  document: 'researchDocumentOfCoding',
};

/** The project of a code, round, segment or document (or the project itself); 404 when it does not exist. */
export async function projectOf(db: Db, target: CodingTarget, id: string): Promise<string> {
  const missing = errors.notFound(ENTITY[target], id);
  if (!isUuid(id)) throw missing;
  const projectId = await findProjectIdOf(db, target, id);
  if (projectId === undefined) throw missing;
  return projectId;
}
