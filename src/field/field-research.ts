import { createHash } from 'node:crypto';
import type { Actor, UserActor } from '../auth/actor.ts';
import { assertInScope } from '../auth/policy.ts';
import type { Db } from '../db/database.ts';
import { createPastedDocument } from '../research/documents.service.ts';
import {
  getInformant,
  grantConsent,
  listInformants,
  withdrawConsent,
} from '../research/informants.service.ts';
import { getProject } from '../research/projects.service.ts';
import { assertInformantRole, assertProjectRole } from '../research/research.policy.ts';
import { AppError, errors } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { type FieldChangeKind, RESEARCH_CHANGE_KINDS } from './field.constants.ts';
import { FIELD_MESSAGES as m } from './field.messages.ts';
import { fieldPolicy, mayWrite } from './field.policy.ts';
import type { FieldSyncChange } from './field.schema.ts';
import { parsePayload } from './field-payload.ts';
import type { FieldProjectPackage } from './field-research.schema.ts';

/** A research kind: `research.note` or `informant.consent` (scoped by `projectId`). */
export type ResearchChangeKind = 'research.note' | 'informant.consent';

/** True for the kinds that belong to a research project rather than a centre. */
export function isResearchChange(kind: FieldChangeKind): kind is ResearchChangeKind {
  return RESEARCH_CHANGE_KINDS.includes(kind);
}

/** A per-item 400 naming the envelope field a change of `kind` lacks (`centerId` or `projectId`). */
export function scopeMissing(kind: string, field: 'centerId' | 'projectId'): AppError {
  const message = tr(m.scopeMissing, { kind, field });
  return errors.validation([{ path: field, message }]);
}

/**
 * The research package of project `id` for a member (the route checks the role): its informants by
 * code and pseudonym with their consent scopes; no registry link, notes or contact details.
 */
export async function buildProjectPackage(db: Db, actor: Actor, id: string): Promise<FieldProjectPackage> {
  const project = await getProject(db, actor, id);
  const { items } = await listInformants(db, actor, id);
  const content = {
    format: 1 as const,
    project: { id: project.id, name: project.name },
    informants: items.map((i) => ({
      id: i.id,
      pseudonym: i.pseudonym,
      role: i.role,
      withdrawnOn: i.withdrawnOn,
      consents: i.consents.map((c) => ({
        scope: c.scope,
        grantedOn: c.grantedOn,
        withdrawnOn: c.withdrawnOn,
      })),
    })),
  };
  const packageVersion = createHash('sha256')
    .update(JSON.stringify(content))
    .digest('base64url')
    .slice(0, 22);
  return { ...content, packageVersion, generatedAt: new Date().toISOString() };
}

/**
 * Applies a research change through the research module's own services after the checks its routes make:
 * a note is a pasted document (the project's lead, `assertProjectRole`), a consent change grants and
 * withdraws scopes (the informant's project lead, `assertInformantRole`), withdrawals first.
 */
export async function applyResearchChange(
  trx: Db,
  actor: UserActor,
  change: FieldSyncChange,
): Promise<{ recordId: string; recordVersion: number }> {
  const projectId = change.projectId;
  if (!projectId) throw scopeMissing(change.kind, 'projectId');
  assertInScope(mayWrite(actor, fieldPolicy.research));
  if (change.kind === 'research.note') {
    const input = parsePayload(change.kind, change.payload);
    await assertProjectRole(trx, actor, projectId, 'lead');
    const document = await createPastedDocument(trx, actor, projectId, input);
    return { recordId: document.id, recordVersion: document.version };
  }
  if (change.kind !== 'informant.consent') throw scopeMissing(change.kind, 'centerId');
  const input = parsePayload(change.kind, change.payload);
  if (input.granted.length === 0 && input.withdrawn.length === 0) {
    throw errors.validation([{ path: 'payload.granted', message: tr(m.consentNothing) }]);
  }
  await assertProjectRole(trx, actor, projectId, 'lead');
  await assertInformantRole(trx, actor, input.informantId, 'lead');
  let informant = await getInformant(trx, actor, input.informantId);
  if (informant.projectId !== projectId) {
    const message = tr(m.informantOtherProject);
    throw new AppError('forbidden', message, [{ path: 'payload.informantId', message }]);
  }
  for (const scope of input.withdrawn) {
    informant = await withdrawConsent(trx, actor, informant.id, { scope, withdrawnOn: input.on });
  }
  for (const scope of input.granted) {
    informant = await grantConsent(trx, actor, informant.id, {
      scope,
      grantedOn: input.on,
      note: input.note,
    });
  }
  return { recordId: informant.id, recordVersion: informant.version };
}
