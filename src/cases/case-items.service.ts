import { createHash } from 'node:crypto';
import { currentActor } from '../auth/actor.ts';
import { type Db, inTransaction } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { tr } from '../shared/i18n.ts';
import { assertMove, assertNoProblems, caseErrors } from './case-errors.ts';
import { recordMove } from './case-history.ts';
import {
  insertCommitments,
  insertEvidence,
  insertParties,
  insertSession,
  markCommitmentRow,
  verifyEvidenceRow,
} from './case-items.repo.ts';
import { cancelCommitmentReminder, remindCommitments, tellMove } from './case-notices.ts';
import { endCaseTies, linkOrCreateTie } from './case-ties.service.ts';
import type { CaseStatus } from './cases.constants.ts';
import { CASE_MESSAGES as m } from './cases.messages.ts';
import { lockCaseRow, updateCaseRow } from './cases.repo.ts';
import { commitmentDateProblems, isOpen } from './cases.rules.ts';
import type {
  Agreement,
  Case as CaseView,
  CommitmentMark,
  EvidenceCreate,
  EvidenceFileQuery,
  EvidenceVerify,
  PartyInput,
  SessionCreate,
  TieLink,
} from './cases.schema.ts';
import { caseAfterChange, intakeProblems, lockCurrent, partyColumns } from './cases.service.ts';
import { evidenceToStore } from './evidence-image.ts';

/** Runs `work` on the locked case when it is still open (404, 409 naming its state otherwise). */
async function onOpenCase(
  db: Db,
  id: string,
  work: (trx: Db, c: { id: string; centerId: string; type: string; title: string }) => Promise<void>,
): Promise<CaseView> {
  await inTransaction(db, async (trx) => {
    const row = isUuid(id) ? await lockCaseRow(trx, id) : undefined;
    if (!row) throw caseErrors.notFound(id);
    if (!isOpen(row.status as CaseStatus)) throw caseErrors.notOpen(row.status as CaseStatus);
    await work(trx, { id, centerId: row.center_id, type: row.type, title: row.title });
    await updateCaseRow(trx, id, {});
  });
  return caseAfterChange(db, id);
}

/** Adds a party to an open case. */
export function addParty(db: Db, id: string, input: PartyInput): Promise<CaseView> {
  return onOpenCase(db, id, async (trx, c) => {
    const problems = (await intakeProblems(trx, c.centerId, [input])).map((p) => ({ ...p, path: 'partyId' }));
    assertNoProblems(problems);
    await insertParties(trx, [partyColumns(id, input)]);
  });
}

/** Links a recorded conflict tie to an open case, or records the missing one. */
export function linkTie(db: Db, id: string, input: TieLink): Promise<CaseView> {
  return onOpenCase(db, id, (trx, c) => linkOrCreateTie(trx, c, input));
}

/** Adds a described evidence item (its SHA-256 as given, if any). */
export function addEvidence(db: Db, id: string, input: EvidenceCreate): Promise<CaseView> {
  return onOpenCase(db, id, async (trx) => {
    await insertEvidence(trx, {
      case_id: id,
      kind: input.evidenceKind,
      description: input.description,
      captured_on: input.capturedOn,
      sha256: input.sha256 ?? null,
    });
  });
}

/**
 * Adds an uploaded evidence file. `sha256` is the file as sent (what its owner can check against their
 * copy); a photo is stored re-encoded without EXIF/GPS, and `stored_sha256` is the hash of what is kept.
 */
export async function addEvidenceFile(
  db: Db,
  id: string,
  query: EvidenceFileQuery,
  file: { bytes: Buffer; mediaType: string },
): Promise<CaseView> {
  const stored = await evidenceToStore(file);
  const hash = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
  return onOpenCase(db, id, async (trx) => {
    await insertEvidence(
      trx,
      {
        case_id: id,
        kind: query.evidenceKind,
        description: query.description,
        captured_on: query.capturedOn,
        sha256: hash(file.bytes),
        stored_sha256: hash(stored.bytes),
        media_type: stored.mediaType,
        byte_size: stored.bytes.length,
      },
      stored.bytes,
    );
  });
}

/** Records whether an evidence item was verified or rejected, by whom and when. */
export function verifyEvidence(
  db: Db,
  id: string,
  evidenceId: string,
  input: EvidenceVerify,
): Promise<CaseView> {
  const actor = currentActor();
  return onOpenCase(db, id, async (trx) => {
    const found = await verifyEvidenceRow(trx, id, evidenceId, {
      verification: input.verification,
      verification_note: input.verificationNote ?? null,
      verified_by: actor.kind === 'user' ? actor.userId : null,
    });
    if (!found)
      throw caseErrors.invalid([{ path: 'itemId', message: tr(m.evidenceMissing, { id: evidenceId }) }]);
  });
}

/** Records a mediation session (409 for a closed or cancelled case). */
export function addSession(db: Db, id: string, input: SessionCreate): Promise<CaseView> {
  return onOpenCase(db, id, async (trx) => {
    await insertSession(trx, {
      case_id: id,
      held_on: input.heldOn,
      place: input.place,
      mediator_role: input.mediatorRole,
      attendees: input.attendees,
      notes: input.sessionNotes ?? null,
    });
  });
}

/**
 * Records the agreement of a case in mediation and moves it to agreed: its text, its commitments (none due
 * before the agreement date; each a reminder on its due day) and, when asked, ends its conflict ties at
 * the agreement date through the interactions service.
 */
export async function recordAgreement(db: Db, id: string, input: Agreement): Promise<CaseView> {
  await inTransaction(db, async (trx) => {
    const current = await lockCurrent(trx, id, input.version);
    assertMove(current.status as CaseStatus, 'agreed');
    assertNoProblems(commitmentDateProblems(input.agreedOn, input.commitments));
    await updateCaseRow(trx, id, {
      status: 'agreed',
      agreement_text: input.agreementText,
      agreed_on: input.agreedOn,
    });
    const ids = await insertCommitments(
      trx,
      input.commitments.map((c) => ({ case_id: id, who: c.who, what: c.what, due_on: c.dueOn })),
    );
    const facts = { id, title: current.title };
    await remindCommitments(
      trx,
      facts,
      input.commitments.map((c, i) => ({ ...c, id: ids[i] ?? '' })),
    );
    if (input.endTies) await endCaseTies(trx, id, input.agreedOn);
    await recordMove(trx, id, current.status as CaseStatus, 'agreed');
    await tellMove(trx, facts, 'agreed');
  });
  return caseAfterChange(db, id);
}

/** Marks a commitment kept or missed (monitoring goes on while the case is agreed); its reminder is cancelled. */
export function markCommitment(
  db: Db,
  id: string,
  commitmentId: string,
  input: CommitmentMark,
): Promise<CaseView> {
  return onOpenCase(db, id, async (trx) => {
    const found = await markCommitmentRow(trx, id, commitmentId, input.commitmentState);
    if (!found)
      throw caseErrors.invalid([{ path: 'itemId', message: tr(m.commitmentMissing, { id: commitmentId }) }]);
    await cancelCommitmentReminder(trx, id, commitmentId);
  });
}
