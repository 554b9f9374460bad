import type { Db } from '../../db/database.ts';
import { scaleName } from './scales.constants.ts';
import {
  type InstrumentRow,
  type ItemRow,
  listInstrumentRows,
  listItemRows,
  responseCounts,
} from './scales.repo.ts';
import type { Instrument } from './scales.schema.ts';

/** Rows of a project's instruments turned into their API shape (every version; the current flagged). */

/** An instrument version with its items, as the services use it. */
export interface LoadedInstrument {
  row: InstrumentRow;
  items: ItemRow[];
  current: boolean;
}

/** Every instrument version of the project with its items; the highest version of each scale is current. */
export async function loadInstruments(db: Db, projectId: string): Promise<LoadedInstrument[]> {
  const rows = await listInstrumentRows(db, projectId);
  const items = await listItemRows(
    db,
    rows.map((r) => r.id),
  );
  const latest = new Map<string, number>();
  for (const row of rows) latest.set(row.scale, Math.max(latest.get(row.scale) ?? 0, row.number));
  return rows.map((row) => ({
    row,
    items: items.filter((i) => i.instrument_id === row.id),
    current: latest.get(row.scale) === row.number,
  }));
}

/** The API shape of a loaded instrument. */
export function toInstrument(loaded: LoadedInstrument, responses: number): Instrument {
  const { row } = loaded;
  return {
    id: row.id,
    scale: row.scale,
    name: scaleName(row.scale, row.name),
    version: row.number,
    current: loaded.current,
    createdAt: row.created_at.toISOString(),
    items: loaded.items.map((i) => ({
      id: i.id,
      key: i.key,
      position: i.position,
      text: { id: i.text_id, en: i.text_en },
      reverse: i.reverse,
    })),
    responses,
  };
}

/** Every instrument version of the project in its API shape, with its response counts. */
export async function listInstruments(db: Db, projectId: string): Promise<Instrument[]> {
  const [loaded, counts] = await Promise.all([loadInstruments(db, projectId), responseCounts(db, projectId)]);
  return loaded.map((l) => toInstrument(l, counts.get(l.row.id) ?? 0));
}
