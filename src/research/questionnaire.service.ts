import { createHash } from 'node:crypto';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { codePointLength } from '../shared/code-points.ts';
import { insertDocumentRow, replaceDocumentInformants } from './documents.repo.ts';
import { insertConsentRows, insertInformantRow, pseudonymTaken } from './informants.repo.ts';
import { actorUserId, logResearchEvent } from './projects.service.ts';
import {
  firstLead,
  informantOfEnterprise,
  insertEvidenceRows,
  insertSegment,
  sameDocument,
  tieEnds,
} from './questionnaire.repo.ts';
import { perspectiveOf } from './tie-evidence.rules.ts';
import { recomputeTieConfidence } from './tie-evidence.service.ts';

/**
 * Name-generator questionnaires as sources of a research project (issue #21 item 7): each respondent
 * becomes (or is linked to) an informant of the project; each questionnaire — one respondent's answers on
 * one interview date — becomes a document whose lines are the answers, each line a segment spoken by the
 * respondent; each segment is evidence supporting the tie the answer records, so dyadic corroboration counts
 * the survey beside the interviews. Runs inside the import's transaction (`db`).
 */

/** One answer of a questionnaire, with the tie the import recorded or confirmed for it. */
export interface QuestionnaireAnswer {
  respondentId: string;
  centerId: string;
  interviewedOn: string;
  interviewer: string | null;
  /** The question as a label ("Maklun"). */
  question: string;
  /** The named enterprise as the respondent said it. */
  named: string;
  interactionId: string;
}

/** What linking the questionnaires to the project did. */
export interface QuestionnaireReport {
  projectId: string;
  informantsCreated: number;
  informantsLinked: number;
  questionnaires: number;
  evidence: number;
  /** Respondents who withdrew from the study: nothing recorded for them. */
  skippedWithdrawn: number;
}

/** How stored documents of questionnaires are titled and headed (stored data, so in one language). */
const TITLE = 'Kuesioner name generator';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

async function newPseudonym(db: Db, projectId: string, enterpriseId: string): Promise<string> {
  const base = `Responden ${sha256(`${projectId}:${enterpriseId}`).slice(0, 6).toUpperCase()}`;
  let candidate = base;
  for (let n = 2; await pseudonymTaken(db, projectId, candidate); n += 1) candidate = `${base}-${n}`;
  return candidate;
}

/**
 * The respondent's informant: the project's informant linked to their firm, or a new one with the consent
 * scopes a questionnaire implies (interview, and the registry link the survey recorded them by) granted on
 * the first interview date. Null when the informant withdrew from the study.
 */
async function informantFor(
  db: Db,
  actor: Actor,
  projectId: string,
  answer: QuestionnaireAnswer,
): Promise<{ id: string; pseudonym: string; created: boolean } | null> {
  const known = await informantOfEnterprise(db, projectId, answer.respondentId);
  if (known) return known.withdrawn_on ? null : { id: known.id, pseudonym: known.pseudonym, created: false };
  const pseudonym = await newPseudonym(db, projectId, answer.respondentId);
  const id = await insertInformantRow(db, {
    project_id: projectId,
    pseudonym,
    role: 'owner',
    center_id: answer.centerId,
    enterprise_id: answer.respondentId,
    person_id: null,
    notes: `${TITLE}: responden survei jejaring.`,
  });
  const recorded = actorUserId(actor);
  const note = TITLE;
  await insertConsentRows(db, [
    { informant_id: id, scope: 'interview', granted_on: answer.interviewedOn, note, recorded_by: recorded },
    {
      informant_id: id,
      scope: 'registry_link',
      granted_on: answer.interviewedOn,
      note,
      recorded_by: recorded,
    },
  ]);
  await logResearchEvent(db, projectId, actor, 'informant_recorded', {
    informantId: id,
    source: 'questionnaire',
  });
  return { id, pseudonym, created: true };
}

/** The questionnaire's text and where each answer's line lies, in code points. */
function questionnaireText(answers: readonly QuestionnaireAnswer[]) {
  const first = answers[0] as QuestionnaireAnswer;
  const interviewers = [...new Set(answers.flatMap((a) => a.interviewer ?? []))];
  let body = `${TITLE} (survei jejaring), ${first.interviewedOn}.\n`;
  if (interviewers.length > 0) body += `Pewawancara: ${interviewers.join(', ')}.\n`;
  const lines = answers.map((a) => {
    const line = `${a.question}: ${a.named}`;
    const start = codePointLength(body);
    body += `${line}\n`;
    return { start, end: start + codePointLength(line), answer: a };
  });
  return { body, lines };
}

/** Records the questionnaires of an import in project `projectId` as `actor` (a coder or lead, checked before). */
export async function recordQuestionnaires(
  db: Db,
  actor: Actor,
  projectId: string,
  answers: readonly QuestionnaireAnswer[],
): Promise<QuestionnaireReport> {
  const report = {
    projectId,
    informantsCreated: 0,
    informantsLinked: 0,
    questionnaires: 0,
    evidence: 0,
    skippedWithdrawn: 0,
  };
  const coder = actorUserId(actor) ?? (await firstLead(db, projectId));
  const groups = new Map<string, QuestionnaireAnswer[]>();
  for (const a of answers) {
    const key = `${a.respondentId}|${a.interviewedOn}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const seen = new Map<string, { id: string; pseudonym: string } | null>();
  const ends = new Map(
    (await tieEnds(db, [...new Set(answers.map((a) => a.interactionId))])).map((t) => [t.id, t]),
  );
  const touched = new Set<string>();
  for (const group of groups.values()) {
    const first = group[0] as QuestionnaireAnswer;
    if (!seen.has(first.respondentId)) {
      const informant = await informantFor(db, actor, projectId, first);
      seen.set(first.respondentId, informant);
      if (informant === null) report.skippedWithdrawn += 1;
      else if (informant.created) report.informantsCreated += 1;
      else report.informantsLinked += 1;
    }
    const informant = seen.get(first.respondentId);
    if (!informant || !coder) continue;
    const { body, lines } = questionnaireText(group);
    const title = `${TITLE} — ${informant.pseudonym}, ${first.interviewedOn}`;
    if (await sameDocument(db, projectId, title, sha256(body))) continue;
    const documentId = await insertDocumentRow(
      db,
      {
        project_id: projectId,
        kind: 'interview',
        title,
        held_on: first.interviewedOn,
        place: null,
        body_code_points: codePointLength(body),
        body_sha256: sha256(body),
        source_format: 'text',
        original_filename: null,
        created_by: actorUserId(actor),
      },
      body,
    );
    await replaceDocumentInformants(db, documentId, [informant.id]);
    report.questionnaires += 1;
    const evidence = [];
    for (const line of lines) {
      const segmentId = await insertSegment(db, {
        document_id: documentId,
        coder_id: coder,
        informant_id: informant.id,
        start_cp: line.start,
        end_cp: line.end,
      });
      const tie = ends.get(line.answer.interactionId);
      evidence.push({
        segment_id: segmentId,
        interaction_id: line.answer.interactionId,
        perspective: perspectiveOf(line.answer.respondentId, {
          fromEnterpriseId: tie?.from_enterprise_id ?? '',
          toEnterpriseId: tie?.to_enterprise_id ?? null,
        }),
        informant_id: informant.id,
        created_by: actorUserId(actor),
      });
      touched.add(line.answer.interactionId);
    }
    report.evidence += await insertEvidenceRows(db, evidence);
    await logResearchEvent(db, projectId, actor, 'document_stored', {
      documentId,
      format: 'questionnaire',
      codePoints: codePointLength(body),
    });
  }
  await recomputeTieConfidence(db, [...touched]);
  return report;
}
