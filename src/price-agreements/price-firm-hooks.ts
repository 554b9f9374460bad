/**
 * What the enterprises domain calls when a firm changes, inside its own transaction, so an agreement's
 * stored flag and firm names never lag behind the firm (design-choices: "Price agreements follow the firm").
 */
import type { Db } from '../db/database.ts';
import { reevaluateFlag } from './price-agreements.service.ts';
import { agreementsConsentedBy, renameInFlagInputs } from './price-hooks.repo.ts';

/**
 * Re-evaluates the competition-law flag of every agreement the firm stands consented to, after its yearly
 * figures changed (written or removed); the board hears of an agreement that turns flagged.
 */
export async function onFirmFiguresChanged(trx: Db, enterpriseId: string): Promise<void> {
  for (const agreementId of await agreementsConsentedBy(trx, enterpriseId)) {
    await reevaluateFlag(trx, agreementId);
  }
}

/** Writes a renamed firm's new name into the verdicts stored with the agreements' flags. */
export async function onFirmRenamed(trx: Db, enterpriseId: string, name: string): Promise<void> {
  await renameInFlagInputs(trx, enterpriseId, name);
}
