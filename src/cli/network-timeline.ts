// `simpul network analyze FILE --timeline` / `--layers`: yearly snapshots and tie-type layers of an edge
// list that carries dates and types. Loaded only when asked for; no database and no zod, as the rest of
// `network analyze`.
import { readFile, stat } from 'node:fs/promises';
import {
  type MultiplexSummary,
  multiplexLayers,
  type YearSnapshot,
  yearlyTimeline,
} from '../analysis/index.ts';
import { readDatedEdgeList } from '../formats/edge-list/dated-edge-list.ts';
import { MAX_NETWORK_FILE_BYTES, networkFormatOf } from '../formats/read-network.ts';
import { AppError } from '../shared/errors.ts';
import { currentLang, tr } from '../shared/lang.ts';
import { formatMeasure, formatValue, type MeasureKey } from '../shared/measure-format.ts';

/** What `--timeline` and `--layers` add to `network analyze`. */
export interface TimelineOptions {
  format?: string;
  timeline?: boolean;
  layers?: boolean;
  seed: string;
  json?: boolean;
}

const invalid = (message: string) => new AppError('validation_failed', message, [{ path: 'FILE', message }]);
const f = (key: MeasureKey, value: number | null) => formatMeasure(currentLang(), key, value);
const share = (value: number | null) => formatValue(currentLang(), { kind: 'share', digits: 1 }, value);
const index = (value: number | null) => formatValue(currentLang(), { kind: 'index', digits: 2 }, value);

/** Reads `file` (a CSV or TSV edge list with a header) and prints its timeline and/or layers. */
export async function analyzeTimelineFile(file: string, options: TimelineOptions): Promise<void> {
  const format = networkFormatOf(file, options.format);
  if (format !== 'csv' && format !== 'tsv') {
    throw invalid(
      tr({
        id: '--timeline dan --layers membaca tanggal dan jenis ikatan dari daftar sisi CSV atau TSV berjudul kolom',
        en: '--timeline and --layers read tie dates and types from a CSV or TSV edge list with a header',
      }),
    );
  }
  const size = await stat(file).then(
    (info) => info.size,
    () => 0,
  );
  if (size > MAX_NETWORK_FILE_BYTES) {
    throw invalid(tr({ id: 'Berkas {file} terlalu besar', en: 'The file {file} is too large' }, { file }));
  }
  const text = await readFile(file, 'utf8').catch(() => {
    throw invalid(
      tr({ id: 'Berkas {file} tidak dapat dibaca', en: 'Cannot read the file {file}' }, { file }),
    );
  });
  const network = readDatedEdgeList(text, format === 'csv' ? ',' : '\t');
  if (options.timeline && !network.hasDates) {
    throw invalid(
      tr(
        {
          id: '{file} tidak punya kolom start (tanggal mulai ikatan)',
          en: '{file} has no start column (the tie start date)',
        },
        { file },
      ),
    );
  }
  if (options.layers && !network.hasLayers) {
    throw invalid(
      tr(
        {
          id: '{file} tidak punya kolom type atau layer (jenis ikatan)',
          en: '{file} has no type or layer column (the tie type)',
        },
        { file },
      ),
    );
  }
  const timeline = options.timeline
    ? yearlyTimeline(network.nodes, network.dated, { seed: Number(options.seed) || 1 })
    : undefined;
  const layers = options.layers ? multiplexLayers(network.nodes, network.layered) : undefined;
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ file, nodes: network.nodes.length, timeline, layers }, null, 2)}\n`,
    );
    return;
  }
  const parts = [
    tr(
      { id: 'Jaringan: {file} ({n} titik)', en: 'Network: {file} ({n} nodes)' },
      { file, n: f('nodes', network.nodes.length) },
    ),
  ];
  if (timeline) parts.push(formatTimeline(timeline));
  if (layers) parts.push(formatLayers(layers));
  process.stdout.write(`${parts.join('\n\n')}\n`);
}

/** One line per year: ties, density, normalised frustration, persistence and Jaccard into the next. */
export function formatTimeline(years: readonly YearSnapshot[]): string {
  if (years.length === 0) return tr({ id: 'Tidak ada ikatan bertanggal.', en: 'No dated ties.' });
  const header = tr({
    id: 'Per tahun (31 Desember): tahun, ikatan, konflik, kepadatan, F ternormalkan, ketahanan, Jaccard',
    en: 'By year (31 December): year, ties, conflicts, density, normalised F, persistence, Jaccard',
  });
  const rows = years.map((y) =>
    [
      String(y.year),
      f('ties', y.ties),
      f('ties', y.conflictTies),
      f('density', y.density),
      index(y.normalizedFrustration) + (y.frustrationExact ? '' : '≈'),
      share(y.persistence),
      index(y.jaccard),
    ].join('\t'),
  );
  return [header, ...rows].join('\n');
}

/** One line per layer, then the overlap matrix (Jaccard of pair sets). */
export function formatLayers(summary: MultiplexSummary): string {
  const header = tr({
    id: 'Lapisan: nama, pasangan terikat, kepadatan, kelompok terhubung, titik aktif (bagian)',
    en: 'Layers: name, tied pairs, density, connected groups, active nodes (share)',
  });
  const rows = summary.layers.map((l) =>
    [
      l.layer,
      f('ties', l.ties),
      f('density', l.density),
      f('nodes', l.components),
      `${f('nodes', l.activeNodes)} (${share(l.activeShare)})`,
    ].join('\t'),
  );
  const names = summary.layers.map((l) => l.layer);
  const matrix = summary.overlap.map((row, i) => [names[i], ...row.map(index)].join('\t'));
  return [
    header,
    ...rows,
    '',
    tr({ id: 'Tumpang tindih (Jaccard):', en: 'Overlap (Jaccard):' }),
    ['', ...names].join('\t'),
    ...matrix,
    tr(
      {
        id: '{multiplex} dari {pairs} pasangan terikat di dua lapisan atau lebih',
        en: '{multiplex} of {pairs} pairs are tied in two or more layers',
      },
      { multiplex: f('ties', summary.multiplexPairs), pairs: f('ties', summary.pairs) },
    ),
  ].join('\n');
}
