// The `mesin` column of the capability profile import: machines of one type per item, how a cell is read,
// how a staged row is compared with the stored machines, how they are written and exported.
import { type RawBuilder, sql } from 'kysely';
import type { MachineAcquisition } from '../../capabilities/capabilities.constants.ts';
import type { Db } from '../../db/database.ts';
import { tr } from '../../shared/i18n.ts';
import { type CellParser, CellProblem, choice, text } from '../cells.ts';
import { CAPABILITY_IMPORT_MESSAGES as M } from './capabilities.messages.ts';
import type { ColumnSpec } from './kind.ts';

/** How files write the way a machine was acquired (the stored codes are accepted too). */
export const MACHINE_WORDS: Readonly<Record<MachineAcquisition, string>> = {
  own: 'milik sendiri',
  grant: 'hibah',
  shared_facility: 'fasilitas bersama',
};

const acquiredAs = choice(MACHINE_WORDS);
const machineText = text(120);
const VALID = Object.values(MACHINE_WORDS).join(', ');

/** The `mesin` column: `jenis:jumlah:asal[:kapasitas]` items separated by `;`. */
export const MACHINE_COLUMN: ColumnSpec = {
  header: 'mesin',
  type: 'text',
  list: ';',
  description: `Mesin dan peralatan, jenis:jumlah:asal atau jenis:jumlah:asal:kapasitas dipisah titik koma, mis. mesin jahit:4:milik sendiri:300 pasang/hari; mesin press sol:1:hibah. Asal: ${VALID}. Bila kolom ini ada, daftar mesin IKM diganti isinya (sel kosong: tanpa mesin).`,
};

/** Machines of one type as staged. */
export interface StagedMachine {
  type: string;
  count: number;
  acquired: MachineAcquisition;
  capacity: string | null;
}

/** One item: the type, a whole count ≥ 1, how it was acquired, and (after a third colon) its capacity. */
export const machineItem: CellParser<StagedMachine> = (value) => {
  const item = String(value);
  const [type = '', count = '', acquired = '', ...rest] = item.split(':').map((s) => s.trim());
  if (type === '' || acquired === '') return new CellProblem(tr(M.machineItem, { value: item }));
  const words = [type, rest.join(':')].map(machineText).find((r) => r instanceof CellProblem);
  if (words) return words;
  const n = Number(count);
  if (!/^\d+$/.test(count) || n < 1 || n > 100_000)
    return new CellProblem(tr(M.machineCount, { value: item, count }));
  const how = acquiredAs(acquired);
  if (how === null || how instanceof CellProblem)
    return new CellProblem(tr(M.machineAcquired, { value: item, acquired, valid: VALID }));
  const capacity = rest.join(':').trim();
  return { type, count: n, acquired: how, capacity: capacity === '' ? null : capacity };
};

/** The staged row's machines differ from the stored ones (order of items aside). */
export function machinesDiffer(): RawBuilder<boolean> {
  const staged = sql`(SELECT string_agg(x, ';' ORDER BY x COLLATE "C") FROM (
      SELECT m.type || ':' || m.count || ':' || m.acquired || ':' || coalesce(m.capacity, '') AS x
        FROM jsonb_to_recordset(s.machines) AS m(type text, count int, acquired text, capacity text)) t)`;
  const stored = sql`(SELECT string_agg(x, ';' ORDER BY x COLLATE "C") FROM (
      SELECT c.machine_type || ':' || c.count || ':' || c.acquired || ':' || coalesce(c.capacity, '') AS x
        FROM capability_machines c WHERE c.enterprise_id = s.enterprise_id) t)`;
  return sql<boolean>`${staged} IS DISTINCT FROM ${stored}`;
}

/** Replaces the machines of the rows that change them (and gives new profiles theirs). */
export async function writeMachines(db: Db): Promise<void> {
  await sql`DELETE FROM capability_machines
             WHERE enterprise_id IN (SELECT enterprise_id FROM io_stage WHERE machines_changed)`.execute(db);
  await sql`
    INSERT INTO capability_machines (enterprise_id, machine_type, count, capacity, acquired)
    SELECT s.enterprise_id, m.type, m.count, m.capacity, m.acquired
      FROM io_stage s, jsonb_to_recordset(s.machines) AS m(type text, count int, acquired text, capacity text)
     WHERE s.is_new OR s.machines_changed`.execute(db);
}

/** The machines of profile `p` as the column's items (an array: export quotes an item holding a `;`). */
export function machinesExport(): RawBuilder<string[] | null> {
  const word = sql.join(
    Object.entries(MACHINE_WORDS).map(([code, w]) => sql`WHEN ${code} THEN ${w}`),
    sql` `,
  );
  return sql`(SELECT array_agg(c.machine_type || ':' || c.count || ':' || (CASE c.acquired ${word} END)
                 || coalesce(':' || c.capacity, '') ORDER BY c.machine_type, c.id)
                FROM capability_machines c WHERE c.enterprise_id = p.enterprise_id)`;
}
