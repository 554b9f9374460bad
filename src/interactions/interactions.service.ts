import { assertInScope } from '../auth/policy.ts';
import type { ScopePredicate } from '../auth/scope-sql.ts';
import { type Db, inTransaction } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { AppError, type ErrorDetail } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import type { Page } from '../shared/pagination.ts';
import { draftToColumns, recordToInteraction, rowToDraft, type TieDraft } from './interaction-rows.ts';
import type { InteractionTypeCode, Valence } from './interaction-types.ts';
import { INTERACTION_MESSAGES as m } from './interactions.messages.ts';
import {
  factsSatisfy,
  findInteractionRecord,
  findOverlappingTie,
  insertInteraction,
  listInteractionRecords,
  lockInteraction,
  missingReferences,
  setInteractionArchived as setArchivedRow,
  updateInteractionRow,
} from './interactions.repo.ts';
import {
  defaultConfidential,
  normaliseEnds,
  resolveValence,
  suggestedLegalPattern,
  tieProblems,
} from './interactions.rules.ts';
import type {
  Interaction,
  InteractionCreate,
  InteractionListQuery,
  InteractionUpdate,
} from './interactions.schema.ts';

/** Limits a reader or writer passes down: predicates on the tie alias `i` (undefined = no limit). */
export interface TieScope {
  scope?: ScopePredicate;
}

const notFound = (id: string) => new AppError('not_found', tr(m.notFound, { id }));

/** Ties matching the filters that the reader may see, with totals counting only those. */
export async function listInteractions(
  db: Db,
  query: InteractionListQuery,
  { scope }: TieScope = {},
): Promise<Page<Interaction>> {
  const { records, total } = await listInteractionRecords(db, query, scope);
  return { items: records.map(recordToInteraction), total, limit: query.limit, offset: query.offset };
}

/** One tie; 404 when missing, 403 when it exists outside the reader's `scope`. */
export async function getInteraction(db: Db, id: string, { scope }: TieScope = {}): Promise<Interaction> {
  const record = isUuid(id) ? await findInteractionRecord(db, id, scope) : undefined;
  if (!record) throw notFound(id);
  assertInScope(record.visible);
  return recordToInteraction(record);
}

/** Records a tie: derived valence, suggested legal pattern, symmetric ends normalised, overlaps refused. */
export async function createInteraction(
  db: Db,
  input: InteractionCreate,
  { scope }: TieScope = {},
): Promise<Interaction> {
  const { valence, problem } = resolveValence(input.type, input.valence);
  const draft: TieDraft = {
    centerId: input.centerId ?? null,
    fromEnterpriseId: input.fromEnterpriseId,
    toEnterpriseId: input.toEnterpriseId ?? null,
    toInstitutionId: input.toInstitutionId ?? null,
    type: input.type,
    valence,
    legalPattern: input.legalPattern === undefined ? suggestedLegalPattern(input.type) : input.legalPattern,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
    frequency: input.frequency ?? null,
    strength: input.strength ?? null,
    volume: input.volume ?? null,
    formality: input.formality,
    reportedBy: input.reportedBy,
    confidence: input.confidence,
    evidenceNotes: input.evidenceNotes ?? null,
    confidential: input.confidential ?? defaultConfidential(valence),
  };
  // In the caller's transaction when there is one: a delivered award and its tie commit together (issue #18).
  const id = await inTransaction(db, async (trx) => {
    const tie = await checkDraft(trx, draft, problem, scope);
    return insertInteraction(trx, draftToColumns(tie));
  });
  return getInteraction(db, id);
}

/** Applies a partial change if `input.version` is current (else 409); the result must pass every rule. */
export async function updateInteraction(
  db: Db,
  id: string,
  input: InteractionUpdate,
  { scope }: TieScope = {},
): Promise<Interaction> {
  if (!isUuid(id)) throw notFound(id);
  // In the caller's transaction when there is one: an agreed conflict case ends its ties with it (issue #19).
  await inTransaction(db, async (trx) => {
    const current = await lockCurrent(trx, id, input.version, scope);
    const before = rowToDraft(current);
    const type = input.type ?? before.type;
    const keepSpinOffChoice = type === 'SPIN_OFF' && before.type === 'SPIN_OFF';
    const { valence, problem } = resolveValence(
      type,
      input.valence ?? (keepSpinOffChoice ? before.valence : undefined),
    );
    const draft: TieDraft = {
      ...before,
      ...definedFields(input),
      type,
      valence,
      legalPattern: nextLegalPattern(before, type, input.legalPattern),
      confidential: input.confidential ?? nextConfidential(before, valence),
    };
    const tie = await checkDraft(trx, draft, problem, scope, id);
    await updateInteractionRow(trx, id, draftToColumns(tie));
  });
  return getInteraction(db, id);
}

/** Archives (hides from lists, keeps the record) or restores a tie. */
export async function setInteractionArchived(
  db: Db,
  id: string,
  archived: boolean,
  version: number | undefined,
  { scope }: TieScope = {},
): Promise<Interaction> {
  if (!isUuid(id)) throw notFound(id);
  await db.transaction().execute(async (trx) => {
    const current = await lockCurrent(trx, id, version, scope);
    if ((current.archived_at !== null) === archived) {
      throw new AppError('unprocessable', tr(archived ? m.archived : m.notArchived));
    }
    await setArchivedRow(trx, id, archived);
  });
  return getInteraction(db, id);
}

async function lockCurrent(trx: Db, id: string, version: number | undefined, scope: ScopePredicate) {
  const locked = await lockInteraction(trx, id, scope);
  if (!locked) throw notFound(id);
  assertInScope(locked.allowed);
  const actual = locked.row.version;
  if (version !== undefined && version !== actual) {
    throw new AppError('version_conflict', tr(m.versionConflict, { expected: version, actual }));
  }
  return locked.row;
}

/**
 * Runs every rule on a tie about to be stored, in the order a caller can act on: shape (422), references
 * (422), the writer's scope on the result (403), an overlapping record of the same tie (409).
 */
async function checkDraft(
  trx: Db,
  draft: TieDraft,
  valenceProblem: ErrorDetail | undefined,
  scope: ScopePredicate,
  excludeId?: string,
): Promise<TieDraft> {
  const problems = [...tieProblems(draft), ...(valenceProblem ? [valenceProblem] : [])];
  if (problems.length === 0) problems.push(...(await referenceProblems(trx, draft)));
  if (problems.length > 0) throw new AppError('unprocessable', tr(m.invalid), problems);
  const tie = normaliseEnds(draft);
  assertInScope(await factsSatisfy(trx, tie, scope));
  const existingId = await findOverlappingTie(trx, draftToColumns(tie), excludeId);
  if (existingId) {
    const message = tr(m.duplicate, { type: tie.type, existingId });
    throw new AppError('conflict', message, [{ path: 'startDate', message }]);
  }
  return tie;
}

async function referenceProblems(trx: Db, draft: TieDraft): Promise<ErrorDetail[]> {
  const ends = [draft.fromEnterpriseId, ...(draft.toEnterpriseId ? [draft.toEnterpriseId] : [])];
  const missing = await missingReferences(trx, {
    enterpriseIds: ends,
    institutionId: draft.toInstitutionId,
    centerId: draft.centerId,
  });
  return [
    ...missing.enterpriseIds.map((id) => ({
      path: id === draft.fromEnterpriseId ? 'fromEnterpriseId' : 'toEnterpriseId',
      message: tr(m.enterpriseMissing, { id }),
    })),
    ...(missing.institution
      ? [{ path: 'toInstitutionId', message: tr(m.institutionMissing, { id: draft.toInstitutionId ?? '' }) }]
      : []),
    ...(missing.center
      ? [{ path: 'centerId', message: tr(m.centerMissing, { id: draft.centerId ?? '' }) }]
      : []),
  ];
}

/** A patch's fields that were sent (null clears, absent keeps). */
function definedFields(input: InteractionUpdate): Partial<TieDraft> {
  const { version, valence, legalPattern, confidential, type, ...rest } = input;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Partial<TieDraft>;
}

/** A pattern that was only the old type's suggestion follows the type; one chosen on purpose stays. */
function nextLegalPattern(
  before: TieDraft,
  type: InteractionTypeCode,
  requested: InteractionUpdate['legalPattern'],
) {
  if (requested !== undefined) return requested;
  if (type !== before.type && before.legalPattern === suggestedLegalPattern(before.type)) {
    return suggestedLegalPattern(type);
  }
  return before.legalPattern;
}

/** Becoming a conflict makes a tie confidential; nothing makes one less confidential unasked. */
function nextConfidential(before: TieDraft, valence: Valence): boolean {
  return before.confidential || (valence === 'conflict' && before.valence !== 'conflict');
}
