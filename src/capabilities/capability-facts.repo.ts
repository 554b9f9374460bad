import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { memberOn, todayWib } from '../shared/periods.ts';
import type { CertificationKind } from './capabilities.constants.ts';
import { loadProfileRows, type ProfileRows } from './capabilities.repo.ts';
import { type CapabilityFacts, type CapabilityFactsInput, capabilityFacts } from './capability-facts.ts';

/** Whose facts to load: these enterprises, or the current members of these centres. */
export type FactsTarget = readonly string[] | { centerIds: readonly string[] };

/**
 * The capability facts (capability-facts.ts) of the enterprises of `target` that have a profile, keyed by
 * enterprise id, as of `asOf` (today in WIB by default): which certifications are valid and whether the
 * spare capacity is stale are decided on that day. Enterprises without a profile are absent from the map.
 * Four set-based queries whatever the number of enterprises (plus one for a centre's members).
 */
export async function loadCapabilityFacts(
  db: Db,
  target: FactsTarget,
  asOf: string = todayWib(),
): Promise<Map<string, CapabilityFacts>> {
  const ids = Array.isArray(target)
    ? target
    : await memberIds(db, (target as { centerIds: readonly string[] }).centerIds, asOf);
  const rows = await loadProfileRows(db, ids);
  return new Map(factsInputs(rows).map((input) => [input.enterpriseId, capabilityFacts(input, asOf)]));
}

/** The enterprises that are members of any of `centerIds` on `asOf`. */
async function memberIds(db: Db, centerIds: readonly string[], asOf: string): Promise<string[]> {
  if (centerIds.length === 0) return [];
  const result = await sql<{ enterprise_id: string }>`
    SELECT DISTINCT m.enterprise_id FROM center_memberships m
    WHERE m.center_id = ANY(${[...centerIds]}::uuid[]) AND ${memberOn(asOf, 'm')}`.execute(db);
  return result.rows.map((r) => r.enterprise_id);
}

/** The stored rows of each profile, grouped into the pure builder's input. */
export function factsInputs(rows: ProfileRows): CapabilityFactsInput[] {
  const processes = groupBy(rows.processes);
  const certifications = groupBy(rows.certifications);
  return rows.profiles.map((p) => ({
    enterpriseId: p.enterprise_id,
    processes: (processes.get(p.enterprise_id) ?? []).map((r) => ({
      processCode: r.process_code,
      level: r.level,
    })),
    certifications: (certifications.get(p.enterprise_id) ?? []).map((c) => ({
      kind: c.kind as CertificationKind,
      validFrom: c.valid_from,
      validUntil: c.valid_until,
    })),
    monthlyCapacity: p.monthly_capacity,
    capacityUnit: p.capacity_unit,
    spareCapacityPct: p.spare_capacity_pct,
    spareConfirmedOn: p.spare_confirmed_on,
    leadTimeDays: p.lead_time_days,
    minOrderQty: p.min_order_qty,
    acceptsToll: p.accepts_toll,
    acceptsSubcontract: p.accepts_subcontract,
    acceptsClientMaterials: p.accepts_client_materials,
  }));
}

/** Rows grouped by their enterprise, order kept. */
export function groupBy<R extends { enterprise_id: string }>(rows: readonly R[]): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const list = groups.get(row.enterprise_id);
    if (list) list.push(row);
    else groups.set(row.enterprise_id, [row]);
  }
  return groups;
}
