import { currentActor } from '../auth/actor.ts';
import type { ScopePredicate } from '../auth/scope-sql.ts';
import { type Db, inTransaction } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import type { ErrorDetail } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import type { Page } from '../shared/pagination.ts';
import { assertMove, assertNoProblems, caseErrors } from './case-errors.ts';
import { recordMove } from './case-history.ts';
import { insertParties } from './case-items.repo.ts';
import { announceCase, tellMove } from './case-notices.ts';
import { partyExists } from './case-parties.repo.ts';
import { linkExistingTies } from './case-ties.service.ts';
import { toCase, toSummary } from './case-view.ts';
import type { CaseStatus, ReporterRole } from './cases.constants.ts';
import { CASE_MESSAGES as m } from './cases.messages.ts';
import type { CaseLens } from './cases.policy.ts';
import {
  type CaseRow,
  centerExists,
  findCaseRow,
  insertCase,
  listCaseRows,
  lockCaseRow,
  recordCaseRead,
  updateCaseRow,
} from './cases.repo.ts';
import type {
  Case,
  CaseCreate,
  CaseListQuery,
  CaseMove,
  CaseSummary,
  CaseUpdate,
  PartyInput,
} from './cases.schema.ts';

/** Cases matching the filters within the reader's `scope` (a predicate on alias `k`). */
export async function listCases(
  db: Db,
  query: CaseListQuery,
  scope: ScopePredicate,
  lens: CaseLens,
): Promise<Page<CaseSummary>> {
  const { rows, total } = await listCaseRows(db, query, scope);
  return { items: rows.map((row) => toSummary(row, lens)), total, limit: query.limit, offset: query.offset };
}

/**
 * One case in full; 404 when it does not exist. Every read is written to the audit trail (who, when,
 * whether pseudonymised): all cases are confidential (DOMAIN.md §3.5).
 */
export async function getCase(db: Db, id: string, lens: CaseLens = null): Promise<Case> {
  const row = await findRow(db, id);
  await recordCaseRead(db, id, { confidentiality: row.confidentiality, pseudonymised: lens !== null });
  return toCase(db, row, lens);
}

/** The case as its handlers see it, without a read entry (for answers to the handler's own changes). */
export async function caseAfterChange(db: Db, id: string): Promise<Case> {
  return toCase(db, await findRow(db, id), null);
}

/** The reporter's role, told by the account that reports (an admin reports for Dinas). */
export function reporterRoleOf(role: string): ReporterRole {
  if (role === 'enterprise') return 'party';
  if (role === 'center_manager') return 'board';
  if (role === 'researcher') return 'researcher';
  return 'dinas';
}

/** Records a signed-in report with its parties and ties; the centre's handlers are told. */
export async function createCase(db: Db, input: CaseCreate, reporterRole: ReporterRole): Promise<Case> {
  const actor = currentActor();
  const id = await inTransaction(db, async (trx) => {
    const problems = await intakeProblems(trx, input.centerId, input.parties);
    assertNoProblems(problems);
    const caseId = await insertCase(trx, {
      center_id: input.centerId,
      type: input.caseType,
      severity: input.severity,
      reporter_role: reporterRole,
      reported_by: actor.kind === 'user' ? actor.userId : null,
      title: input.title,
      description: input.description,
      confidentiality: input.confidentiality,
      allows_research: input.allowsResearch,
    });
    await insertParties(
      trx,
      input.parties.map((p) => partyColumns(caseId, p)),
    );
    await linkExistingTies(trx, caseId, input.centerId, input.interactionIds);
    await recordMove(trx, caseId, null, 'reported');
    await announce(trx, caseId);
    return caseId;
  });
  return caseAfterChange(db, id);
}

/** Changes the handlers' fields if `input.version` is current. */
export async function updateCase(db: Db, id: string, input: CaseUpdate): Promise<Case> {
  await inTransaction(db, async (trx) => {
    await lockCurrent(trx, id, input.version);
    await updateCaseRow(trx, id, {
      ...(input.severity !== undefined && { severity: input.severity }),
      ...(input.title !== undefined && { title: input.title }),
      ...(input.description !== undefined && { description: input.description }),
      ...(input.mediatorRole !== undefined && { mediator_role: input.mediatorRole }),
      ...(input.confidentiality !== undefined && { confidentiality: input.confidentiality }),
      ...(input.allowsResearch !== undefined && { allows_research: input.allowsResearch }),
      ...(input.outcome !== undefined && { outcome: input.outcome }),
    });
  });
  return caseAfterChange(db, id);
}

/**
 * Moves a case along the flow of DOMAIN.md §6.4 (409 naming both states otherwise). Agreement has its
 * own route, as it records the text and commitments; a referral names where to.
 */
export async function moveCase(db: Db, id: string, input: CaseMove): Promise<Case> {
  await inTransaction(db, async (trx) => {
    const current = await lockCurrent(trx, id, input.version);
    const from = current.status as CaseStatus;
    assertMove(from, input.status);
    if (input.status === 'agreed') {
      throw caseErrors.invalid([{ path: 'status', message: tr(m.agreeWithText) }]);
    }
    if (input.status === 'referred' && !input.referral) {
      assertNoProblems([{ path: 'referral', message: tr(m.referralNeeded) }]);
    }
    await updateCaseRow(trx, id, {
      status: input.status,
      ...(input.referral && { referral: input.referral }),
      ...(input.outcome !== undefined && { outcome: input.outcome }),
    });
    await recordMove(trx, id, from, input.status, input.moveNote ?? null);
    await tellMove(trx, { id, title: current.title }, input.status);
  });
  return caseAfterChange(db, id);
}

/** Locks the case and checks the version the client read (404, 409). */
export async function lockCurrent(trx: Db, id: string, version: number) {
  const current = isUuid(id) ? await lockCaseRow(trx, id) : undefined;
  if (!current) throw caseErrors.notFound(id);
  if (current.version !== version) throw caseErrors.versionConflict(version, current.version);
  return current;
}

/** Problems with the centre and the parties named at intake. */
export async function intakeProblems(
  db: Db,
  centerId: string,
  parties: readonly PartyInput[],
): Promise<ErrorDetail[]> {
  const problems: ErrorDetail[] = [];
  if (!(await centerExists(db, centerId))) {
    problems.push({ path: 'centerId', message: tr(m.centerMissing, { id: centerId }) });
  }
  for (const [i, p] of parties.entries()) {
    if (!(await partyExists(db, p.partyKind, p.partyId))) {
      problems.push({ path: `parties.${i}.partyId`, message: tr(m.partyMissing, { id: p.partyId }) });
    }
  }
  return problems;
}

/** The columns of one party row. */
export function partyColumns(caseId: string, p: PartyInput) {
  return {
    case_id: caseId,
    side: p.side,
    enterprise_id: p.partyKind === 'enterprise' ? p.partyId : null,
    person_id: p.partyKind === 'person' ? p.partyId : null,
    institution_id: p.partyKind === 'institution' ? p.partyId : null,
  };
}

/** Tells the handlers of a new case. */
export async function announce(db: Db, caseId: string): Promise<void> {
  const row = await findRow(db, caseId);
  await announceCase(db, { id: caseId, title: row.title, centerName: row.center_name });
}

async function findRow(db: Db, id: string): Promise<CaseRow> {
  const row = isUuid(id) ? await findCaseRow(db, id) : undefined;
  if (!row) throw caseErrors.notFound(id);
  return row;
}
