/**
 * Edge lists (`source,target[,sign_or_weight]`, comma- or tab-separated), the format researchers most
 * often hand around; every problem is reported with its line number.
 */

import type { TieInput } from '../../analysis/index.ts';
import type { ErrorDetail } from '../../shared/errors.ts';
import { tr } from '../../shared/lang.ts';
import {
  failOnProblems,
  type ParsedNetwork,
  parseNumber,
  parseSign,
  type ReaderOptions,
} from '../network-file.ts';
import { tokenize, where } from './csv-rows.ts';

/** Options of `readEdgeList`: the column separator on top of the shared reader options. */
export interface EdgeListOptions extends ReaderOptions {
  delimiter: ',' | '\t';
}

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
