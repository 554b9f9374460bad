import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { networkTieScope } from '../networks/access/network.policy.ts';
import { analysesFor } from '../networks/analysis/analysis.service.ts';
import { centerHeads } from '../networks/compare/compare.repo.ts';
import { loadCenterNetworks } from '../networks/load/network.repo.ts';
import { todayWib } from '../shared/periods.ts';
import { ECOSYSTEM_ELEMENTS, ELEMENT_WORDS } from './ecosystem.elements.ts';
import { assertMayReadEcosystems, readableCentersOf } from './ecosystem.policy.ts';
import { parseCenterList } from './ecosystem.rules.ts';
import {
  type CenterEcosystemQuery,
  type Ecosystem,
  type EcosystemQuery,
  MAX_ECOSYSTEM_CENTERS,
} from './ecosystem.schema.ts';
import { proxyContext } from './ecosystem-context.ts';
import { ecosystemIndex, GEOMETRIC_FLOOR } from './ecosystem-index.ts';
import { ECOSYSTEM_PROXIES } from './ecosystem-proxies.ts';

/**
 * A centre's ecosystem against the listed centres (`compare`, at most 9 besides it) or, by default, the
 * other centres of its province the actor may read (the first 9 by name). Every listed centre must exist
 * and be readable (404/403).
 */
export async function centerEcosystem(
  db: Db,
  actor: Actor,
  centerId: string,
  query: CenterEcosystemQuery,
): Promise<Ecosystem> {
  await assertMayReadEcosystems(db, actor, [centerId]);
  let others: string[];
  if (query.compare !== undefined) {
    others = parseCenterList(query.compare, 'compare', MAX_ECOSYSTEM_CENTERS - 1).filter(
      (id) => id !== centerId,
    );
    await assertMayReadEcosystems(db, actor, others);
  } else {
    const province = (await centerHeads(db, [centerId])).get(centerId)?.regionCodes[0]?.slice(0, 2);
    others = province ? (await readableCentersOf(db, actor, province)).filter((id) => id !== centerId) : [];
    others = others.slice(0, MAX_ECOSYSTEM_CENTERS - 1);
  }
  return ecosystemFor(db, actor, [centerId, ...others], centerId);
}

/** The listed centres (at most 10, each existing and readable) compared with each other. */
export async function ecosystemComparison(db: Db, actor: Actor, query: EcosystemQuery): Promise<Ecosystem> {
  const ids = parseCenterList(query.centers, 'centers');
  await assertMayReadEcosystems(db, actor, ids);
  return ecosystemFor(db, actor, ids, null);
}

/** Reads every proxy for `ids` as `actor` sees the networks, and computes the index over that set. */
async function ecosystemFor(db: Db, actor: Actor, ids: string[], focus: string | null): Promise<Ecosystem> {
  const today = todayWib();
  const back = (years: number) => `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;
  const [heads, networks, analyses] = await Promise.all([
    centerHeads(db, ids),
    loadCenterNetworks(db, ids, null, networkTieScope(actor)),
    analysesFor(db, actor, ids, null),
  ]);
  const ctx = proxyContext({
    db,
    centerIds: ids,
    today,
    since3y: back(3),
    since1y: back(1),
    networks,
    analyses,
  });
  const readings = await Promise.all(
    ECOSYSTEM_PROXIES.map((p) => (p.provide ? p.provide(ctx) : Promise.resolve(null))),
  );
  const result = ecosystemIndex(
    ids.length,
    ECOSYSTEM_PROXIES.map((p, i) => ({
      key: p.key,
      element: p.element,
      values: ids.map((_, c) => readings[i]?.[c]?.value ?? null),
    })),
  );
  return {
    focusCenterId: focus,
    asOf: today,
    elements: ECOSYSTEM_ELEMENTS.map((element) => ({ element, ...ELEMENT_WORDS[element] })),
    indicators: ECOSYSTEM_PROXIES.map((p, i) => ({
      key: p.key,
      element: p.element,
      label: p.label,
      kind: p.kind,
      source: p.source,
      mean: result.indicators[i]?.mean ?? null,
      status: result.indicators[i]?.status ?? 'not_recorded',
    })),
    centers: ids.map((id, c) => {
      const score = result.centers[c];
      return {
        centerId: id,
        name: heads.get(id)?.name ?? '',
        elements: score?.elements ?? [],
        readings: ECOSYSTEM_PROXIES.map((p, i) => ({
          key: p.key,
          raw: readings[i]?.[c]?.value ?? null,
          normalized: score?.normalized[i] ?? null,
          n: readings[i]?.[c]?.n ?? null,
          year: readings[i]?.[c]?.year ?? null,
        })),
        presentElements: score?.presentElements ?? 0,
        additive: score?.additive ?? null,
        geometric: score?.geometric ?? null,
      };
    }),
    geometricFloor: GEOMETRIC_FLOOR,
  };
}
