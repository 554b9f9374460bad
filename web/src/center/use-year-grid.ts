import { useState } from 'react';
import type { EnterpriseYear, EnterpriseYearPut } from '../../../src/enterprises/year-data.schema.ts';
import { ApiError, api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { type Lang, useI18n } from '../i18n/i18n.tsx';
import { type FigureKey, GRID_COLUMNS, gm } from './grid-messages.ts';
import { formatEntry, parseNumber } from './number-entry.ts';

/** Firms per grid page: enough for one sitting, few enough to load their years at once. */
export const GRID_PAGE = 25;

/** One member firm and its Dinas row for the chosen year (null when none is stored yet). */
export interface GridRow {
  id: string;
  name: string;
  stored: EnterpriseYear | null;
}

/** `firmId:figure`, the key of one cell's edit or error. */
export const cellKey = (firmId: string, key: FigureKey) => `${firmId}:${key}`;

/** A cell's stored value as text in the grid. */
export function storedText(lang: Lang, row: GridRow, key: FigureKey): string {
  const value = row.stored?.[key] ?? null;
  return typeof value === 'number' ? formatEntry(lang, value) : (value ?? '');
}

/** The figure a typed text stands for; `undefined` when it is not a number. */
function typedValue(lang: Lang, key: FigureKey, text: string): number | string | null | undefined {
  if (GRID_COLUMNS.find((c) => c.key === key)?.text) return text.trim() || null;
  const parsed = parseNumber(lang, text);
  return parsed.kind === 'number' ? parsed.value : parsed.kind === 'empty' ? null : undefined;
}

/**
 * The grid's data and edits: loads a page of member firms with their rows for `year`, keeps typed texts
 * per cell, and saves each changed row with its own PUT so one refused row never holds back the others.
 */
export function useYearGrid(centerId: string, year: number, offset: number) {
  const { lang, t } = useI18n();
  const [edits, setEdits] = useState<Map<string, string>>(new Map());
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [saved, setSaved] = useState<Map<string, EnterpriseYear>>(new Map());
  const loaded = useApi(
    async (signal) => {
      const page = await api.get('/enterprises', {
        query: { center: centerId, limit: GRID_PAGE, offset, sort: 'name' },
        signal,
      });
      const rows = await Promise.all(
        page.items.map(async (firm): Promise<GridRow> => {
          const years = await api.get('/enterprises/:id/years', { params: { id: firm.id }, signal });
          const stored = years.find((y) => y.year === year && y.source === 'dinas_census') ?? null;
          return { id: firm.id, name: firm.name, stored };
        }),
      );
      setSaved(new Map());
      return { rows, total: page.total };
    },
    [centerId, year, offset],
  );
  const rows = (loaded.data?.rows ?? []).map((r) => ({ ...r, stored: saved.get(r.id) ?? r.stored }));

  /** The cell is changed from what is stored. */
  const isDirty = (row: GridRow, key: FigureKey) => {
    const text = edits.get(cellKey(row.id, key));
    return text !== undefined && typedValue(lang, key, text) !== (row.stored?.[key] ?? null);
  };
  const dirtyRows = rows.filter((row) => GRID_COLUMNS.some((c) => isDirty(row, c.key)));

  /** Sets typed texts; a text that is not a number is flagged at once, the server judges the rest. */
  const setCells = (changes: [string, FigureKey, string][]) => {
    setEdits((old) => {
      const next = new Map(old);
      for (const [firmId, key, text] of changes) next.set(cellKey(firmId, key), text);
      return next;
    });
    setErrors((old) => {
      const next = new Map(old);
      for (const [firmId, key, text] of changes) {
        if (typedValue(lang, key, text) === undefined) next.set(cellKey(firmId, key), t(gm.notNumber));
        else next.delete(cellKey(firmId, key));
      }
      return next;
    });
  };

  /** The PUT body of a row: the stored row with the typed figures over it (a PUT replaces the row). */
  const bodyOf = (row: GridRow): EnterpriseYearPut => {
    const body: EnterpriseYearPut = {
      source: 'dinas_census',
      vintage: row.stored?.vintage ?? String(year),
      definition: row.stored?.definition ?? null,
      sourceRef: row.stored?.sourceRef ?? null,
    };
    for (const { key } of GRID_COLUMNS) {
      const text = edits.get(cellKey(row.id, key));
      const value = text === undefined ? (row.stored?.[key] ?? null) : typedValue(lang, key, text);
      Object.assign(body, { [key]: value });
    }
    return body;
  };

  /** Saves every changed row; returns how many were saved and how many refused. */
  const saveAll = async (): Promise<{ ok: number; failed: number }> => {
    // A row with text that is not a number cannot be sent; it stays marked until corrected.
    const unreadable = (row: GridRow) =>
      GRID_COLUMNS.some((c) => {
        const text = edits.get(cellKey(row.id, c.key));
        return text !== undefined && typedValue(lang, c.key, text) === undefined;
      });
    const targets = dirtyRows.filter((row) => !unreadable(row));
    let ok = 0;
    const results = await Promise.all(
      targets.map(async (row) => {
        try {
          const stored = await api.send('PUT', '/enterprises/:id/years/:year', {
            params: { id: row.id, year },
            body: bodyOf(row),
          });
          ok += 1;
          return { row, stored, error: null };
        } catch (error) {
          return { row, stored: null, error };
        }
      }),
    );
    setSaved((old) => {
      const next = new Map(old);
      for (const r of results) if (r.stored) next.set(r.row.id, r.stored);
      return next;
    });
    const done = new Set(results.filter((r) => r.stored).map((r) => r.row.id));
    setEdits((old) => new Map([...old].filter(([k]) => !done.has(k.split(':')[0]!))));
    setErrors((old) => {
      const next = new Map([...old].filter(([k]) => !done.has(k.split(':')[0]!)));
      for (const { row, error } of results) {
        if (!error) continue;
        const message = error instanceof Error ? error.message : String(error);
        // The server names the refused figure; a refusal without one is shown on the row's first change.
        const columns = GRID_COLUMNS.filter((c) => isDirty(row, c.key));
        let placed = false;
        for (const c of GRID_COLUMNS) {
          const own = error instanceof ApiError ? error.field(c.key) : undefined;
          if (own) {
            next.set(cellKey(row.id, c.key), own);
            placed = true;
          }
        }
        if (!placed && columns[0]) next.set(cellKey(row.id, columns[0].key), message);
      }
      return next;
    });
    return { ok, failed: results.length - ok + (dirtyRows.length - targets.length) };
  };

  const discard = () => {
    setEdits(new Map());
    setErrors(new Map());
  };
  return { loaded, rows, edits, errors, isDirty, dirtyRows, setCells, saveAll, discard };
}
