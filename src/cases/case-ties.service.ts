import type { Db } from '../db/database.ts';
import { createInteraction, updateInteraction } from '../interactions/interactions.service.ts';
import { tr } from '../shared/i18n.ts';
import { assertNoProblems } from './case-errors.ts';
import { linkTies, tieRows } from './case-items.repo.ts';
import { findMatchingTie, tieFacts } from './case-parties.repo.ts';
import { CASE_MESSAGES as m } from './cases.messages.ts';
import type { TieLink } from './cases.schema.ts';

/** Links recorded ties to a case: each must exist, be a conflict tie, and belong to the case's centre (422). */
export async function linkExistingTies(
  db: Db,
  caseId: string,
  centerId: string,
  interactionIds: readonly string[],
): Promise<void> {
  const problems = [];
  for (const [i, id] of interactionIds.entries()) {
    const facts = await tieFacts(db, id);
    const path = `interactionIds.${i}`;
    if (!facts) problems.push({ path, message: tr(m.tieMissing, { id }) });
    else if (facts.valence !== 'conflict') problems.push({ path, message: tr(m.tieNotConflict, { id }) });
    else if (facts.centerId !== null && facts.centerId !== centerId) {
      problems.push({ path, message: tr(m.tieOtherCenter, { id }) });
    }
  }
  assertNoProblems(problems);
  await linkTies(db, caseId, interactionIds);
}

/**
 * Links the tie the case is about: a recorded one by id, or — between two firms — the recorded active tie
 * of the case's type, or else a new one recorded through the interactions service (its rules, audit and
 * the analysis refresh apply).
 */
export async function linkOrCreateTie(
  db: Db,
  c: { id: string; centerId: string; type: string },
  input: TieLink,
): Promise<void> {
  if (input.interactionId) {
    await linkExistingTies(db, c.id, c.centerId, [input.interactionId]);
    return;
  }
  const missing = (['fromEnterpriseId', 'toEnterpriseId', 'startDate'] as const).filter((k) => !input[k]);
  assertNoProblems(missing.map((path) => ({ path, message: tr(m.tieFieldsNeeded) })));
  const from = input.fromEnterpriseId as string;
  const to = input.toEnterpriseId as string;
  const found = await findMatchingTie(db, { type: c.type, from, to, centerId: c.centerId });
  const id =
    found ??
    (
      await createInteraction(db, {
        centerId: c.centerId,
        fromEnterpriseId: from,
        toEnterpriseId: to,
        type: c.type as 'DESIGN_COPYING',
        startDate: input.startDate as string,
        formality: 'oral',
        reportedBy: 'third_party',
        confidence: 'reported',
        evidenceNotes: tr(m.tieNote, { id: c.id }),
      })
    ).id;
  await linkTies(db, c.id, [id]);
}

/**
 * Ends the case's open ties at the agreement date (end dates are exclusive: the conflict is over from that
 * day). A tie that began on or after that day, or already ended, is left as it is.
 */
export async function endCaseTies(db: Db, caseId: string, agreedOn: string): Promise<number> {
  let ended = 0;
  for (const tie of await tieRows(db, caseId)) {
    if (tie.start_date >= agreedOn || (tie.end_date !== null && tie.end_date <= agreedOn)) continue;
    await updateInteraction(db, tie.id, { version: tie.version, endDate: agreedOn });
    ended += 1;
  }
  return ended;
}
