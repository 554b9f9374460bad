import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { codePointIndex } from '../shared/code-points.ts';
import { listCodes } from './codebook.service.ts';
import { codeFrequencyRows, codePairCounts, codeSegmentRows } from './coding-views.repo.ts';

/** What a project's coding adds up to, over the segments the actor may see (withdrawn informants left out). */

/** Per code: visible segments, documents and coders (withdrawn informants' excerpts left out). */
export async function codeFrequencies(db: Db, actor: Actor, projectId: string) {
  const rows = await codeFrequencyRows(db, actor, projectId);
  return {
    items: rows.map((r) => ({
      codeId: r.id,
      name: r.name,
      segments: Number(r.segments),
      documents: Number(r.documents),
      coders: Number(r.coders),
    })),
  };
}

/** Code × code: segments of one document that overlap (or are one segment) and carry both codes. */
export async function codeCooccurrence(db: Db, actor: Actor, projectId: string) {
  const codes = (await listCodes(db, projectId)).items.filter((c) => c.codable);
  const pairs = await codePairCounts(db, actor, projectId);
  const index = new Map(codes.map((c, i) => [c.id, i]));
  const counts = codes.map(() => codes.map(() => 0));
  for (const p of pairs) {
    const i = index.get(p.a);
    const j = index.get(p.b);
    if (i === undefined || j === undefined) continue;
    counts[i]![j]! += Number(p.n);
    if (i !== j) counts[j]![i]! += Number(p.n);
  }
  return { codes: codes.map((c) => ({ id: c.id, name: c.name })), counts };
}

/** Every visible segment of a code, with up to `context` characters before and after. */
export async function codeSegments(db: Db, actor: Actor, codeId: string, context = 160) {
  const rows = await codeSegmentRows(db, actor, codeId);
  const indexes = new Map<string, (cp: number) => number>();
  return {
    items: rows.map((r) => {
      const body = r.body ?? '';
      let at = indexes.get(r.document_id);
      if (!at) {
        at = codePointIndex(body);
        indexes.set(r.document_id, at);
      }
      return {
        segmentId: r.id,
        documentId: r.document_id,
        documentTitle: r.title,
        coderName: r.display_name,
        startCp: r.start_cp,
        endCp: r.end_cp,
        before: body.slice(at(Math.max(0, r.start_cp - context)), at(r.start_cp)),
        text: body.slice(at(r.start_cp), at(r.end_cp)),
        after: body.slice(at(r.end_cp), at(r.end_cp + context)),
      };
    }),
  };
}
