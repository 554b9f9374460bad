import { type Db, inTransaction } from '../db/database.ts';
import { findOverlappingTie } from '../interactions/interactions.repo.ts';
import { createInteraction } from '../interactions/interactions.service.ts';
import { tr } from '../shared/i18n.ts';
import { todayWib } from '../shared/periods.ts';
import { assertMove, assertNoProblems } from './pool-errors.ts';
import { tellPledgers } from './pool-notices.ts';
import { POOL_MESSAGES as m } from './pools.messages.ts';
import {
  activePledgeRows,
  findPurchaseRow,
  insertPurchase,
  insertSplit,
  updatePoolRow,
} from './pools.repo.ts';
import { participantPairs, splitDelivery } from './pools.rules.ts';
import type { Pool, PoolVersion, Purchase } from './pools.schema.ts';
import { actingUserId, factsOf, getPool, lockCurrent } from './pools.service.ts';

/** A joint purchase counts as a tie for a year after the purchase (end date exclusive). */
const TIE_DAYS = 365;

/** Records what a closed pool bought: date, total, unit price paid, total cost (quantity × price if not given). */
export async function recordPurchase(db: Db, id: string, input: Purchase): Promise<Pool> {
  await inTransaction(db, async (trx) => {
    const current = await lockCurrent(trx, id, input.version);
    assertMove(current.status, 'purchased');
    const opened = current.created_at.toISOString().slice(0, 10);
    if (input.purchasedOn > todayWib()) {
      assertNoProblems([
        { path: 'purchasedOn', message: tr(m.purchaseInFuture, { date: input.purchasedOn }) },
      ]);
    }
    if (input.purchasedOn < opened) {
      assertNoProblems([{ path: 'purchasedOn', message: tr(m.purchaseBeforeOpen, { date: opened }) }]);
    }
    await insertPurchase(trx, {
      pool_id: id,
      purchased_on: input.purchasedOn,
      total_quantity: input.totalQuantity,
      unit_price: input.unitPrice,
      total_cost: input.totalCost ?? Math.round(input.totalQuantity * input.unitPrice),
      recorded_by: actingUserId(),
    });
    await updatePoolRow(trx, id, { status: 'purchased' });
  });
  return getPool(db, id);
}

/**
 * Splits the purchase among the pledgers and records the realised cooperation: a JOINT_PURCHASING tie
 * between every two participants (the type is a symmetric group tie between enterprises), dated from the
 * purchase, written through the interactions service so its rules and audit apply. A pair already tied
 * that way over the period keeps its tie, which is linked to the pool instead. New ties bump the centre's
 * network version, which queues its analysis refresh in the same transaction.
 */
export async function splitPool(db: Db, id: string, input: PoolVersion): Promise<Pool> {
  await inTransaction(db, async (trx) => {
    const current = await lockCurrent(trx, id, input.version);
    assertMove(current.status, 'split');
    const purchase = await findPurchaseRow(trx, id);
    if (!purchase) throw new Error(`pool ${id} is purchased without a purchase row`);
    const pledges = await activePledgeRows(trx, [id]);
    const deliveries = splitDelivery(
      pledges.map((p) => ({ enterpriseId: p.enterprise_id, quantity: p.quantity })),
      { totalQuantity: purchase.total_quantity, totalCost: purchase.total_cost },
    );
    const facts = await factsOf(trx, id);
    const tieIds: string[] = [];
    for (const [a, b] of participantPairs(deliveries.map((d) => d.enterpriseId))) {
      tieIds.push(
        await jointPurchaseTie(trx, { a, b, centerId: current.center_id, on: purchase.purchased_on, facts }),
      );
    }
    await insertSplit(trx, id, todayWib(), deliveries, tieIds);
    await updatePoolRow(trx, id, { status: 'split' });
    await tellPledgers(trx, facts, 'pool.split');
  });
  return getPool(db, id);
}

async function jointPurchaseTie(
  trx: Db,
  tie: {
    a: string;
    b: string;
    centerId: string;
    on: string;
    facts: { id: string; material: string; institutionName: string };
  },
): Promise<string> {
  const end = new Date(`${tie.on}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + TIE_DAYS);
  const endDate = end.toISOString().slice(0, 10);
  const existing = await findOverlappingTie(trx, {
    type: 'JOINT_PURCHASING',
    from_enterprise_id: tie.a,
    to_enterprise_id: tie.b,
    to_institution_id: null,
    start_date: tie.on,
    end_date: endDate,
  });
  if (existing) return existing;
  const note = tr(m.tieNote, {
    material: tie.facts.material,
    institution: tie.facts.institutionName,
    id: tie.facts.id,
  });
  const created = await createInteraction(trx, {
    centerId: tie.centerId,
    fromEnterpriseId: tie.a,
    toEnterpriseId: tie.b,
    type: 'JOINT_PURCHASING',
    startDate: tie.on,
    endDate,
    frequency: 'once',
    formality: 'written',
    reportedBy: 'third_party',
    confidence: 'verified',
    evidenceNotes: note,
  });
  return created.id;
}
