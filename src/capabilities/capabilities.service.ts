import { type Db, inTransaction } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { enterpriseExists } from '../enterprises/enterprises.repo.ts';
import { toIsoOrNull } from '../shared/dates.ts';
import { errors } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { todayWib } from '../shared/periods.ts';
import type { CertificationKind } from './capabilities.constants.ts';
import { CAPABILITY_MESSAGES as m } from './capabilities.messages.ts';
import {
  confirmSpareRow,
  knownProcesses,
  loadProfileRows,
  lockProfileRow,
  type ProfileRows,
  replaceProfileChildren,
  writeProfileRow,
} from './capabilities.repo.ts';
import { confirmedAfterSave, profileProblems } from './capabilities.rules.ts';
import type { CapabilityProfile, CapabilityPut } from './capabilities.schema.ts';
import { groupBy } from './capability-facts.repo.ts';
import { certificationStatus, isStale } from './capability-facts.ts';

/** The capability profile of an enterprise (an empty one at version 0 before the first save); 404 if unknown. */
export async function getCapabilityProfile(
  db: Db,
  enterpriseId: string,
  asOf: string = todayWib(),
): Promise<CapabilityProfile> {
  await assertEnterprise(db, enterpriseId);
  return profilesFrom(
    await loadProfileRows(db, [enterpriseId]),
    [enterpriseId],
    asOf,
  )[0] as CapabilityProfile;
}

/**
 * Replaces the whole profile (processes, machines, certifications and figures) if `version` is the one
 * stored (409 otherwise); every problem is a 422 naming its field, and nothing is written.
 */
export async function putCapabilityProfile(
  db: Db,
  enterpriseId: string,
  input: CapabilityPut,
): Promise<CapabilityProfile> {
  await assertEnterprise(db, enterpriseId);
  const today = todayWib();
  await inTransaction(db, async (trx) => {
    const stored = await lockProfileRow(trx, enterpriseId);
    const expected = input.version ?? (stored ? undefined : 0);
    const actual = stored?.version ?? 0;
    if (expected !== undefined && expected !== actual) {
      throw errors.versionConflict('capabilityProfile', expected, actual);
    }
    const had = new Set(
      (await loadProfileRows(trx, stored ? [enterpriseId] : [])).processes.map((p) => p.process_code),
    );
    const known = await knownProcesses(
      trx,
      input.processes.map((p) => p.processCode),
    );
    const problems = profileProblems(input, known, had);
    if (problems.length > 0) throw errors.unprocessable(problems[0]?.message ?? '', problems);
    const spare = input.spareCapacityPct ?? null;
    const before = stored && {
      spareCapacityPct: stored.spare_capacity_pct,
      spareConfirmedOn: stored.spare_confirmed_on,
    };
    await writeProfileRow(
      trx,
      enterpriseId,
      {
        monthly_capacity: input.monthlyCapacity ?? null,
        capacity_unit: input.capacityUnit ?? null,
        spare_capacity_pct: spare,
        spare_confirmed_on: confirmedAfterSave(before, spare, today),
        lead_time_days: input.leadTimeDays ?? null,
        min_order_qty: input.minOrderQty ?? null,
        accepts_toll: input.acceptsToll,
        accepts_subcontract: input.acceptsSubcontract,
        accepts_client_materials: input.acceptsClientMaterials,
        notes: input.notes ?? null,
      },
      stored !== undefined,
    );
    await replaceProfileChildren(trx, enterpriseId, {
      processes: input.processes,
      machines: input.machines.map((x) => ({
        machine_type: x.machineType,
        count: x.count,
        capacity: x.capacity ?? null,
        acquired: x.acquired,
      })),
      certifications: input.certifications.map((c) => ({
        kind: c.kind,
        number: c.number ?? null,
        valid_from: c.validFrom ?? null,
        valid_until: c.validUntil ?? null,
      })),
    });
  });
  return getCapabilityProfile(db, enterpriseId, today);
}

/** Confirms today that the spare capacity is as stored (or is `spareCapacityPct` now): the profile is fresh again. */
export async function confirmSpareCapacity(
  db: Db,
  enterpriseId: string,
  spareCapacityPct?: number,
): Promise<CapabilityProfile> {
  await assertEnterprise(db, enterpriseId);
  const today = todayWib();
  await inTransaction(db, async (trx) => {
    const stored = await lockProfileRow(trx, enterpriseId);
    if (!stored) throw errors.unprocessable(tr(m.noProfileToConfirm));
    if (stored.spare_capacity_pct === null && spareCapacityPct === undefined) {
      const message = tr(m.noSpareToConfirm);
      throw errors.unprocessable(message, [{ path: 'spareCapacityPct', message }]);
    }
    await confirmSpareRow(trx, enterpriseId, today, spareCapacityPct);
  });
  return getCapabilityProfile(db, enterpriseId, today);
}

/** The API profiles of `enterpriseIds` from their stored rows, in the same order (empty ones where none). */
export function profilesFrom(
  rows: ProfileRows,
  enterpriseIds: readonly string[],
  asOf: string,
): CapabilityProfile[] {
  const profiles = new Map(rows.profiles.map((p) => [p.enterprise_id, p]));
  const processes = groupBy(rows.processes);
  const machines = groupBy(rows.machines);
  const certifications = groupBy(rows.certifications);
  return enterpriseIds.map((id) => {
    const p = profiles.get(id);
    const spareConfirmedOn = p?.spare_confirmed_on ?? null;
    return {
      enterpriseId: id,
      processes: (processes.get(id) ?? []).map((r) => ({
        processCode: r.process_code,
        sectorCode: r.sector_code,
        labelId: r.label_id,
        labelEn: r.label_en,
        level: r.level,
        archived: r.archived,
      })),
      machines: (machines.get(id) ?? []).map((r) => ({
        machineType: r.machine_type,
        count: r.count,
        capacity: r.capacity,
        acquired: r.acquired,
      })),
      certifications: (certifications.get(id) ?? []).map((c) => {
        const status = certificationStatus({ validFrom: c.valid_from, validUntil: c.valid_until }, asOf);
        return {
          kind: c.kind as CertificationKind,
          number: c.number,
          validFrom: c.valid_from,
          validUntil: c.valid_until,
          validToday: status === 'valid',
          status,
        };
      }),
      monthlyCapacity: p?.monthly_capacity ?? null,
      capacityUnit: p?.capacity_unit ?? null,
      spareCapacityPct: p?.spare_capacity_pct ?? null,
      spareConfirmedOn,
      stale: p !== undefined && isStale(spareConfirmedOn, asOf),
      leadTimeDays: p?.lead_time_days ?? null,
      minOrderQty: p?.min_order_qty ?? null,
      acceptsToll: p?.accepts_toll ?? false,
      acceptsSubcontract: p?.accepts_subcontract ?? false,
      acceptsClientMaterials: p?.accepts_client_materials ?? false,
      notes: p?.notes ?? null,
      version: p?.version ?? 0,
      updatedAt: p ? toIsoOrNull(p.updated_at) : null,
    };
  });
}

async function assertEnterprise(db: Db, id: string): Promise<void> {
  if (!isUuid(id) || !(await enterpriseExists(db, id))) throw errors.notFound('enterprise', id);
}
