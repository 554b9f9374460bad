import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { assertMayReadCenterNetwork } from '../networks/access/network.policy.ts';
import { analysesFor } from '../networks/analysis/analysis.service.ts';
import { AppError, errors } from '../shared/errors.ts';
import { codeCenterCounts, matrixCenters, segmentsWithoutCenter } from './code-by-center.repo.ts';
import type { CenterColumn, CodeByCenter } from './code-by-center.schema.ts';
import { listCodes } from './codebook.service.ts';
import { projectExists } from './projects.repo.ts';
import { assertProjectRole } from './research.policy.ts';
import { centerEvidenceFor } from './tie-evidence.service.ts';

/** True when the actor may read the centre's network; false on a 403 (every other error passes on). */
async function mayReadNetwork(db: Db, actor: Actor, centerId: string): Promise<boolean> {
  try {
    await assertMayReadCenterNetwork(db, actor, centerId);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === 'forbidden') return false;
    throw error;
  }
}

const NO_NETWORK = {
  networkReadable: false,
  collaborationDensity: null,
  conflictDensity: null,
  largestCollaborativeComponentShare: null,
  balanceRatio: null,
  normalizedFrustration: null,
  pattern: null,
  tiesWithEvidence: 0,
  corroborationRate: null,
  computedAt: null,
};

/**
 * The code-by-centre matrix of a project (members only): per codable code and centre, the still-consented
 * coded segments (and documents) the reader may see whose informant belongs to the centre; beside each
 * centre its indicators from the stored analysis (as the centre page shows them to this reader) and the
 * corroboration rate of its ties' interview evidence. Nothing here computes a network of its own.
 */
export async function codeByCenter(
  db: Db,
  actor: Actor,
  pseudonymKey: string,
  projectId: string,
): Promise<CodeByCenter> {
  await assertProjectRole(db, actor, projectId, 'reader');
  if (!(await projectExists(db, projectId))) throw errors.notFound('researchProject', projectId);
  const codes = (await listCodes(db, projectId)).items.filter((c) => c.codable && !c.archived);
  const centerRows = await matrixCenters(db, projectId);
  const readable: string[] = [];
  for (const c of centerRows) if (await mayReadNetwork(db, actor, c.id)) readable.push(c.id);
  const analyses = await analysesFor(db, actor, readable, null);
  const centers: CenterColumn[] = [];
  for (const c of centerRows) {
    const analysis = analyses.get(c.id);
    if (!readable.includes(c.id) || !analysis) {
      centers.push({ id: c.id, name: c.name, ...NO_NETWORK });
      continue;
    }
    const evidence = await centerEvidenceFor(db, actor, pseudonymKey, c.id);
    const i = analysis.indicators;
    centers.push({
      id: c.id,
      name: c.name,
      networkReadable: true,
      collaborationDensity: i.collaborationDensity,
      conflictDensity: i.conflictDensity,
      largestCollaborativeComponentShare: i.largestCollaborativeComponentShare,
      balanceRatio: i.balanceRatio,
      normalizedFrustration: i.normalizedFrustration,
      pattern: analysis.pattern.label,
      tiesWithEvidence: evidence.tiesWithEvidence,
      corroborationRate: evidence.corroborationRate,
      computedAt: analysis.computedAt,
    });
  }
  const known = new Set(codes.map((c) => c.id));
  const cells = (await codeCenterCounts(db, actor, projectId))
    .filter((r) => known.has(r.code_id))
    .map((r) => ({
      codeId: r.code_id,
      centerId: r.center_id,
      segments: Number(r.segments),
      documents: Number(r.documents),
    }));
  return {
    projectId,
    codes: codes.map((c) => ({ id: c.id, name: c.name, parentId: c.parentId, color: c.color })),
    centers,
    cells,
    withoutCenter: await segmentsWithoutCenter(db, actor, projectId),
  };
}
