import type { Db } from '../db/database.ts';
import { toIso } from '../shared/dates.ts';
import { tr } from '../shared/i18n.ts';
import { caseHistory } from './case-history.ts';
import { caseItemRows, partyRows, tieRows } from './case-items.repo.ts';
import type { CaseStatus } from './cases.constants.ts';
import { CASE_MESSAGES as m } from './cases.messages.ts';
import type { CaseLens } from './cases.policy.ts';
import type { CaseRow } from './cases.repo.ts';
import { nextStatuses } from './cases.rules.ts';
import type { Case, CaseSummary } from './cases.schema.ts';

/** A case row as a list item. */
export function toSummary(row: CaseRow, lens: CaseLens): CaseSummary {
  return {
    id: row.id,
    centerId: row.center_id,
    centerName: row.center_name,
    caseType: row.type as CaseSummary['caseType'],
    severity: row.severity as CaseSummary['severity'],
    status: row.status as CaseStatus,
    title: lens ? tr(m.hidden) : row.title,
    confidentiality: row.confidentiality as CaseSummary['confidentiality'],
    createdAt: toIso(row.created_at),
  };
}

/** A case row with its parties, ties, evidence, sessions, commitments and notes, as the reader sees it. */
export async function toCase(db: Db, row: CaseRow, lens: CaseLens): Promise<Case> {
  const [parties, ties, items, history] = await Promise.all([
    partyRows(db, row.id),
    tieRows(db, row.id),
    caseItemRows(db, row.id),
    caseHistory(db, row.id, lens),
  ]);
  const text = (value: string) => (lens ? tr(m.hidden) : value);
  const maybe = (value: string | null) => (value === null ? null : text(value));
  return {
    ...toSummary(row, lens),
    reporterRole: row.reporter_role as Case['reporterRole'],
    description: text(row.description),
    nextStatuses: [...nextStatuses(row.status as CaseStatus)],
    mediatorRole: row.mediator_role as Case['mediatorRole'],
    referral: row.referral as Case['referral'],
    allowsResearch: row.allows_research,
    outcome: maybe(row.outcome),
    agreementText: maybe(row.agreement_text),
    agreedOn: row.agreed_on,
    pseudonymised: lens !== null,
    parties: parties.map((p) => {
      const partyKind = p.enterprise_id ? 'enterprise' : p.person_id ? 'person' : 'institution';
      const partyId = (p.enterprise_id ?? p.person_id ?? p.institution_id) as string;
      const name = lens ? lens.partyName(partyKind, partyId) : p.name;
      return { id: p.id, partyKind, partyId: lens ? name : partyId, name, side: p.side as 'other' };
    }),
    ties: ties.map((t) => ({ id: t.id, type: t.type, startDate: t.start_date, endDate: t.end_date })),
    evidence: items.evidence.map((e) => ({
      id: e.id,
      evidenceKind: e.kind as Case['evidence'][number]['evidenceKind'],
      description: text(e.description),
      capturedOn: e.captured_on,
      sha256: e.sha256,
      storedSha256: e.stored_sha256,
      mediaType: e.media_type,
      byteSize: e.byte_size,
      verification: e.verification as 'verified',
      verificationNote: maybe(e.verification_note),
    })),
    sessions: items.sessions.map((s) => ({
      id: s.id,
      heldOn: s.held_on,
      place: text(s.place),
      mediatorRole: s.mediator_role as Case['sessions'][number]['mediatorRole'],
      attendees: text(s.attendees),
      sessionNotes: maybe(s.notes),
    })),
    commitments: items.commitments.map((c) => ({
      id: c.id,
      who: text(c.who),
      what: text(c.what),
      dueOn: c.due_on,
      commitmentState: c.state as 'open',
    })),
    notes: items.notes.map((n) => ({
      fromReporter: n.from_reporter,
      noteText: text(n.text),
      createdAt: toIso(n.created_at),
    })),
    history,
    version: row.version,
    updatedAt: toIso(row.updated_at),
  };
}
