import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { DEFAULT_WEIGHTS, MatchingWeightsPatchSchema, weightsWith } from '../matching/weights.ts';
import { errors } from '../shared/errors.ts';
import { findSettings, type SettingsRow, writeSettings } from './partnership-settings.repo.ts';
import type { PartnershipSettings, PartnershipSettingsPut } from './partnership-settings.schema.ts';

function present(centerId: string, row: SettingsRow): PartnershipSettings {
  // A stored key the current bounds refuse is dropped here as the ranking drops it (weightsWith).
  const parsed = MatchingWeightsPatchSchema.safeParse(row.weights ?? {});
  return {
    centerId,
    requestReviewRequired: row.request_review_required,
    weights: weightsWith(row.weights),
    storedWeights: parsed.success ? parsed.data : {},
    defaults: DEFAULT_WEIGHTS,
    version: row.version ?? 0,
  };
}

/** A centre's partnership settings; 404 for an unknown centre. */
export async function getPartnershipSettings(db: Db, centerId: string): Promise<PartnershipSettings> {
  // A malformed id names no centre: 404, not a database error.
  const row = isUuid(centerId) ? await findSettings(db, centerId) : undefined;
  if (!row) throw errors.notFound('center', centerId);
  return present(centerId, row);
}

/** Replaces a centre's settings if nobody changed them since `input.version` (else 409). */
export async function putPartnershipSettings(
  db: Db,
  centerId: string,
  input: PartnershipSettingsPut,
): Promise<PartnershipSettings> {
  await db.transaction().execute(async (trx) => {
    const row = isUuid(centerId) ? await findSettings(trx, centerId, true) : undefined;
    if (!row) throw errors.notFound('center', centerId);
    const current = row.version ?? 0;
    if (current !== input.version) throw errors.versionConflict('center', input.version, current);
    await writeSettings(trx, centerId, input.requestReviewRequired, input.weights);
  });
  return getPartnershipSettings(db, centerId);
}
