/** What an offline change does; the payload's shape follows from it (`field.schema.ts`). */
export const FIELD_CHANGE_KINDS = [
  'enterprise.create',
  'enterprise.update',
  'yearData.upsert',
  'tie.create',
  'membership.create',
  'facility.usage',
  'photo',
  'research.note',
  'informant.consent',
] as const;
/** One of `FIELD_CHANGE_KINDS`. */
export type FieldChangeKind = (typeof FIELD_CHANGE_KINDS)[number];

/** The kinds that belong to a research project (`projectId`) rather than a centre (`centerId`). */
export const RESEARCH_CHANGE_KINDS: readonly FieldChangeKind[] = ['research.note', 'informant.consent'];

/**
 * The outcome of one change: `applied` (written), `conflict` (an update based on an old version: kept as an
 * open conflict, nothing written), `rejected` (bad input or a rule: the error names the field), `forbidden`
 * (outside the collector's scope), `dependencyFailed` (it refers to an earlier change that was not applied).
 */
export const FIELD_RESULT_STATUSES = [
  'applied',
  'conflict',
  'rejected',
  'forbidden',
  'dependencyFailed',
] as const;
/** One of `FIELD_RESULT_STATUSES`. */
export type FieldResultStatus = (typeof FIELD_RESULT_STATUSES)[number];

/** Most changes one sync request may carry (a phone sends a long queue in several requests). */
export const MAX_SYNC_CHANGES = 200;
/** Largest photo, as base64 text (≈ 1.5 MB of image). */
export const MAX_PHOTO_BASE64 = 2_000_000;
/** Longest side a stored photo is re-encoded to, in pixels. */
export const PHOTO_MAX_SIDE = 1600;

/**
 * The process-taxonomy sectors (`process_sectors.code`) that belong to a centre's commodity group, for the
 * package's process list; a group not listed gets every sector.
 */
export const SECTORS_BY_COMMODITY_GROUP: Readonly<Record<string, readonly string[]>> = {
  food: ['food'],
  clothing: ['batik', 'footwear', 'leather', 'garments'],
  chemicals_building_materials: ['ceramics'],
  crafts_misc: ['batik', 'ceramics', 'leather'],
  furniture: ['furniture'],
  metal_machinery_electronics: ['metal_casting'],
};
