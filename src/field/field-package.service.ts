import { createHash } from 'node:crypto';
import type { ScopePredicate } from '../auth/scope-sql.ts';
import { listTaxonomy } from '../capabilities/taxonomy.service.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { errors } from '../shared/errors.ts';
import { todayWib } from '../shared/periods.ts';
import { SECTORS_BY_COMMODITY_GROUP } from './field.constants.ts';
import {
  findPackageCenter,
  listActiveFacilities,
  listCollectableCenters,
  listPackageMembers,
  listRegionNames,
  listServingInstitutions,
} from './field.repo.ts';
import type { FieldPackage } from './field.schema.ts';
import { NAME_GENERATOR_QUESTIONS } from './field-questions.ts';

/** Centres within `scope` the user may collect in, with their member counts today. */
export async function listFieldCenters(db: Db, scope: ScopePredicate) {
  const rows = await listCollectableCenters(db, scope, todayWib());
  return { items: rows.map((r) => ({ id: r.id, name: r.name, memberCount: r.member_count })) };
}

/** The field package of centre `id` (404 when unknown); `packageVersion` hashes everything but the time. */
export async function buildFieldPackage(db: Db, id: string): Promise<FieldPackage> {
  const center = isUuid(id) ? await findPackageCenter(db, id) : undefined;
  if (!center) throw errors.notFound('center', id);
  const today = todayWib();
  const [members, institutions, facilities, taxonomy] = await Promise.all([
    listPackageMembers(db, id, today),
    listServingInstitutions(db, id),
    listActiveFacilities(db, id),
    listTaxonomy(db),
  ]);
  const villageCodes = [...new Set(members.flatMap((m) => (m.region_code ? [m.region_code] : [])))];
  const villages = await listRegionNames(db, villageCodes.sort());
  const sectors = SECTORS_BY_COMMODITY_GROUP[center.commodity_group];
  const content = {
    format: 1 as const,
    center: {
      id: center.id,
      name: center.name,
      mainProduct: center.main_product,
      commodityGroup: center.commodity_group,
      regionCodes: center.region_codes,
      version: center.version,
    },
    villages,
    members: members.map((m) => ({
      id: m.id,
      name: m.name,
      owner: m.owner,
      village: m.region_code,
      products: m.products,
      version: m.version,
      pending: m.pending,
    })),
    institutions,
    facilities,
    processes: taxonomy
      .filter((sector) => !sectors || sectors.includes(sector.code))
      .flatMap((sector) =>
        sector.processes.map((p) => ({
          code: p.code,
          sector: sector.code,
          label: { id: p.labelId, en: p.labelEn },
        })),
      ),
    questions: NAME_GENERATOR_QUESTIONS.map((q) => ({ ...q })),
  };
  const packageVersion = createHash('sha256')
    .update(JSON.stringify(content))
    .digest('base64url')
    .slice(0, 22);
  return { ...content, packageVersion, generatedAt: new Date().toISOString() };
}
