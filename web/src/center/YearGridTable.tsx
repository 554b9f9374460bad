import { type ClipboardEvent, type KeyboardEvent, useRef } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { TableWrap } from '../network/TableWrap.tsx';
import { type FigureKey, GRID_COLUMNS, gm } from './grid-messages.ts';
import { formatEntry, parseNumber } from './number-entry.ts';
import { cellKey, type GridRow, storedText } from './use-year-grid.ts';

interface Props {
  rows: GridRow[];
  edits: Map<string, string>;
  errors: Map<string, string>;
  isDirty(row: GridRow, key: FigureKey): boolean;
  setCells(changes: [string, FigureKey, string][]): void;
}

/** Moves for keys that leave a cell: Enter goes down like a spreadsheet, arrows as drawn. */
const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  Enter: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * The editable table: one input per figure, moved through with arrows, Enter and Tab; a block pasted from
 * a spreadsheet (tab-separated lines) fills the cells from the focused one rightwards and downwards.
 */
export function YearGridTable({ rows, edits, errors, isDirty, setCells }: Props) {
  const { t, lang } = useI18n();
  const table = useRef<HTMLTableElement>(null);
  const focusCell = (r: number, c: number) => {
    const target = table.current?.querySelector<HTMLInputElement>(`input[data-r="${r}"][data-c="${c}"]`);
    target?.focus();
    target?.select();
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>, r: number, c: number) => {
    const move = MOVES[event.key];
    if (!move || event.shiftKey || event.altKey) return;
    const input = event.currentTarget;
    // Left and right move the caret inside a typed text first, leaving the cell only at its edges.
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    const whole = input.selectionStart === 0 && input.selectionEnd === input.value.length;
    if (event.key === 'ArrowLeft' && !atStart && !whole) return;
    if (event.key === 'ArrowRight' && !atEnd && !whole) return;
    event.preventDefault();
    const nr = Math.min(rows.length - 1, Math.max(0, r + move[0]));
    const nc = Math.min(GRID_COLUMNS.length - 1, Math.max(0, c + move[1]));
    focusCell(nr, nc);
  };
  const onPaste = (event: ClipboardEvent<HTMLInputElement>, r: number, c: number) => {
    const text = event.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text.trimEnd())) return; // one value: the input pastes it itself
    event.preventDefault();
    const changes: [string, FigureKey, string][] = [];
    text
      .replace(/\r/g, '')
      .replace(/\n$/, '')
      .split('\n')
      .forEach((line, i) => {
        const row = rows[r + i];
        line.split('\t').forEach((value, j) => {
          const column = GRID_COLUMNS[c + j];
          if (row && column) changes.push([row.id, column.key, value.trim()]);
        });
      });
    setCells(changes);
  };
  const onBlur = (row: GridRow, key: FigureKey, text: string | undefined, numeric: boolean) => {
    if (text === undefined || !numeric) return;
    const parsed = parseNumber(lang, text);
    // Shown grouped once typed, as the stored figures are.
    const shown = parsed.kind === 'number' ? formatEntry(lang, parsed.value) : text;
    if (shown !== text) setCells([[row.id, key, shown]]);
  };
  return (
    <TableWrap label={t(gm.colFirm)}>
      <table className="year-grid" ref={table} data-testid="year-grid">
        <thead>
          <tr>
            <th scope="col">{t(gm.colFirm)}</th>
            {GRID_COLUMNS.map((c) => (
              <th scope="col" key={c.key} className={c.text ? undefined : 'num'}>
                {t(c.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.id} data-firm={row.id}>
              <th scope="row">{row.name}</th>
              {GRID_COLUMNS.map((col, c) => {
                const key = cellKey(row.id, col.key);
                const text = edits.get(key);
                const error = errors.get(key);
                const errorId = `err-${key.replace(':', '-')}`;
                return (
                  <td key={col.key} className={isDirty(row, col.key) ? 'dirty' : undefined}>
                    <input
                      data-r={r}
                      data-c={c}
                      data-key={col.key}
                      inputMode={col.text ? 'text' : 'decimal'}
                      className={col.text ? undefined : 'num'}
                      aria-label={t(gm.cell, { firm: row.name, column: t(col.label) })}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? errorId : undefined}
                      value={text ?? storedText(lang, row, col.key)}
                      onChange={(e) => setCells([[row.id, col.key, e.target.value]])}
                      onKeyDown={(e) => onKey(e, r, c)}
                      onPaste={(e) => onPaste(e, r, c)}
                      onBlur={() => onBlur(row, col.key, text, !col.text)}
                    />
                    {error && (
                      <span className="cell-error" id={errorId} role="alert">
                        {error}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
