import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { isUuid, lockVersioned } from '../db/versioned.ts';
import { existingRegionCodes } from '../regions/regions.repo.ts';
import { toIso, toIsoOrNull } from '../shared/dates.ts';
import { type ErrorDetail, errors } from '../shared/errors.ts';
import { t } from '../shared/i18n.ts';
import type { Page } from '../shared/pagination.ts';
import { centerListScope } from './centers.policy.ts';
import {
  type CenterFigureRow,
  type CenterRecord,
  findCenterRecords,
  insertCenter,
  listCenterIds,
  replaceCenterFigures,
  replaceCenterRegions,
  setArchived,
  updateCenter as updateCenterRow,
} from './centers.repo.ts';
import { canMoveStatus, MIN_MEMBERS } from './centers.rules.ts';
import type {
  Center,
  CenterCreate,
  CenterFigure,
  CenterListQuery,
  CenterStatus,
  CenterUpdate,
} from './centers.schema.ts';

/** Lists centres with filters, sorting and pagination. */
export async function listCenters(db: Db, actor: Actor, query: CenterListQuery): Promise<Page<Center>> {
  const scope = query.usableFor ? centerListScope(actor, query.usableFor, 'centers.id') : undefined;
  const { ids, total } = await listCenterIds(db, query, scope);
  const records = await findCenterRecords(db, ids);
  return { items: records.map(recordToCenter), total, limit: query.limit, offset: query.offset };
}

/** One centre by id; 404 when it does not exist. */
export async function getCenter(db: Db, id: string): Promise<Center> {
  const [record] = isUuid(id) ? await findCenterRecords(db, [id]) : [];
  if (!record) throw errors.notFound('center', id);
  return recordToCenter(record);
}

/** Creates a centre with its regions and figures in one transaction. */
export async function createCenter(db: Db, input: CenterCreate): Promise<Center> {
  const id = await db.transaction().execute(async (trx) => {
    await assertRegionsExist(trx, input.regionCodes);
    const id = await insertCenter(trx, {
      external_id: input.externalId ?? null,
      ...centerColumns(input),
      name: input.name,
      main_product: input.mainProduct,
      commodity_group: input.commodityGroup,
      kbli: JSON.stringify(input.kbli),
      origin: input.origin,
      status: input.status,
    }).catch(rethrowDuplicate(input.externalId));
    await replaceCenterRegions(trx, id, input.regionCodes);
    await replaceCenterFigures(trx, id, input.figures.map(figureToRow));
    return id;
  });
  return getCenter(db, id);
}

/** Applies a partial update if `input.version` is still current (else 409, nothing changed). */
export async function updateCenter(db: Db, id: string, input: CenterUpdate): Promise<Center> {
  if (!isUuid(id)) throw errors.notFound('center', id);
  await db.transaction().execute(async (trx) => {
    await lockVersioned(trx, 'centers', id, input.version, 'center');
    const [current] = await findCenterRecords(trx, [id]);
    const from = current!.row.status as CenterStatus;
    if (input.status && !canMoveStatus(from, input.status)) {
      const message = t('invalid_status_transition', { from, to: input.status });
      throw errors.unprocessable(message, [{ path: 'status', message }]);
    }
    if (input.regionCodes) await assertRegionsExist(trx, input.regionCodes);
    await updateCenterRow(trx, id, {
      ...centerColumns(input),
      ...(input.externalId !== undefined && { external_id: input.externalId }),
      ...(input.name !== undefined && { name: input.name }),
      ...(input.mainProduct !== undefined && { main_product: input.mainProduct }),
      ...(input.commodityGroup !== undefined && { commodity_group: input.commodityGroup }),
      ...(input.kbli !== undefined && { kbli: JSON.stringify(input.kbli) }),
      ...(input.origin !== undefined && { origin: input.origin }),
      ...(input.status !== undefined && { status: input.status }),
    }).catch(rethrowDuplicate(input.externalId));
    if (input.regionCodes) await replaceCenterRegions(trx, id, input.regionCodes);
    if (input.figures) await replaceCenterFigures(trx, id, input.figures.map(figureToRow));
  });
  return getCenter(db, id);
}

/** Archives (hides from lists, keeps everything) or restores a centre. */
export async function setCenterArchived(
  db: Db,
  id: string,
  archived: boolean,
  version?: number,
): Promise<Center> {
  if (!isUuid(id)) throw errors.notFound('center', id);
  await db.transaction().execute(async (trx) => {
    const state = await lockVersioned(trx, 'centers', id, version, 'center');
    if (state.archived === archived) {
      throw errors.unprocessable(t(archived ? 'archived' : 'not_archived', { entity: t('center') }));
    }
    await setArchived(trx, id, archived);
  });
  return getCenter(db, id);
}

/** Columns whose names differ only in case and that every write treats alike. */
function centerColumns(input: Partial<CenterCreate>) {
  return {
    ...(input.dinasGroup !== undefined && { dinas_group: input.dinasGroup }),
    ...(input.designation !== undefined && {
      designation_sk_number: input.designation?.skNumber ?? null,
      designation_date: input.designation?.date ?? null,
      designation_issuer: input.designation?.issuer ?? null,
    }),
    ...(input.statisticalCriteria !== undefined && {
      statistical_criteria: input.statisticalCriteria ? JSON.stringify(input.statisticalCriteria) : null,
    }),
    ...(input.foundingYear !== undefined && { founding_year: input.foundingYear }),
    ...(input.description !== undefined && { description: input.description }),
    ...(input.latitude !== undefined && { latitude: input.latitude }),
    ...(input.longitude !== undefined && { longitude: input.longitude }),
  };
}

async function assertRegionsExist(db: Db, codes: readonly string[]): Promise<void> {
  const known = await existingRegionCodes(db, codes);
  const details: ErrorDetail[] = codes.flatMap((code, i) =>
    known.has(code) ? [] : [{ path: `regionCodes.${i}`, message: t('region_unknown', { code }) }],
  );
  if (details.length > 0) throw errors.unprocessable(details[0]!.message, details);
}

function rethrowDuplicate(externalId: string | null | undefined) {
  return (error: unknown): never => {
    if ((error as { code?: string }).code === '23505')
      throw errors.duplicate('center', 'externalId', externalId ?? '');
    throw error;
  };
}

function figureToRow(figure: CenterFigure): CenterFigureRow {
  return {
    indicator: figure.indicator,
    value: figure.value,
    unit: figure.unit ?? null,
    year: figure.year,
    source: figure.source,
    source_ref: figure.sourceRef ?? null,
    vintage: figure.vintage,
    definition: figure.definition ?? null,
  };
}

/** Turns stored rows into the API's centre, with its derived warnings. */
export function recordToCenter({ row, regionCodes, figures, activeMemberCount }: CenterRecord): Center {
  const warnings =
    activeMemberCount < MIN_MEMBERS && row.status !== 'inactive' && row.status !== 'potential'
      ? [t('center_few_members', { count: activeMemberCount, min: MIN_MEMBERS })]
      : [];
  return {
    id: row.id,
    externalId: row.external_id,
    name: row.name,
    mainProduct: row.main_product,
    commodityGroup: row.commodity_group as Center['commodityGroup'],
    dinasGroup: row.dinas_group as Center['dinasGroup'],
    kbli: row.kbli,
    origin: row.origin as Center['origin'],
    status: row.status as CenterStatus,
    designation:
      row.designation_sk_number && row.designation_date && row.designation_issuer
        ? { skNumber: row.designation_sk_number, date: row.designation_date, issuer: row.designation_issuer }
        : null,
    statisticalCriteria: row.statistical_criteria,
    foundingYear: row.founding_year,
    description: row.description,
    latitude: row.latitude,
    longitude: row.longitude,
    regionCodes,
    activeMemberCount,
    warnings,
    figures: figures.map((f) => ({
      indicator: f.indicator as CenterFigure['indicator'],
      value: f.value,
      unit: f.unit,
      year: f.year,
      source: f.source as CenterFigure['source'],
      vintage: f.vintage,
      definition: f.definition,
      sourceRef: f.source_ref,
    })),
    version: row.version,
    archivedAt: toIsoOrNull(row.archived_at),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}
