import type { Actor } from '../auth/actor.ts';
import { type Db, inTransaction } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { enqueue } from '../jobs/enqueue.ts';
import { errors } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import {
  type ConsentRow,
  consentRowsOf,
  insertConsentRows,
  insertInformantRow,
  listConsentRows,
  listInformantRows,
  lockInformantRow,
  pseudonymTaken,
  rowExists,
  studiedCenterIds,
  updateInformantRow,
  upsertConsentRow,
  withdrawConsentRow,
  withdrawStandingConsentRows,
} from './informants.repo.ts';
import { projectExists } from './projects.repo.ts';
import type { Informant, InformantCreate, InformantUpdate } from './projects.schema.ts';
import { actorUserId, logResearchEvent } from './projects.service.ts';
import { hidesInformantLinks } from './research.policy.ts';
import type { ConsentScope } from './research.table.ts';

/** Informants with their consent scopes, and withdrawal from the study (issue #21 point 2). */

const LINK_NEEDS_CONSENT = {
  id: 'Tautan ke registri hanya boleh dibuat bila informan menyetujui penautan ke registri (registry_link).',
  en: 'A registry link needs the informant’s consent to linking (registry_link).',
};
const CENTER_NOT_STUDIED = {
  id: 'Sentra ini tidak termasuk sentra yang diteliti proyek.',
  en: 'This centre is not one the project studies.',
};
const WITHDRAWN_BEFORE_GRANT = {
  id: 'Tanggal penarikan tidak boleh sebelum tanggal persetujuan ({grantedOn}).',
  en: 'The withdrawal date cannot be before the consent date ({grantedOn}).',
};
const NO_CONSENT = {
  id: 'Informan belum memberi persetujuan untuk lingkup ini.',
  en: 'The informant has not given consent for this scope.',
};
const ALREADY_WITHDRAWN = {
  id: 'Informan sudah mengundurkan diri dari penelitian pada {on}.',
  en: 'The informant already withdrew from the study on {on}.',
};

function hasActive(consents: readonly ConsentRow[], scope: ConsentScope): boolean {
  return consents.some((c) => c.scope === scope && c.withdrawn_on === null);
}

async function informantsOf(
  db: Db,
  actor: Actor,
  where: { projectId?: string; id?: string },
): Promise<Informant[]> {
  const rows = await listInformantRows(db, where);
  if (rows.length === 0) return [];
  const consents = await listConsentRows(
    db,
    rows.map((r) => r.id),
  );
  const hideLinks = hidesInformantLinks(actor);
  return rows.map((row) => {
    const own = consents.filter((c) => c.informant_id === row.id);
    const showLink = !hideLinks && hasActive(own, 'registry_link');
    return {
      id: row.id,
      projectId: row.project_id,
      pseudonym: row.pseudonym,
      role: row.role,
      centerId: row.center_id,
      enterpriseId: showLink ? row.enterprise_id : null,
      personId: showLink ? row.person_id : null,
      notes: row.notes,
      withdrawnOn: row.withdrawn_on,
      consents: own.map((c) => ({
        scope: c.scope,
        grantedOn: c.granted_on,
        withdrawnOn: c.withdrawn_on,
        note: c.note,
      })),
      version: row.version,
    };
  });
}

/** The informants of a project (members only; registry links only to readers who may see personal data). */
export async function listInformants(
  db: Db,
  actor: Actor,
  projectId: string,
): Promise<{ items: Informant[] }> {
  await assertProjectExists(db, projectId);
  return { items: await informantsOf(db, actor, { projectId }) };
}

/** One informant; 404 when missing. */
export async function getInformant(db: Db, actor: Actor, id: string): Promise<Informant> {
  if (!isUuid(id)) throw errors.notFound('informant', id);
  const [informant] = await informantsOf(db, actor, { id });
  if (!informant) throw errors.notFound('informant', id);
  return informant;
}

async function assertProjectExists(db: Db, projectId: string): Promise<void> {
  if (!isUuid(projectId)) throw errors.notFound('researchProject', projectId);
  if (!(await projectExists(db, projectId))) throw errors.notFound('researchProject', projectId);
}

async function checkRefs(
  trx: Db,
  projectId: string,
  input: { centerId?: string | null; enterpriseId?: string | null; personId?: string | null },
  linkConsented: boolean,
): Promise<void> {
  if (input.centerId) {
    if (!(await rowExists(trx, 'centers', input.centerId)))
      throw errors.referenceMissing('centerId', input.centerId);
    const studied = await studiedCenterIds(trx, projectId);
    if (studied.length > 0 && !studied.includes(input.centerId))
      throw errors.unprocessable(tr(CENTER_NOT_STUDIED), [
        { path: 'centerId', message: tr(CENTER_NOT_STUDIED) },
      ]);
  }
  for (const field of ['enterpriseId', 'personId'] as const) {
    const value = input[field];
    if (!value) continue;
    if (!linkConsented)
      throw errors.unprocessable(tr(LINK_NEEDS_CONSENT), [{ path: field, message: tr(LINK_NEEDS_CONSENT) }]);
    const table = field === 'enterpriseId' ? 'enterprises' : 'people';
    if (!(await rowExists(trx, table, value))) throw errors.referenceMissing(field, value);
  }
}

/** Records an informant with the consent scopes they gave (lead). */
export async function createInformant(
  db: Db,
  actor: Actor,
  projectId: string,
  input: InformantCreate,
): Promise<Informant> {
  const id = await db.transaction().execute(async (trx) => {
    await assertProjectExists(trx, projectId);
    const scopes = new Set(input.consents.map((c) => c.scope));
    await checkRefs(trx, projectId, input, scopes.has('registry_link'));
    if (await pseudonymTaken(trx, projectId, input.pseudonym))
      throw errors.duplicate('informant', 'pseudonym', input.pseudonym);
    const id = await insertInformantRow(trx, {
      project_id: projectId,
      pseudonym: input.pseudonym,
      role: input.role,
      center_id: input.centerId ?? null,
      enterprise_id: input.enterpriseId ?? null,
      person_id: input.personId ?? null,
      notes: input.notes ?? null,
    });
    const unique = [...new Map(input.consents.map((c) => [c.scope, c])).values()];
    await insertConsentRows(
      trx,
      unique.map((c) => ({
        informant_id: id,
        scope: c.scope,
        granted_on: c.grantedOn,
        note: c.note ?? null,
        recorded_by: actorUserId(actor),
      })),
    );
    return id;
  });
  return getInformant(db, actor, id);
}

async function lockInformant(trx: Db, id: string, version: number | undefined) {
  if (!isUuid(id)) throw errors.notFound('informant', id);
  const row = await lockInformantRow(trx, id);
  if (!row) throw errors.notFound('informant', id);
  if (version !== undefined && row.version !== version)
    throw errors.versionConflict('informant', version, row.version);
  return row;
}

async function consentsOf(trx: Db, informantId: string): Promise<ConsentRow[]> {
  return consentRowsOf(trx, informantId);
}

/** Edits an informant (lead); a registry link needs the standing registry_link consent. */
export async function updateInformant(
  db: Db,
  actor: Actor,
  id: string,
  input: InformantUpdate,
): Promise<Informant> {
  await db.transaction().execute(async (trx) => {
    const row = await lockInformant(trx, id, input.version);
    await checkRefs(trx, row.project_id, input, hasActive(await consentsOf(trx, id), 'registry_link'));
    if (input.pseudonym !== undefined && input.pseudonym !== row.pseudonym) {
      if (await pseudonymTaken(trx, row.project_id, input.pseudonym))
        throw errors.duplicate('informant', 'pseudonym', input.pseudonym);
    }
    await updateInformantRow(trx, id, {
      ...(input.pseudonym !== undefined && { pseudonym: input.pseudonym }),
      ...(input.role !== undefined && { role: input.role }),
      ...(input.centerId !== undefined && { center_id: input.centerId }),
      ...(input.enterpriseId !== undefined && { enterprise_id: input.enterpriseId }),
      ...(input.personId !== undefined && { person_id: input.personId }),
      ...(input.notes !== undefined && { notes: input.notes }),
    });
  });
  return getInformant(db, actor, id);
}

/** Grants (or grants again after a withdrawal) one consent scope. */
export async function grantConsent(
  db: Db,
  actor: Actor,
  id: string,
  input: { scope: ConsentScope; grantedOn: string; note?: string | null | undefined },
): Promise<Informant> {
  await inTransaction(db, async (trx) => {
    const row = await lockInformant(trx, id, undefined);
    if (row.withdrawn_on)
      throw errors.unprocessable(tr(ALREADY_WITHDRAWN, { on: row.withdrawn_on }), [
        { path: 'scope', message: tr(ALREADY_WITHDRAWN, { on: row.withdrawn_on }) },
      ]);
    await upsertConsentRow(trx, {
      informant_id: id,
      scope: input.scope,
      granted_on: input.grantedOn,
      note: input.note ?? null,
      recorded_by: actorUserId(actor),
    });
    await logResearchEvent(trx, row.project_id, actor, 'consent_granted', {
      informantId: id,
      scope: input.scope,
    });
  });
  return getInformant(db, actor, id);
}

/**
 * Withdraws one consent scope. Withdrawing `registry_link` also removes the informant's link to the
 * registry; withdrawing `interview` is a withdrawal from the study (`withdrawFromStudy`).
 */
export async function withdrawConsent(
  db: Db,
  actor: Actor,
  id: string,
  input: { scope: ConsentScope; withdrawnOn: string },
): Promise<Informant> {
  if (input.scope === 'interview') return withdrawFromStudy(db, actor, id, input.withdrawnOn);
  await inTransaction(db, async (trx) => {
    const row = await lockInformant(trx, id, undefined);
    const consent = (await consentsOf(trx, id)).find(
      (c) => c.scope === input.scope && c.withdrawn_on === null,
    );
    if (!consent) throw errors.unprocessable(tr(NO_CONSENT), [{ path: 'scope', message: tr(NO_CONSENT) }]);
    if (input.withdrawnOn < consent.granted_on)
      throw errors.unprocessable(tr(WITHDRAWN_BEFORE_GRANT, { grantedOn: consent.granted_on }), [
        { path: 'withdrawnOn', message: tr(WITHDRAWN_BEFORE_GRANT, { grantedOn: consent.granted_on }) },
      ]);
    await withdrawConsentRow(trx, id, input.scope, input.withdrawnOn);
    if (input.scope === 'registry_link')
      await updateInformantRow(trx, id, { enterprise_id: null, person_id: null });
    await logResearchEvent(trx, row.project_id, actor, 'consent_withdrawn', {
      informantId: id,
      scope: input.scope,
      withdrawnOn: input.withdrawnOn,
    });
  });
  return getInformant(db, actor, id);
}

/**
 * The informant withdraws from the study: dated, every consent withdrawn the same day, and a
 * `research.withdrawal` job added in the same transaction to erase what must go (its excerpts vanish at
 * once everywhere through `segmentStillConsented`).
 */
export async function withdrawFromStudy(
  db: Db,
  actor: Actor,
  id: string,
  withdrawnOn: string,
): Promise<Informant> {
  await inTransaction(db, async (trx) => {
    const row = await lockInformant(trx, id, undefined);
    if (row.withdrawn_on)
      throw errors.unprocessable(tr(ALREADY_WITHDRAWN, { on: row.withdrawn_on }), [
        { path: 'withdrawnOn', message: tr(ALREADY_WITHDRAWN, { on: row.withdrawn_on }) },
      ]);
    const latestGrant = (await consentsOf(trx, id)).reduce<string | null>(
      (max, c) => (max === null || c.granted_on > max ? c.granted_on : max),
      null,
    );
    if (latestGrant && withdrawnOn < latestGrant)
      throw errors.unprocessable(tr(WITHDRAWN_BEFORE_GRANT, { grantedOn: latestGrant }), [
        { path: 'withdrawnOn', message: tr(WITHDRAWN_BEFORE_GRANT, { grantedOn: latestGrant }) },
      ]);
    await updateInformantRow(trx, id, { withdrawn_on: withdrawnOn });
    await withdrawStandingConsentRows(trx, id, withdrawnOn);
    await enqueue(
      trx,
      'research.withdrawal',
      { informantId: id, requestedBy: actorUserId(actor) },
      {
        key: `research-withdrawal:${id}`,
      },
    );
  });
  return getInformant(db, actor, id);
}
