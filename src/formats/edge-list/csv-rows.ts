/**
 * The rows of a comma- or tab-separated edge list with their line numbers, shared by the plain and the
 * dated readers; a file csv-parse cannot read becomes one validation error in the reader's language.
 */

import { CsvError, parse } from 'csv-parse/sync';
import { tr } from '../../shared/lang.ts';
import { invalidFile } from '../network-file.ts';

/** One record of an edge list with the file line it starts on. */
export interface Row {
  record: string[];
  info: { lines: number };
}

/** "line 12" in the reader's language: where a problem of an edge list is. */
export const where = (line: number) => tr({ id: 'baris {line}', en: 'line {line}' }, { line });

/** What csv-parse could not read, said for a person: its own message is English and names its codes. */
const QUOTE_PROBLEMS: Record<string, { id: string; en: string }> = {
  QUOTE_NOT_CLOSED: {
    id: 'tanda kutip (") dibuka tetapi tidak pernah ditutup',
    en: 'a quote (") is opened and never closed',
  },
  INVALID_CLOSING_QUOTE: {
    id: 'ada isi sesudah kutip penutup; apit selnya dengan kutip dan tulis "" untuk satu kutip',
    en: 'text after a closing quote; quote the cell and write "" for one quote',
  },
  INVALID_OPENING_QUOTE: {
    id: 'tanda kutip (") di tengah isi sel tanpa kutip; apit selnya dengan kutip dan tulis "" untuk satu kutip',
    en: 'a quote (") inside an unquoted cell; quote the cell and write "" for one quote',
  },
};

/** The rows with their line numbers; a file csv-parse cannot read becomes a validation error. */
export function tokenize(text: string, delimiter: ',' | '\t'): Row[] {
  try {
    // csv-parse's typings do not model `info: true`, which wraps each record with its line number.
    return parse(text, {
      delimiter,
      bom: true,
      info: true,
      trim: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as Row[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    // csv-parse names some codes with a CSV_ prefix and some without.
    const known = QUOTE_PROBLEMS[error.code.replace(/^CSV_/, '')];
    const message = known
      ? tr(known)
      : tr({ id: 'baris ini tidak dapat dibaca sebagai CSV', en: 'this line cannot be read as CSV' });
    invalidFile([{ path: where(line), message }]);
  }
}
