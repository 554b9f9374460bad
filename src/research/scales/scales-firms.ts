import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/database.ts';
import { assertMayReadCenterNetwork } from '../../networks/access/network.policy.ts';
import { centerAnalysisFor } from '../../networks/analysis/analysis.service.ts';
import { centerNetworkFor } from '../../networks/view/network.service.ts';
import { AppError } from '../../shared/errors.ts';
import { projectCenters } from './scales.repo.ts';
import type { SurveyFirm } from './scales.schema.ts';

/** A firm's position in its centre's network (null measures where the analysis leaves them undefined). */
export interface FirmPosition {
  degree: number;
  positiveDegree: number;
  negativeDegree: number;
  betweenness: number | null;
}

/**
 * The firms a survey may be answered for: the enterprise nodes of the project's centres' networks today, through
 * the one network loader and as the reader sees them (pseudonyms for researchers without personal-data
 * access). A centre whose network the reader may not read is left out. A firm in two studied centres is
 * listed under the first by name. With `positions`, each firm's node measures from its centre's analysis
 * (the stored one when the reader sees every tie).
 */
export async function projectFirms(
  db: Db,
  actor: Actor,
  pseudonymKey: string,
  projectId: string,
  options: { positions?: boolean } = {},
): Promise<{ firms: SurveyFirm[]; positions: Map<string, FirmPosition> }> {
  const firms: SurveyFirm[] = [];
  const positions = new Map<string, FirmPosition>();
  const listed = new Set<string>();
  for (const center of await projectCenters(db, projectId)) {
    try {
      await assertMayReadCenterNetwork(db, actor, center.id);
    } catch (error) {
      if (error instanceof AppError && (error.code === 'forbidden' || error.code === 'not_found')) continue;
      throw error;
    }
    const network = await centerNetworkFor(db, actor, pseudonymKey, center.id, undefined);
    const fresh = network.nodes.filter((n) => n.kind === 'enterprise' && !listed.has(n.id));
    for (const node of fresh) {
      listed.add(node.id);
      firms.push({ id: node.id, label: node.label, centerId: center.id, centerName: center.name });
    }
    if (!options.positions || fresh.length === 0) continue;
    const analysis = await centerAnalysisFor(db, actor, center.id, undefined);
    const wanted = new Set(fresh.map((n) => n.id));
    for (const node of analysis.nodes)
      if (wanted.has(node.id))
        positions.set(node.id, {
          degree: node.degree,
          positiveDegree: node.positiveDegree,
          negativeDegree: node.negativeDegree,
          betweenness: node.betweenness,
        });
  }
  firms.sort((a, b) => a.centerName.localeCompare(b.centerName) || a.label.localeCompare(b.label));
  return { firms, positions };
}
