import type { Actor } from '../../auth/actor.ts';
import { caseKpisFor } from '../../case-kpis/case-kpis.service.ts';
import type { Db } from '../../db/database.ts';
import { isUuid } from '../../db/versioned.ts';
import { assertMayReadMembers, membershipPolicy } from '../../memberships/memberships.policy.ts';
import { kpiPeriod, partnershipKpisFor } from '../../partnership-kpis/partnership-kpis.service.ts';
import { errors } from '../../shared/errors.ts';
import { tr } from '../../shared/i18n.ts';
import type { CenterIndicators } from '../analysis/analysis.schema.ts';
import { analysesFor } from '../analysis/analysis.service.ts';
import { centerHeads, existingCenterIds, liveCenterIdsInRegion } from './compare.repo.ts';
import type { Comparison } from './compare.schema.ts';
import {
  CASE_SORT_FIELDS,
  type CompareQuery,
  MAX_COMPARED,
  PARTNERSHIP_SORT_FIELDS,
} from './compare.schema.ts';

/** Region comparisons compute missing or stale results on read only up to this many centres. */
export const REGION_COMPUTE_LIMIT = 100;

type Row = Comparison['items'][number];

/**
 * Centres side by side: the listed ones (each must exist and be readable: 404/403) or every centre of a
 * region that the actor may read, with their analyses as the actor may see them. A region of more than
 * `REGION_COMPUTE_LIMIT` centres shows only results already stored and current (`simpul analyze --all`
 * fills them); the others have null indicators.
 */
export async function compareCenters(db: Db, actor: Actor, query: CompareQuery): Promise<Comparison> {
  const ids =
    query.centers !== undefined
      ? await listedCenters(db, actor, query.centers)
      : await regionCenters(db, actor, query.region as string);
  const centers = await centerHeads(db, ids);
  const at = query.at ?? null;
  const analyses = await analysesFor(db, actor, ids, at, { storedOnly: ids.length > REGION_COMPUTE_LIMIT });
  // Aggregates without names over every request of the centre, as its own card shows them (one query per table).
  const kpis = new Map(
    (await partnershipKpisFor(db, ids, kpiPeriod(query.at ? { to: query.at } : {}))).map((k) => [
      k.centerId,
      k,
    ]),
  );
  const caseKpis = await caseKpisFor(db, ids, kpiPeriod(query.at ? { to: query.at } : {}));
  const items: Row[] = ids.map((id) => {
    const head = centers.get(id) ?? { name: '', regionCodes: [] };
    const a = analyses.get(id);
    const partnerships = kpis.get(id) as Row['partnerships'];
    return {
      centerId: id,
      name: head.name,
      regionCodes: head.regionCodes,
      computedAt: a?.computedAt ?? null,
      indicators: a?.indicators ?? null,
      pattern: a?.pattern ?? null,
      partnerships,
      cases: caseKpis.get(id) as Row['cases'],
    };
  });
  if (query.sort) sortRows(items, query.sort);
  return { items };
}

/** Sorts by `field:direction` (an indicator, a partnership or case KPI, or `name`); nulls last either way, then by name. */
export function sortRows(items: Row[], sort: string): void {
  const [field, direction] = sort.split(':') as [string, 'asc' | 'desc'];
  const sign = direction === 'desc' ? -1 : 1;
  const value = (row: Row): number | string | null => {
    if (field === 'name') return row.name;
    if ((PARTNERSHIP_SORT_FIELDS as string[]).includes(field)) {
      return row.partnerships[field as (typeof PARTNERSHIP_SORT_FIELDS)[number]];
    }
    if ((CASE_SORT_FIELDS as string[]).includes(field)) {
      return row.cases[field as (typeof CASE_SORT_FIELDS)[number]];
    }
    const v = row.indicators?.[field as keyof CenterIndicators];
    return v === undefined || v === null ? null : typeof v === 'boolean' ? Number(v) : v;
  };
  items.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    const order = x < y ? -1 : x > y ? 1 : 0;
    return order * sign || a.name.localeCompare(b.name);
  });
}

async function listedCenters(db: Db, actor: Actor, list: string): Promise<string[]> {
  const ids = [
    ...new Set(
      list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (ids.length > MAX_COMPARED) {
    throw errors.validation([
      {
        path: 'centers',
        message: tr(
          {
            id: 'Paling banyak {max} sentra dapat dibandingkan sekaligus; diberikan {count}. Gunakan `region` untuk seluruh wilayah.',
            en: 'At most {max} centres can be compared at once; {count} were given. Use `region` for a whole region.',
          },
          { max: MAX_COMPARED, count: ids.length },
        ),
      },
    ]);
  }
  const bad = ids.map((id, i) => ({ id, i })).filter(({ id }) => !isUuid(id));
  if (bad.length > 0) {
    throw errors.validation(
      bad.map(({ id, i }) => ({
        path: `centers.${i}`,
        // The value is quoted short: a pasted paragraph must not become the message.
        message: tr(
          {
            id: 'Daftar sentra: "{value}" bukan id sentra di Simpul; pilih sentra dari daftar.',
            en: 'Centres: "{value}" is not the id of a centre in Simpul; choose centres from the list.',
          },
          { value: id.length > 40 ? `${id.slice(0, 40)}…` : id },
        ),
      })),
    );
  }
  const found = await existingCenterIds(db, ids);
  for (const id of ids) if (!found.has(id)) throw errors.notFound('center', id);
  for (const id of ids) await assertMayReadMembers(db, actor, 'center', id);
  return ids;
}

/** Ids of the live centres with a region at or below `region` (every one without it) that `actor` may read. */
export async function regionCenters(db: Db, actor: Actor, region: string | undefined): Promise<string[]> {
  return liveCenterIdsInRegion(db, region, membershipPolicy.readScope(actor, 'center')('c.id'));
}
