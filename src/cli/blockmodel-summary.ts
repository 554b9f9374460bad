/**
 * The readable signed blockmodel that `simpul network analyze --blockmodel K` prints without `--json`:
 * the criterion, the positions and the image matrix, in the current language.
 */

import type { BlockCell, SignedBlockmodel } from '../analysis/index.ts';
import { currentLang, tr } from '../shared/lang.ts';
import { formatMeasure, type MeasureKey } from '../shared/measure-format.ts';

const f = (key: MeasureKey, value: number) => formatMeasure(currentLang(), key, value);
/** Members listed per position; the rest are counted (`--json` lists them all). */
const SHOWN_MEMBERS = 10;
const TYPE_MARK = { positive: '+', negative: '−' } as const;

/** Criterion, positions and image matrix of `model`. */
export function formatBlockmodel(model: SignedBlockmodel): string {
  const lines = [
    tr(
      {
        id: 'Model blok bertanda (Doreian & Mrvar), k = {k}, α = {alpha}: P = {p} ({how})',
        en: 'Signed blockmodel (Doreian & Mrvar), k = {k}, α = {alpha}: P = {p} ({how})',
      },
      {
        k: model.k,
        alpha: f('blockCriterion', model.alpha),
        p: f('blockCriterion', model.criterion),
        how: model.exact
          ? tr({ id: 'optimal', en: 'optimal' })
          : tr(
              {
                id: 'terbaik dari {starts} awal pencarian, {hits} mencapainya',
                en: 'best of {starts} search starts, {hits} reached it',
              },
              { starts: model.starts, hits: model.bestHits },
            ),
      },
    ),
    tr(
      {
        id: 'Konflik di dalam posisi: {n} ikatan (bobot {nw}); kolaborasi antarposisi: {p} ikatan (bobot {pw})',
        en: 'Conflict inside positions: {n} ties (weight {nw}); collaboration between positions: {p} ties (weight {pw})',
      },
      {
        n: f('ties', model.negativeWithin.count),
        nw: f('tieWeight', model.negativeWithin.weight),
        p: f('ties', model.positiveBetween.count),
        pw: f('tieWeight', model.positiveBetween.weight),
      },
    ),
  ];
  model.positions.forEach((members, i) => {
    const rest = members.length - SHOWN_MEMBERS;
    lines.push(
      tr(
        { id: 'Posisi {i} ({n} titik): {members}{rest}', en: 'Position {i} ({n} nodes): {members}{rest}' },
        {
          i: i + 1,
          n: f('nodes', members.length),
          members: members.slice(0, SHOWN_MEMBERS).join(', '),
          rest:
            rest > 0 ? tr({ id: ' … dan {n} lainnya', en: ' … and {n} more' }, { n: f('nodes', rest) }) : '',
        },
      ),
    );
  });
  lines.push(...imageLines(model), ...betweenLines(model));
  return lines.join('\n');
}

// Rows and columns are positions; each cell is "+collaboration −conflict (block type)".
function imageLines(model: SignedBlockmodel): string[] {
  const count = model.positions.length;
  const cellAt = (from: number, to: number): BlockCell | undefined =>
    model.image.find(
      (c) => (c.from === from && c.to === to) || (!model.directed && c.from === to && c.to === from),
    );
  const text = (cell: BlockCell | undefined) =>
    cell
      ? `+${f('ties', cell.positive.count)} −${f('ties', cell.negative.count)} (${cell.type ? TYPE_MARK[cell.type] : '·'})`
      : '';
  const rows = Array.from({ length: count }, (_, from) =>
    Array.from({ length: count }, (_, to) => text(cellAt(from, to))),
  );
  const width = Math.max(4, ...rows.flat().map((cell) => cell.length));
  const label = (i: number) => String(i + 1).padEnd(width);
  return [
    tr({
      id: 'Citra blok, dari posisi baris ke posisi kolom: +kolaborasi −konflik (jenis blok: + positif, − negatif, · kosong)',
      en: 'Block image, from row position to column position: +collaboration −conflict (block type: + positive, − negative, · empty)',
    }),
    `     ${Array.from({ length: count }, (_, i) => label(i)).join('  ')}`.trimEnd(),
    ...rows.map((row, i) =>
      `  ${String(i + 1).padEnd(3)}${row.map((cell) => cell.padEnd(width)).join('  ')}`.trimEnd(),
    ),
  ];
}

// Who sits between positions: the firms whose collaboration crosses into another position, most first.
function betweenLines(model: SignedBlockmodel): string[] {
  const shown = model.between.slice(0, SHOWN_MEMBERS);
  if (shown.length === 0) return [];
  const width = Math.max(...shown.map((node) => node.id.length));
  return [
    tr(
      {
        id: 'Di antara posisi: {n} titik berkolaborasi dengan posisi lain (teratas {shown}):',
        en: 'Between positions: {n} nodes collaborate with another position (top {shown}):',
      },
      { n: f('nodes', model.between.length), shown: shown.length },
    ),
    ...shown.map((node) =>
      tr(
        {
          id: '  {node}  posisi {from} → {to}, ikatan kolaborasi: {ties}',
          en: '  {node}  position {from} → {to}, collaboration ties: {ties}',
        },
        {
          node: node.id.padEnd(width),
          from: node.position + 1,
          to: node.reaches.map((p) => p + 1).join(', '),
          ties: f('ties', node.ties),
        },
      ),
    ),
  ];
}
