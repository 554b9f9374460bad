/**
 * Values in PostgreSQL's COPY text format (`COPY … FROM STDIN`, the default format): columns separated
 * by a tab, rows ended by a newline, `\N` for NULL, and backslash, tab, newline and carriage return
 * written as `\\`, `\t`, `\n`, `\r` — every other character, quotes and `;` included, travels as is.
 */

/** What a staging column holds, as far as its COPY text is concerned. */
export type CopyKind = 'scalar' | 'jsonb' | 'text[]';

const NULL = '\\N';
const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Escapes one text value for the COPY text format. */
export function copyEscape(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ESCAPES[c] ?? c) : text;
}

/** A value as one COPY text field: NULL for null/undefined, JSON for jsonb, an array literal for text[]. */
export function copyField(value: unknown, kind: CopyKind): string {
  if (value === null || value === undefined) return NULL;
  if (kind === 'jsonb') return copyEscape(JSON.stringify(value));
  if (kind === 'text[]') {
    // As the array path always did: a plain string is a `;` list.
    const items = Array.isArray(value) ? value : value === '' ? [] : String(value).split(';');
    return copyEscape(`{${items.map(arrayItem).join(',')}}`);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
    return String(value);
  }
  return copyEscape(String(value));
}

/** One element of an array literal, always quoted so commas, braces, spaces and `NULL` stay text. */
function arrayItem(item: unknown): string {
  if (item === null || item === undefined) return 'NULL';
  return `"${String(item).replace(/[\\"]/g, '\\$&')}"`;
}
