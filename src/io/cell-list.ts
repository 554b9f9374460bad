/**
 * Several values in one cell (KBLI codes and titles, region codes, centre codes, services). Items are
 * separated by `;` (and by `,` in lists whose items never hold one, such as codes). An item that holds a
 * separator, starts with `"` or has spaces at either end is written between double quotes, with `""` for
 * a quote inside, as CSV does for a cell: `"Batik (kode belum terverifikasi; sumber lain: 13133)";Tenun`.
 * So every export reads back unchanged, whatever text a title holds.
 */

/** Which characters separate a cell's items: `;` only (titles), or `;` and `,` (codes). */
export type ListSeparators = ';' | ';,';

const QUOTE = '"';

/**
 * The items of a list cell, in order, each trimmed unless quoted; empty items are kept (`a;;b` has three).
 * A quote that does not close before a separator or the end is read as a plain character, so files written
 * before lists were quoted still read as they did.
 */
export function splitList(value: string, separators: ListSeparators): string[] {
  const isSeparator = (c: string | undefined) => c === ';' || (separators === ';,' && c === ',');
  const items: string[] = [];
  let i = 0;
  for (;;) {
    while (value[i] === ' ' || value[i] === '\t') i += 1;
    const quoted = value[i] === QUOTE ? readQuoted(value, i, isSeparator) : undefined;
    let end: number;
    if (quoted) {
      items.push(quoted.item);
      end = quoted.end;
    } else {
      end = i;
      while (end < value.length && !isSeparator(value[end])) end += 1;
      items.push(value.slice(i, end).trim());
    }
    if (end >= value.length) return items;
    i = end + 1;
  }
}

/** A quoted item starting at `start`, and where its separator (or the end) is; none if it is not one. */
function readQuoted(
  value: string,
  start: number,
  isSeparator: (c: string | undefined) => boolean,
): { item: string; end: number } | undefined {
  let item = '';
  let from = start + 1;
  for (;;) {
    const q = value.indexOf(QUOTE, from);
    if (q < 0) return undefined;
    if (value[q + 1] === QUOTE) {
      item += value.slice(from, q + 1);
      from = q + 2;
      continue;
    }
    item += value.slice(from, q);
    let end = q + 1;
    while (value[end] === ' ' || value[end] === '\t') end += 1;
    return end >= value.length || isSeparator(value[end]) ? { item, end } : undefined;
  }
}

/** The cell that `splitList` reads back as exactly `items`. */
export function joinList(items: readonly string[], separators: ListSeparators): string {
  return items.map((item) => (needsQuotes(item, separators) ? quote(item) : item)).join(';');
}

function needsQuotes(item: string, separators: ListSeparators): boolean {
  return (
    item.includes(';') ||
    (separators === ';,' && item.includes(',')) ||
    item.startsWith(QUOTE) ||
    item !== item.trim()
  );
}

const quote = (item: string) => `${QUOTE}${item.replaceAll(QUOTE, '""')}${QUOTE}`;
