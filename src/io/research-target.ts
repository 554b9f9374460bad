import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { projectExists } from '../research/projects.repo.ts';
import { projectRoleOf, roleReaches } from '../research/research.policy.ts';
import { errors } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import type { ImportKind, ImportSettings } from './io.schema.ts';

const ONLY_NAME_GENERATOR = {
  id: 'Hanya survei name generator yang dapat dikaitkan dengan proyek penelitian.',
  en: 'Only a name-generator survey can be linked to a research project.',
};
const NOT_CODER = {
  id: 'Anda bukan koder atau ketua proyek penelitian ini (atau proyeknya tidak ada): respondennya tidak dapat dijadikan informan proyek itu.',
  en: 'You are not a coder or lead of this research project (or it does not exist): its informants cannot be recorded from this survey.',
};

/**
 * 422 naming `researchProjectId` unless the import may record its respondents in that project: the kind is
 * the name-generator survey and the importer is a coder or lead of the project (the account's `projects`
 * scope applies). Nothing happens without a project.
 */
export async function checkResearchTarget(
  db: Db,
  actor: Actor,
  kind: ImportKind,
  settings: Pick<ImportSettings, 'researchProjectId'>,
): Promise<void> {
  const projectId = settings.researchProjectId;
  if (!projectId) return;
  const refuse = (message: { id: string; en: string }) =>
    errors.unprocessable(tr(message), [{ path: 'researchProjectId', message: tr(message) }]);
  if (kind !== 'name-generator') throw refuse(ONLY_NAME_GENERATOR);
  if (!(await projectExists(db, projectId))) throw refuse(NOT_CODER);
  if (!roleReaches(await projectRoleOf(db, actor, projectId), 'coder')) throw refuse(NOT_CODER);
}
