/**
 * Edge lists (`source,target[,sign_or_weight]`, comma- or tab-separated), the format researchers most
 * often hand around; every problem is reported with its line number.
 */

import { CsvError, parse } from 'csv-parse/sync';
import type { TieInput } from '../../analysis/index.ts';
import type { ErrorDetail } from '../../shared/errors.ts';
import { tr } from '../../shared/lang.ts';
import {
  failOnProblems,
  invalidFile,
  type ParsedNetwork,
  parseNumber,
  parseSign,
  type ReaderOptions,
} from '../network-file.ts';

/** Options of `readEdgeList`: the column separator on top of the shared reader options. */
export interface EdgeListOptions extends ReaderOptions {
  delimiter: ',' | '\t';
}

interface Row {
  record: string[];
  info: { lines: number };
}

const where = (line: number) => tr({ id: 'baris {line}', en: 'line {line}' }, { line });

// Blanking comment lines instead of dropping them keeps csv-parse's line numbers equal to the file's.
const withoutComments = (text: string) =>
  text
    .split('\n')
    .map((line) => (/^\s*[%#]/.test(line) ? '' : line))
    .join('\n');

// A header is `source,target[,…]`, or a first row whose third cell is a word ("weight", "tanda");
// anything else is data, so a mistyped first sign is still reported rather than skipped.
function isHeader(cells: readonly string[]): boolean {
  const [a = '', b = '', c = ''] = cells.map((cell) => cell.toLowerCase());
  return (a === 'source' && b === 'target') || /^\p{L}/u.test(c);
}

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
function tokenize(text: string, delimiter: EdgeListOptions['delimiter']): Row[] {
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

/** Reads an edge list; nodes are listed in order of first appearance. */
export function readEdgeList(text: string, options: EdgeListOptions): ParsedNetwork {
  const rows = tokenize(withoutComments(text), options.delimiter);
  const data = rows.filter((row) => row.record.some((cell) => cell !== ''));
  const first = data[0];
  if (first && isHeader(first.record)) data.shift();

  const nodes = new Set<string>();
  const edges: TieInput[] = [];
  const problems: ErrorDetail[] = [];
  for (const { record, info } of data) {
    const path = where(info.lines);
    const problem = (message: string) => problems.push({ path, message });
    const [source = '', target = '', value] = record;
    if (record.length < 2 || record.length > 3) {
      problem(
        tr(
          { id: 'harus 2 atau 3 kolom, ada {count}', en: 'expected 2 or 3 columns, found {count}' },
          { count: record.length },
        ),
      );
      continue;
    }
    if (source === '' || target === '') {
      problem(tr({ id: 'sumber dan target tidak boleh kosong', en: 'source and target must not be empty' }));
      continue;
    }
    const tie: TieInput = { source, target };
    if (value !== undefined && value !== '') {
      if (options.signed) {
        const sign = parseSign(value);
        if (sign === undefined) {
          problem(tr({ id: "tanda '{value}' tidak dikenal", en: "unknown sign '{value}'" }, { value }));
          continue;
        }
        if (sign === 0) {
          // Neither collaboration nor conflict (plain competition): the firms count, the tie does not.
          nodes.add(source).add(target);
          continue;
        }
        tie.sign = sign;
      } else {
        const weight = parseNumber(value);
        if (weight === undefined || weight <= 0) {
          problem(
            tr(
              {
                id: "bobot '{value}' harus bilangan positif (pakai --signed untuk tanda)",
                en: "weight '{value}' must be a positive number (use --signed for signs)",
              },
              { value },
            ),
          );
          continue;
        }
        tie.weight = weight;
      }
    }
    nodes.add(source).add(target);
    edges.push(tie);
  }
  failOnProblems(problems);
  return { nodes: [...nodes], edges, directed: undefined };
}
