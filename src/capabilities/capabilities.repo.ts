import type { Insertable, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { CapabilityProfilesTable } from './capabilities.table.ts';

/** A `capability_profiles` row as stored. */
export type ProfileRow = Selectable<CapabilityProfilesTable>;
/** The profile columns a PUT writes. */
export type ProfileValues = Omit<
  Insertable<CapabilityProfilesTable>,
  'enterprise_id' | 'version' | 'created_at' | 'updated_at'
>;

/** A process of a profile with its taxonomy names. */
export interface ProfileProcessRow {
  enterprise_id: string;
  process_code: string;
  level: number;
  sector_code: string;
  label_id: string;
  label_en: string;
  archived: boolean;
}
/** A machine row of a profile. */
export interface ProfileMachineRow {
  enterprise_id: string;
  machine_type: string;
  count: number;
  capacity: string | null;
  acquired: 'own' | 'grant' | 'shared_facility';
}
/** A certification row of a profile. */
export interface ProfileCertificationRow {
  enterprise_id: string;
  kind: string;
  number: string | null;
  valid_from: string | null;
  valid_until: string | null;
}

/** Everything stored about a set of profiles, in set-based queries (one per table). */
export interface ProfileRows {
  profiles: ProfileRow[];
  processes: ProfileProcessRow[];
  machines: ProfileMachineRow[];
  certifications: ProfileCertificationRow[];
}

/** The stored profiles of `enterpriseIds` with their processes, machines and certifications. */
export async function loadProfileRows(db: Db, enterpriseIds: readonly string[]): Promise<ProfileRows> {
  if (enterpriseIds.length === 0) return { profiles: [], processes: [], machines: [], certifications: [] };
  const ids = [...enterpriseIds];
  const [profiles, processes, machines, certifications] = await Promise.all([
    db.selectFrom('capability_profiles').selectAll().where('enterprise_id', 'in', ids).execute(),
    db
      .selectFrom('capability_processes as c')
      .innerJoin('processes as p', 'p.code', 'c.process_code')
      .select([
        'c.enterprise_id',
        'c.process_code',
        'c.level',
        'p.sector_code',
        'p.label_id',
        'p.label_en',
        sql<boolean>`p.archived_at IS NOT NULL`.as('archived'),
      ])
      .where('c.enterprise_id', 'in', ids)
      .orderBy('p.sector_code')
      .orderBy('p.sort_order')
      .execute(),
    db
      .selectFrom('capability_machines')
      .select(['enterprise_id', 'machine_type', 'count', 'capacity', 'acquired'])
      .where('enterprise_id', 'in', ids)
      .orderBy('machine_type')
      .execute(),
    db
      .selectFrom('capability_certifications')
      .select(['enterprise_id', 'kind', 'number', 'valid_from', 'valid_until'])
      .where('enterprise_id', 'in', ids)
      .orderBy('kind')
      .orderBy('valid_until', (ob) => ob.desc().nullsFirst())
      .execute(),
  ]);
  return { profiles, processes, machines, certifications };
}

/** Locks a profile row for the transaction; undefined when the enterprise has none yet. */
export async function lockProfileRow(db: Db, enterpriseId: string): Promise<ProfileRow | undefined> {
  return db
    .selectFrom('capability_profiles')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .forUpdate()
    .executeTakeFirst();
}

/** Inserts a profile or writes its columns with the next version. */
export async function writeProfileRow(
  db: Db,
  enterpriseId: string,
  values: ProfileValues,
  exists: boolean,
): Promise<void> {
  if (exists) {
    await db
      .updateTable('capability_profiles')
      .set({ ...values, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
      .where('enterprise_id', '=', enterpriseId)
      .execute();
  } else {
    await db
      .insertInto('capability_profiles')
      .values({ enterprise_id: enterpriseId, ...values })
      .execute();
  }
}

/** Replaces a profile's processes, machines and certifications with the given ones. */
export async function replaceProfileChildren(
  db: Db,
  enterpriseId: string,
  children: {
    processes: readonly { processCode: string; level: number }[];
    machines: readonly Omit<ProfileMachineRow, 'enterprise_id'>[];
    certifications: readonly Omit<ProfileCertificationRow, 'enterprise_id'>[];
  },
): Promise<void> {
  for (const table of ['capability_processes', 'capability_machines', 'capability_certifications'] as const) {
    await db.deleteFrom(table).where('enterprise_id', '=', enterpriseId).execute();
  }
  const { processes, machines, certifications } = children;
  if (processes.length > 0) {
    await db
      .insertInto('capability_processes')
      .values(
        processes.map((p) => ({ enterprise_id: enterpriseId, process_code: p.processCode, level: p.level })),
      )
      .execute();
  }
  if (machines.length > 0) {
    await db
      .insertInto('capability_machines')
      .values(machines.map((m) => ({ enterprise_id: enterpriseId, ...m })))
      .execute();
  }
  if (certifications.length > 0) {
    await db
      .insertInto('capability_certifications')
      .values(certifications.map((c) => ({ enterprise_id: enterpriseId, ...c })))
      .execute();
  }
}

/** Marks the spare capacity confirmed on `day` (optionally with a new share), with the next version. */
export async function confirmSpareRow(
  db: Db,
  enterpriseId: string,
  day: string,
  spareCapacityPct: number | undefined,
): Promise<void> {
  await db
    .updateTable('capability_profiles')
    .set({
      spare_confirmed_on: day,
      ...(spareCapacityPct === undefined ? {} : { spare_capacity_pct: spareCapacityPct }),
      version: sql<number>`version + 1`,
      updated_at: sql<Date>`now()`,
    })
    .where('enterprise_id', '=', enterpriseId)
    .execute();
}

/** The codes of `codes` the taxonomy knows, with their sector and whether they are archived. */
export async function knownProcesses(
  db: Db,
  codes: readonly string[],
): Promise<Map<string, { sectorCode: string; archived: boolean }>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('processes')
    .select(['code', 'sector_code', sql<boolean>`archived_at IS NOT NULL`.as('archived')])
    .where('code', 'in', [...codes])
    .execute();
  return new Map(rows.map((r) => [r.code, { sectorCode: r.sector_code, archived: r.archived }]));
}
