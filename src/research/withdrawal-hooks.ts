import type { Db } from '../db/database.ts';

/**
 * What other parts of field research do when an informant has withdrawn from the study, run by the
 * `research.withdrawal` job inside its transaction after the transcripts were erased. research-evidence21
 * fills it: unlink the informant's evidence from ties, recompute those ties' confidence, enqueue the
 * centres' analysis refresh. Returns what it removed, written to the project's event log.
 */
export async function afterInformantWithdrawn(
  _trx: Db,
  _informantId: string,
): Promise<Record<string, unknown>> {
  return {};
}
