import { type RawBuilder, sql } from 'kysely';
import { tr } from '../../shared/i18n.ts';
import type { KbliEntry } from '../../shared/kbli.ts';
import { isSingleLine } from '../../shared/text.ts';
import { splitList } from '../cell-list.ts';
import { type CellParser, CellProblem, optional, type RowContext } from '../cells.ts';
import { IO_MESSAGES as M } from '../io.messages.ts';
import type { ColumnSpec } from './kind.ts';

/** The three KBLI columns every kind with KBLI codes shares. */
export const KBLI_COLUMNS: readonly ColumnSpec[] = [
  {
    header: 'kode_kbli',
    type: 'text',
    description: 'Kode KBLI 2–5 angka, mis. 10794; beberapa kode dipisah titik koma (;).',
    list: ';,',
  },
  {
    header: 'kbli',
    type: 'text',
    description: 'Judul KBLI, urut sesuai kode_kbli dan dipisah titik koma (;); boleh kosong.',
    list: ';',
  },
  {
    header: 'versi_kbli',
    type: 'text',
    description: 'Edisi KBLI: 2020 (bawaan) atau 2025; satu untuk semua kode atau satu per kode.',
    list: ';,',
  },
];

const codes: CellParser<string[]> = (value) => {
  const items = splitList(String(value), ';,').filter((p) => p !== '');
  const bad = items.find((code) => !/^\d{2,5}$/.test(code));
  return bad ? new CellProblem(tr(M.badKbli, { value: bad })) : items;
};

const titles: CellParser<string[]> = (value) => {
  const items = splitList(String(value), ';');
  if (items.some((title) => title.length > 300)) return new CellProblem(tr(M.tooLong, { max: 300 }));
  return items.every(isSingleLine) ? items : new CellProblem(tr(M.notSingleLine));
};

const versions: CellParser<('2020' | '2025')[]> = (value) => {
  const items = splitList(String(value), ';,').filter((p) => p !== '');
  const bad = items.find((v) => v !== '2020' && v !== '2025');
  if (bad) return new CellProblem(tr(M.notAllowed, { value: bad, allowed: '2020, 2025' }));
  return items as ('2020' | '2025')[];
};

/** Zod fields for the three KBLI cells. */
export const kbliFields = {
  kode_kbli: optional(codes),
  kbli: optional(titles),
  versi_kbli: optional(versions),
};

/** The three cells read, before they are combined. */
export interface KbliCells {
  kode_kbli: string[] | null;
  kbli: string[] | null;
  versi_kbli: ('2020' | '2025')[] | null;
}

/** Combines the cells into entries, or names the column that does not line up with the codes. */
export function combineKbli(cells: KbliCells): KbliEntry[] | { column: string; message: string } {
  const list = cells.kode_kbli ?? [];
  const names = cells.kbli;
  const editions = cells.versi_kbli;
  if (names && names.length !== list.length) {
    return { column: 'kbli', message: tr(M.kbliTitles, { titles: names.length, codes: list.length }) };
  }
  if (editions && editions.length !== 1 && editions.length !== list.length) {
    return { column: 'versi_kbli', message: tr(M.kbliVersions, { codes: list.length }) };
  }
  return list.map((code, i) => {
    const title = names?.[i];
    const version = (editions?.length === 1 ? editions[0] : editions?.[i]) ?? '2020';
    return title ? { code, version, title } : { code, version };
  });
}

/** Adds the KBLI entries to `ctx` problems or returns them. */
export function readKbli(cells: KbliCells, ctx: RowContext): KbliEntry[] {
  const result = combineKbli(cells);
  if (Array.isArray(result)) return result;
  ctx.problem(result.column, result.message);
  return [];
}

/**
 * SQL for the three export columns from a jsonb KBLI array (`column`), aliased by header: text arrays, which
 * the writer joins into list cells (quoting a title that holds a `;`).
 */
export function kbliExport(column: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`
    (SELECT array_agg(k->>'code' ORDER BY n) FROM jsonb_array_elements(${column}) WITH ORDINALITY x(k, n))
      AS kode_kbli,
    (SELECT CASE WHEN bool_or(k ? 'title') THEN array_agg(coalesce(k->>'title', '') ORDER BY n) END
       FROM jsonb_array_elements(${column}) WITH ORDINALITY x(k, n)) AS kbli,
    (SELECT CASE WHEN count(DISTINCT k->>'version') = 1 THEN array[min(k->>'version')]
                 ELSE array_agg(k->>'version' ORDER BY n) END
       FROM jsonb_array_elements(${column}) WITH ORDINALITY x(k, n)) AS versi_kbli`;
}
