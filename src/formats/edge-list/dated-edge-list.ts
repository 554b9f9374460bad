/**
 * Edge lists whose header names a tie type and dates (`source,target,type,start,end[,sign]`), as
 * Simpul's own CSV export writes them (`Source, Target, …, type, sign, startDate, endDate`): what
 * `simpul network analyze --timeline` and `--layers` read. Columns are found by name, so their order and
 * any other columns do not matter; every problem is reported with its line number.
 */

import type { DatedTie, LayerTie } from '../../analysis/index.ts';
import type { ErrorDetail } from '../../shared/errors.ts';
import { tr } from '../../shared/lang.ts';
import { failOnProblems, parseSign } from '../network-file.ts';
import { tokenize, where } from './csv-rows.ts';

/** Ties with their layer (type) and dates; ties of sign 0 stay in their layer but out of the timeline. */
export interface DatedNetwork {
  nodes: string[];
  layered: LayerTie[];
  dated: DatedTie[];
  /** Which optional columns the header had. */
  hasLayers: boolean;
  hasDates: boolean;
}

// Header names each column goes by, tried in order; `Type` (capital) is Gephi's directedness column, not a layer.
const NAMES = {
  source: ['source', 'Source', 'from', 'From'],
  target: ['target', 'Target', 'to', 'To'],
  layer: ['layer', 'Layer', 'type', 'kind', 'Kind'],
  start: ['start', 'Start', 'startDate', 'date', 'Date'],
  end: ['end', 'End', 'endDate'],
  sign: ['sign', 'Sign'],
} as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Reads a headered, comma- or tab-separated edge list with type and date columns. */
export function readDatedEdgeList(text: string, delimiter: ',' | '\t'): DatedNetwork {
  const rows = tokenize(text, delimiter);
  const [first, ...data] = rows;
  const header = first?.record ?? [];
  const column = (names: readonly string[]) => {
    for (const name of names) {
      const i = header.indexOf(name);
      if (i >= 0) return i;
    }
    return -1;
  };
  const at = Object.fromEntries(Object.entries(NAMES).map(([key, names]) => [key, column(names)])) as Record<
    keyof typeof NAMES,
    number
  >;
  if (at.source < 0 || at.target < 0) {
    failOnProblems([
      {
        path: where(1),
        message: tr({
          id: 'baris judul harus menamai kolom source dan target (serta type dan/atau start, end)',
          en: 'the header must name the source and target columns (and type and/or start, end)',
        }),
      },
    ]);
  }
  const nodes = new Set<string>();
  const layered: LayerTie[] = [];
  const dated: DatedTie[] = [];
  const problems: ErrorDetail[] = [];
  for (const { record, info } of data) {
    const path = where(info.lines);
    const cell = (index: number) => (index >= 0 ? (record[index] ?? '') : '');
    const source = cell(at.source);
    const target = cell(at.target);
    if (source === '' || target === '') {
      problems.push({
        path,
        message: tr({
          id: 'sumber dan target tidak boleh kosong',
          en: 'source and target must not be empty',
        }),
      });
      continue;
    }
    const [start, end] = [cell(at.start), cell(at.end)];
    const badDay = [start, end].find((day) => day !== '' && !DAY.test(day.slice(0, 10)));
    if (badDay !== undefined) {
      problems.push({
        path,
        message: tr(
          { id: "tanggal '{value}' harus TTTT-BB-HH", en: "date '{value}' must be YYYY-MM-DD" },
          { value: badDay },
        ),
      });
      continue;
    }
    const sign = at.sign >= 0 && cell(at.sign) !== '' ? parseSign(cell(at.sign)) : 1;
    if (sign === undefined) {
      problems.push({
        path,
        message: tr(
          { id: "tanda '{value}' tidak dikenal", en: "unknown sign '{value}'" },
          { value: cell(at.sign) },
        ),
      });
      continue;
    }
    nodes.add(source).add(target);
    if (at.layer >= 0) layered.push({ source, target, layer: cell(at.layer) || '–' });
    // Plain competition (sign 0) is neither collaboration nor conflict: no tie in the signed view.
    if (sign !== 0) {
      dated.push({
        source,
        target,
        sign,
        start: start === '' ? null : start.slice(0, 10),
        end: end === '' ? null : end.slice(0, 10),
      });
    }
  }
  failOnProblems(problems);
  return { nodes: [...nodes], layered, dated, hasLayers: at.layer >= 0, hasDates: at.start >= 0 };
}
