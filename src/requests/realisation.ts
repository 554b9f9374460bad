import type { Db } from '../db/database.ts';
import { createInteraction } from '../interactions/interactions.service.ts';
import { enqueue } from '../jobs/enqueue.ts';
import { AppError } from '../shared/errors.ts';
import type { AwardRow } from './awards.repo.ts';
import type { RequestRow } from './requests.repo.ts';
import { dayAfter } from './requests.rules.ts';

/**
 * Realisation (issue #18, point 4): a delivered award becomes the collaboration tie of the request's type,
 * poster firm → maker, in the same transaction as the second confirmation, and the centre's analysis is
 * recomputed at once. Start is the award day, end the day after delivery (end dates are exclusive);
 * volume holds the quantity, unit and agreed value; both sides confirmed, so it is written, reported by
 * both parties and verified. A request for an outside buyer has no poster firm: no tie between firms is
 * recorded (the award keeps the delivery; design-choices.md says why). Returns the tie's id, or null.
 */
export async function realiseAward(
  trx: Db,
  request: RequestRow,
  award: AwardRow,
  deliveredOn: string,
): Promise<string | null> {
  if (!request.poster_enterprise_id) return null;
  const centerId = request.target_center_ids[0] ?? null;
  const start = (request.awarded_at ?? award.created_at).toISOString().slice(0, 10);
  const value = award.unit_price === null ? '' : `, Rp ${Math.round(award.unit_price * award.quantity)}`;
  try {
    const tie = await createInteraction(trx, {
      centerId,
      fromEnterpriseId: request.poster_enterprise_id,
      toEnterpriseId: award.enterprise_id,
      type: request.tie_type,
      startDate: start,
      endDate: dayAfter(deliveredOn > start ? deliveredOn : start),
      frequency: 'once',
      volume: `${award.quantity} ${request.unit}${value}`.slice(0, 200),
      formality: 'written',
      reportedBy: 'both_parties',
      confidence: 'verified',
      evidenceNotes: `Simpul request ${request.id}: ${request.product}`,
    });
    if (centerId) await refreshNow(trx, centerId);
    return tie.id;
  } catch (error) {
    // The pair already has a tie of this type over these days (recorded by hand): the award stays
    // delivered and unlinked rather than refusing the confirmation.
    if (error instanceof AppError && error.code === 'conflict') return null;
    throw error;
  }
}

/**
 * A breach of contract (after both sides were heard): the maker → the poster firm, a conflict tie, as one
 * party's complaint confirmed by the hearing (reported by both, verified), confidential as conflicts are.
 */
export async function recordBreach(
  trx: Db,
  request: RequestRow,
  award: AwardRow,
  today: string,
): Promise<string> {
  if (!request.poster_enterprise_id) throw new Error('recordBreach: no poster firm');
  const centerId = request.target_center_ids[0] ?? null;
  const tie = await createInteraction(trx, {
    centerId,
    fromEnterpriseId: award.enterprise_id,
    toEnterpriseId: request.poster_enterprise_id,
    type: 'BREACH_OF_CONTRACT',
    startDate: award.delivery_date < today ? award.delivery_date : today,
    endDate: dayAfter(today),
    frequency: 'once',
    volume: `${award.quantity} ${request.unit}`,
    formality: 'written',
    reportedBy: 'both_parties',
    confidence: 'verified',
    evidenceNotes: `Simpul request ${request.id}: ${award.failure_kind ?? ''}`,
  });
  if (centerId) await refreshNow(trx, centerId);
  return tie.id;
}

/**
 * The tie's insert already queued the centre's refresh two seconds out (migration 0010, so a burst of edits
 * recomputes once); a realised deal is one edit, so the same keyed job is moved to now.
 */
async function refreshNow(trx: Db, centerId: string): Promise<void> {
  await enqueue(trx, 'analysis.refresh', { centerId }, { key: `analysis:${centerId}` });
}
