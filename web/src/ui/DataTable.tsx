import './ui.css';
import { type ReactNode, useId, useMemo, useState } from 'react';
import { saveBlob } from '../api/client.ts';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { toCsv } from './csv.ts';
import { m } from './messages.ts';

/** One column: its header, the raw value (sorting, search, CSV) and optionally how a cell is shown. */
export interface Column<T> {
  key: string;
  header: string;
  value(row: T): string | number | null;
  /** The cell's content; defaults to the value (numbers in the UI language's format). */
  render?(row: T): ReactNode;
  numeric?: boolean;
  /** Shown after the header's sort button, e.g. the measure's glossary button. */
  headerExtra?: ReactNode;
}

export interface DataTableProps<T> {
  /** Accessible name of the table (its caption). */
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey(row: T): string;
  /** Shows a search box filtering rows on any column. */
  searchable?: boolean;
  /** Shows "Download CSV" saving the filtered, sorted rows under this file name. */
  csvName?: string;
  /** Initial sort. */
  initialSort?: { key: string; direction: 'asc' | 'desc' };
  /** Hides the caption visually (it stays for screen readers). */
  hideCaption?: boolean;
}

type Sort = { key: string; direction: 'asc' | 'desc' } | null;

function compare(a: string | number | null, b: string | number | null): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'id', { numeric: true });
}

/**
 * A table with sortable columns (click a header; `aria-sort` tells screen readers), an optional search box
 * and CSV export of what is shown. Nulls sort last either way.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { caption, columns, rows, rowKey, searchable, csvName, initialSort, hideCaption } = props;
  const { lang, t } = useI18n();
  const [sort, setSort] = useState<Sort>(initialSort ?? null);
  const [search, setSearch] = useState('');
  const searchId = useId();
  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const filtered = needle
      ? rows.filter((row) =>
          columns.some((c) =>
            String(c.value(row) ?? '')
              .toLowerCase()
              .includes(needle),
          ),
        )
      : rows;
    const column = sort && columns.find((c) => c.key === sort.key);
    if (!column || !sort) return filtered;
    const sign = sort.direction === 'asc' ? 1 : -1;
    return [...filtered].sort((a, b) => {
      const va = column.value(a);
      const vb = column.value(b);
      if (va === null || vb === null) return compare(va, vb);
      return sign * compare(va, vb);
    });
  }, [rows, columns, sort, search]);

  const toggle = (key: string) =>
    setSort((s) =>
      s?.key === key ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' },
    );
  const exportCsv = () => {
    const csv = toCsv(
      columns.map((c) => c.header),
      shown.map((row) => columns.map((c) => c.value(row))),
    );
    saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), csvName ?? 'simpul.csv');
  };

  return (
    <div className="data-table">
      {(searchable || csvName) && (
        <div className="data-table-tools">
          {searchable && (
            <>
              <label htmlFor={searchId} className="sr-only">
                {t(m.searchIn, { name: caption })}
              </label>
              <input
                id={searchId}
                type="search"
                placeholder={t(m.search)}
                value={search}
                onChange={(e) => setSearch(e.target.value)}
              />
            </>
          )}
          <span className="muted small" aria-live="polite">
            {t(m.rowsShown, {
              shown: formatNumber(lang, shown.length),
              total: formatNumber(lang, rows.length),
            })}
          </span>
          {csvName && (
            <button type="button" onClick={exportCsv}>
              {t(m.downloadCsv)}
            </button>
          )}
        </div>
      )}
      <div className="table-wrap">
        <table>
          <caption className={hideCaption ? 'sr-only' : undefined}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const active = sort?.key === c.key;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    className={c.numeric ? 'num' : undefined}
                    aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    <button
                      type="button"
                      className="sort"
                      onClick={() => toggle(c.key)}
                      title={t(m.sortBy, { name: c.header })}
                    >
                      {c.header}
                      <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                    {c.headerExtra}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="muted">
                  {t(m.noRows)}
                </td>
              </tr>
            )}
            {shown.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) => {
                  const raw = c.value(row);
                  const content = c.render
                    ? c.render(row)
                    : typeof raw === 'number'
                      ? formatNumber(lang, raw, 2)
                      : (raw ?? '–');
                  return (
                    <td key={c.key} className={c.numeric ? 'num' : undefined}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
