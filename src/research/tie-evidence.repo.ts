import { sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import { type Db, inTransaction } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { interactionPolicy } from '../interactions/interactions.policy.ts';
import { createInteraction, getInteraction } from '../interactions/interactions.service.ts';
import { centerNetworkFor } from '../networks/view/network.service.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import { segmentStillConsented } from './excerpts.ts';
import { assertProjectRole, projectRoleOf, projectScope, roleReaches } from './research.policy.ts';
import { EVIDENCE_MESSAGES as m } from './tie-evidence.messages.ts';
import {
  type Confidence,
  type Corroboration,
  confidenceFrom,
  corroborationOf,
  corroborationRate,
  type Perspective,
  perspectiveOf,
  type Stance,
} from './tie-evidence.rules.ts';
import type { CenterEvidence, EvidenceCreate, EvidenceItem, ProjectEvidence } from './tie-evidence.schema.ts';

/**
 * Tie evidence (issue #21): a coded segment supports or contradicts a tie, or records the tie when none is;
 * every change recomputes the tie's confidence from its still-consented evidence (`tie-evidence.rules.ts`).
 * The tie's update bumps its centre's network version, which queues the centre's analysis refresh.
 */

const segmentMissing = (id: string) => new AppError('not_found', tr(m.segmentMissing, { id }));

/** Links a segment to a tie (or records the tie), as a coder or lead of the segment's project. */
export async function linkEvidence(db: Db, actor: Actor, input: EvidenceCreate) {
  const segment = await db
    .selectFrom('research_segments as s')
    .innerJoin('research_documents as d', 'd.id', 's.document_id')
    .select(['s.id', 's.document_id', 's.informant_id', 'd.project_id', 'd.title', 'd.held_on'])
    .select(segmentStillConsented('s').as('consented'))
    .where('s.id', '=', input.segmentId)
    .executeTakeFirst();
  if (!segment) throw segmentMissing(input.segmentId);
  await assertProjectRole(db, actor, segment.project_id, 'coder');
  if (!segment.consented) throw segmentMissing(input.segmentId);
  const hasTie = input.interactionId != null;
  const hasNew = input.newTie != null;
  if (hasTie === hasNew)
    throw new AppError('unprocessable', tr(m.invalid), [{ path: 'interactionId', message: tr(m.oneTie) }]);

  const informantId = await speakingInformant(db, segment, input.informantId ?? null);
  const studied = await studiedCenters(db, segment.project_id);
  const userId = actor.kind === 'user' ? actor.userId : null;

  return inTransaction(db, async (trx) => {
    let interactionId: string;
    let tieCreated = false;
    if (input.newTie) {
      const fresh = input.newTie;
      if (!studied.has(fresh.centerId))
        throw new AppError('unprocessable', tr(m.invalid), [
          { path: 'newTie.centerId', message: tr(m.centerNotStudied) },
        ]);
      const date = segment.held_on ? ` (${String(segment.held_on).slice(0, 10)})` : '';
      const tie = await createInteraction(trx, {
        centerId: fresh.centerId,
        fromEnterpriseId: fresh.fromEnterpriseId,
        toEnterpriseId: fresh.toEnterpriseId,
        type: fresh.type,
        startDate: fresh.startDate,
        formality: 'oral',
        reportedBy: 'researcher',
        confidence: 'reported',
        evidenceNotes: tr(m.tieNotes, { title: segment.title, date }),
      });
      interactionId = tie.id;
      tieCreated = true;
    } else {
      interactionId = input.interactionId as string;
      const tie = await getInteraction(trx, interactionId, { scope: interactionPolicy.readScope(actor) });
      if (!tie.centerId || !studied.has(tie.centerId))
        throw new AppError('unprocessable', tr(m.invalid), [
          { path: 'interactionId', message: tr(m.centerNotStudied) },
        ]);
    }
    const ends = await trx
      .selectFrom('interactions')
      .select(['from_enterprise_id', 'to_enterprise_id'])
      .where('id', '=', interactionId)
      .executeTakeFirstOrThrow();
    const informantFirm = informantId
      ? ((
          await trx
            .selectFrom('research_informants')
            .select('enterprise_id')
            .where('id', '=', informantId)
            .executeTakeFirst()
        )?.enterprise_id ?? null)
      : null;
    const perspective = perspectiveOf(informantFirm, {
      fromEnterpriseId: ends.from_enterprise_id,
      toEnterpriseId: ends.to_enterprise_id,
    });
    const row = await trx
      .insertInto('research_tie_evidence')
      .values({
        segment_id: segment.id,
        interaction_id: interactionId,
        stance: input.stance,
        perspective,
        informant_id: informantId,
        created_by: userId,
      })
      .onConflict((oc) => oc.columns(['segment_id', 'interaction_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row)
      throw new AppError('conflict', tr(m.duplicate), [{ path: 'interactionId', message: tr(m.duplicate) }]);
    const [after] = await recomputeTieConfidence(trx, [interactionId]);
    const [evidence] = await evidenceItems(trx, { evidenceIds: [row.id], quoteOnlyWithConsent: false });
    return {
      evidence: evidence as EvidenceItem,
      tieCreated,
      corroboration: after?.corroboration ?? 'none',
      confidence: after?.confidence ?? 'reported',
    };
  });
}

/** Unlinks evidence: its author (a coder still) or the project's lead. */
export async function unlinkEvidence(db: Db, actor: Actor, id: string): Promise<void> {
  const missing = new AppError('not_found', tr(m.evidenceMissing, { id }));
  if (!isUuid(id)) throw missing;
  const row = await db
    .selectFrom('research_tie_evidence as e')
    .innerJoin('research_segments as s', 's.id', 'e.segment_id')
    .innerJoin('research_documents as d', 'd.id', 's.document_id')
    .select(['e.id', 'e.interaction_id', 'e.created_by', 'd.project_id'])
    .where('e.id', '=', id)
    .executeTakeFirst();
  if (!row) throw missing;
  await assertProjectRole(db, actor, row.project_id, 'coder');
  const role = await projectRoleOf(db, actor, row.project_id);
  const own = actor.kind === 'user' && row.created_by === actor.userId;
  if (!own && !roleReaches(role, 'lead')) throw new AppError('forbidden', tr(m.notOwn));
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('research_tie_evidence').where('id', '=', id).execute();
    await recomputeTieConfidence(trx, [row.interaction_id]);
  });
}

/**
 * Sets each tie's confidence from its still-consented evidence (a withdrawn informant's excerpts count no
 * more); a tie whose confidence changes gets a new version, which refreshes its centre's analysis.
 */
export async function recomputeTieConfidence(
  db: Db,
  interactionIds: readonly string[],
): Promise<{ interactionId: string; corroboration: Corroboration; confidence: Confidence }[]> {
  if (interactionIds.length === 0) return [];
  const ties = await db
    .selectFrom('interactions')
    .select(['id', 'reported_by', 'confidence'])
    .where('id', 'in', [...interactionIds])
    .execute();
  const points = await db
    .selectFrom('research_tie_evidence as e')
    .innerJoin('research_segments as s', 's.id', 'e.segment_id')
    .select(['e.interaction_id', 'e.stance', 'e.perspective'])
    .where('e.interaction_id', 'in', [...interactionIds])
    .where(segmentStillConsented('s'))
    .execute();
  const results = [];
  for (const tie of ties) {
    const own = points
      .filter((p) => p.interaction_id === tie.id)
      .map((p) => ({ stance: p.stance as Stance, perspective: p.perspective as Perspective }));
    const corroboration = corroborationOf(own);
    const confidence = confidenceFrom(corroboration, {
      reportedBy: tie.reported_by,
      confidence: tie.confidence as Confidence,
    });
    if (confidence !== tie.confidence)
      await db
        .updateTable('interactions')
        .set({ confidence, version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', '=', tie.id)
        .execute();
    results.push({ interactionId: tie.id, corroboration, confidence });
  }
  return results;
}

/**
 * A centre's ties with interview evidence, as `actor` may see them: only ties of the centre's network they
 * may read; counts and corroboration over every project's still-consented evidence; the pieces themselves
 * (document, pseudonym, words) only from projects they are a member of, and the words only with the
 * informant's quotation consent.
 */
export async function centerEvidenceFor(
  db: Db,
  actor: Actor,
  pseudonymKey: string,
  centerId: string,
): Promise<CenterEvidence> {
  const network = await centerNetworkFor(db, actor, pseudonymKey, centerId, undefined);
  const labels = new Map(network.nodes.map((n) => [n.id, n.label]));
  const tieIds = network.ties.map((t) => t.id);
  const points =
    tieIds.length === 0
      ? []
      : await db
          .selectFrom('research_tie_evidence as e')
          .innerJoin('research_segments as s', 's.id', 'e.segment_id')
          .select(['e.interaction_id', 'e.stance', 'e.perspective'])
          .where('e.interaction_id', 'in', tieIds)
          .where(segmentStillConsented('s'))
          .execute();
  const items =
    tieIds.length === 0 ? [] : await evidenceItems(db, { tieIds, actor, quoteOnlyWithConsent: true });
  const ties = network.ties
    .map((tie) => {
      const own = points.filter((p) => p.interaction_id === tie.id);
      const corroboration = corroborationOf(
        own.map((p) => ({ stance: p.stance as Stance, perspective: p.perspective as Perspective })),
      );
      return {
        interactionId: tie.id,
        source: tie.source,
        target: tie.target,
        sourceLabel: labels.get(tie.source) ?? tie.source.slice(0, 8),
        targetLabel: labels.get(tie.target) ?? tie.target.slice(0, 8),
        type: tie.type,
        confidence: tie.confidence,
        corroboration,
        supports: own.filter((p) => p.stance === 'supports').length,
        contradicts: own.filter((p) => p.stance === 'contradicts').length,
        evidence: items.filter((i) => i.interactionId === tie.id),
      };
    })
    .filter((tie) => tie.corroboration !== 'none');
  const count = (c: Corroboration) => ties.filter((t) => t.corroboration === c).length;
  return {
    centerId,
    tiesWithEvidence: ties.length,
    bothSides: count('both_sides'),
    oneSide: count('one_side'),
    thirdParty: count('third_party'),
    contradicted: count('contradicted'),
    corroborationRate: corroborationRate(ties.map((t) => t.corroboration)),
    ties,
  };
}

/** Evidence rows as items; with `actor`, only from projects they are a member of. */
async function evidenceItems(
  db: Db,
  options: { evidenceIds?: string[]; tieIds?: string[]; actor?: Actor; quoteOnlyWithConsent: boolean },
): Promise<EvidenceItem[]> {
  let query = db
    .selectFrom('research_tie_evidence as e')
    .innerJoin('research_segments as s', 's.id', 'e.segment_id')
    .innerJoin('research_documents as d', 'd.id', 's.document_id')
    .leftJoin('research_document_texts as x', 'x.document_id', 'd.id')
    .leftJoin('research_informants as inf', 'inf.id', 'e.informant_id')
    .select([
      'e.id',
      'e.interaction_id',
      'e.segment_id',
      'e.stance',
      'e.perspective',
      'd.project_id',
      'd.id as document_id',
      'd.title',
      'd.held_on',
      'inf.pseudonym',
    ])
    .select(sql<string | null>`substring(x.body from s.start_cp + 1 for s.end_cp - s.start_cp)`.as('words'))
    .select(
      sql<boolean>`EXISTS (SELECT 1 FROM research_consents c WHERE c.informant_id = e.informant_id
        AND c.scope = 'quotation' AND c.withdrawn_on IS NULL)`.as('quotable'),
    )
    .where(segmentStillConsented('s'))
    .orderBy('d.held_on')
    .orderBy('s.start_cp');
  if (options.evidenceIds) query = query.where('e.id', 'in', options.evidenceIds);
  if (options.tieIds) query = query.where('e.interaction_id', 'in', options.tieIds);
  if (options.actor) query = query.where(projectScope(options.actor, 'd.project_id'));
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    interactionId: r.interaction_id,
    segmentId: r.segment_id,
    projectId: r.project_id,
    documentId: r.document_id,
    documentTitle: r.title,
    heldOn: r.held_on ? String(r.held_on).slice(0, 10) : null,
    stance: r.stance as Stance,
    perspective: r.perspective as Perspective,
    informantPseudonym: r.pseudonym ?? null,
    excerpt: !options.quoteOnlyWithConsent || r.quotable ? r.words : null,
  }));
}

/**
 * What a member needs to link evidence: the project's still-consented segments (words included: members
 * read the transcripts) with their codes and links, and each studied centre's firms and ties as the member
 * may see them.
 */
export async function projectEvidenceFor(
  db: Db,
  actor: Actor,
  pseudonymKey: string,
  projectId: string,
): Promise<ProjectEvidence> {
  await assertProjectRole(db, actor, projectId, 'reader');
  const project = isUuid(projectId)
    ? await db.selectFrom('research_projects').select('id').where('id', '=', projectId).executeTakeFirst()
    : undefined;
  if (!project)
    throw new AppError(
      'not_found',
      tr({ id: 'Proyek {id} tidak ditemukan.', en: 'Project {id} not found.' }, { id: projectId }),
    );
  const segments = await db
    .selectFrom('research_segments as s')
    .innerJoin('research_documents as d', 'd.id', 's.document_id')
    .leftJoin('research_document_texts as x', 'x.document_id', 'd.id')
    .leftJoin('research_informants as inf', 'inf.id', 's.informant_id')
    .select(['s.id', 's.document_id', 's.start_cp', 's.end_cp', 'd.title', 'inf.pseudonym'])
    .select(
      sql<string>`coalesce(substring(x.body from s.start_cp + 1 for s.end_cp - s.start_cp), '')`.as('words'),
    )
    .where('d.project_id', '=', projectId)
    .where(segmentStillConsented('s'))
    .orderBy('d.title')
    .orderBy('s.start_cp')
    .execute();
  const ids = segments.map((s) => s.id);
  const codes =
    ids.length === 0
      ? []
      : await db
          .selectFrom('research_codings as c')
          .innerJoin('research_codes as k', 'k.id', 'c.code_id')
          .select(['c.segment_id', 'k.name'])
          .where('c.segment_id', 'in', ids)
          .orderBy('k.name')
          .execute();
  const links =
    ids.length === 0
      ? []
      : await db
          .selectFrom('research_tie_evidence')
          .select(['id', 'segment_id', 'interaction_id', 'stance'])
          .where('segment_id', 'in', ids)
          .execute();
  const centerRows = await db
    .selectFrom('research_project_centers as pc')
    .innerJoin('centers as c', 'c.id', 'pc.center_id')
    .select(['c.id', 'c.name'])
    .where('pc.project_id', '=', projectId)
    .orderBy('c.name')
    .execute();
  const centers = [];
  for (const center of centerRows) {
    const network = await centerNetworkFor(db, actor, pseudonymKey, center.id, undefined);
    centers.push({
      id: center.id,
      name: center.name,
      firms: network.nodes
        .filter((n) => n.kind === 'enterprise')
        .map((n) => ({ id: n.id, label: n.label }))
        .sort((a, b) => a.label.localeCompare(b.label)),
      ties: network.ties.map((t) => ({
        id: t.id,
        source: t.source,
        target: t.target,
        type: t.type,
        confidence: t.confidence,
      })),
    });
  }
  return {
    projectId,
    segments: segments.map((s) => ({
      id: s.id,
      documentId: s.document_id,
      documentTitle: s.title,
      startCp: s.start_cp,
      endCp: s.end_cp,
      text: s.words,
      informantPseudonym: s.pseudonym ?? null,
      codes: codes.filter((c) => c.segment_id === s.id).map((c) => c.name),
      evidence: links
        .filter((l) => l.segment_id === s.id)
        .map((l) => ({ id: l.id, interactionId: l.interaction_id, stance: l.stance as Stance })),
    })),
    centers,
  };
}

/** The informant speaking in a segment: the one asked for (of the document), the segment's, or the document's only one. */
async function speakingInformant(
  db: Db,
  segment: { document_id: string; informant_id: string | null },
  asked: string | null,
): Promise<string | null> {
  const ofDocument = await db
    .selectFrom('research_document_informants')
    .select('informant_id')
    .where('document_id', '=', segment.document_id)
    .execute();
  const ids = ofDocument.map((r) => r.informant_id);
  if (asked !== null) {
    if (!ids.includes(asked) && asked !== segment.informant_id)
      throw new AppError('unprocessable', tr(m.invalid), [
        { path: 'informantId', message: tr(m.informantNotOfDocument) },
      ]);
    return asked;
  }
  if (segment.informant_id) return segment.informant_id;
  return ids.length === 1 ? (ids[0] as string) : null;
}

async function studiedCenters(db: Db, projectId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('research_project_centers')
    .select('center_id')
    .where('project_id', '=', projectId)
    .execute();
  return new Set(rows.map((r) => r.center_id));
}
