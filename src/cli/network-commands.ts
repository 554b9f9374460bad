import { type Command, Option } from 'commander';
import {
  analyzeNetwork,
  BLOCKMODEL_POSITIONS,
  COMMUNITY_METHODS,
  type CommunityMethod,
  createRng,
  type MetricName,
  signedBlockmodel,
} from '../analysis/index.ts';
import { resolveCenter } from '../centers/centers.service.ts';
import { NETWORK_FORMATS } from '../formats/network-file.ts';
import { readNetworkFile } from '../formats/read-network.ts';
import { NETWORK_EXPORT_MESSAGES } from '../networks/export/export.messages.ts';
import {
  checkExportOptions,
  exportNetworkToFile,
  type NetworkExportOptions,
} from '../networks/export/export-cli.ts';
import { ANALYSIS_MESSAGES, wordedAnalysis } from '../shared/analysis-messages.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { formatBlockmodel } from './blockmodel-summary.ts';
import { d } from './cli-lang.ts';
import { formatAnalysis } from './network-summary.ts';
import { action, say, withDatabase } from './runtime.ts';

interface AnalyzeOptions {
  format?: string;
  signed?: boolean;
  directed?: boolean;
  metrics?: string;
  seed: string;
  communities: string;
  resolution: string;
  blockmodel?: string;
  json?: boolean;
}

// Names are checked by analyzeNetwork; `action` words an unknown one in the user's language.
const metricList = (list: string) =>
  list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '') as MetricName[];

function invalidOption(path: string, message: string): AppError {
  return new AppError('validation_failed', message, [{ path, message }]);
}

// --blockmodel K: a whole number of positions within the library's bounds, checked before reading the file.
function positionsOption(value: string | undefined): number | null {
  if (value === undefined) return null;
  const k = Number(value);
  const { min, max } = BLOCKMODEL_POSITIONS;
  if (!Number.isInteger(k) || k < min || k > max || value.trim() === '') {
    throw invalidOption(
      '--blockmodel',
      tr(
        {
          id: '--blockmodel harus bilangan bulat {min}–{max} (jumlah posisi), bukan {value}',
          en: '--blockmodel must be a whole number from {min} to {max} (the number of positions), not {value}',
        },
        { min, max, value },
      ),
    );
  }
  return k;
}

// --communities and --resolution, checked here rather than by commander's `choices`, whose refusal is
// in English only.
function communityOptions(options: AnalyzeOptions): { communities: CommunityMethod; resolution: number } {
  if (!(COMMUNITY_METHODS as readonly string[]).includes(options.communities)) {
    throw invalidOption(
      '--communities',
      tr(
        {
          id: 'Metode komunitas harus salah satu dari: {all}',
          en: 'The community method must be one of: {all}',
        },
        { all: COMMUNITY_METHODS.join(', ') },
      ),
    );
  }
  const resolution = Number(options.resolution);
  if (options.resolution.trim() === '' || !Number.isFinite(resolution) || resolution < 0) {
    throw invalidOption('--resolution', tr(ANALYSIS_MESSAGES.problems.invalid_resolution));
  }
  return { communities: options.communities as CommunityMethod, resolution };
}

async function analyzeFile(file: string, options: AnalyzeOptions): Promise<void> {
  const seed = Number(options.seed);
  if (!Number.isSafeInteger(seed))
    throw invalidOption('--seed', tr({ id: 'Seed harus bilangan bulat', en: 'The seed must be an integer' }));
  const communities = communityOptions(options);
  const positions = positionsOption(options.blockmodel);
  const graph = await readNetworkFile(file, {
    format: options.format,
    signed: options.signed === true,
    directed: options.directed,
  });
  const analysis = analyzeNetwork(graph, {
    metrics: options.metrics === undefined ? undefined : metricList(options.metrics),
    // Without --signed, a file whose ties carry negative signs is still analysed as signed.
    signed: options.signed ? true : undefined,
    seed,
    ...communities,
  });
  const blockmodel =
    positions === null ? null : signedBlockmodel(graph, { k: positions, rng: createRng(seed) });
  if (options.json) {
    const result = blockmodel ? { ...wordedAnalysis(analysis), blockmodel } : wordedAnalysis(analysis);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const text = blockmodel
    ? [formatAnalysis(analysis, file), formatBlockmodel(blockmodel)]
    : [formatAnalysis(analysis, file)];
  process.stdout.write(`${text.join('\n')}\n`);
}

async function exportFile(file: string, options: NetworkExportOptions): Promise<void> {
  checkExportOptions(options);
  await withDatabase(async ({ db }) => {
    // --center takes the centre's id or its exact name.
    const center = await resolveCenter(db, options.center);
    const result = await exportNetworkToFile(db, file, { ...options, center: center.id });
    say(tr(NETWORK_EXPORT_MESSAGES.written, { ...result, files: result.files.join(', ') }));
  });
}

/** Registers `simpul network analyze FILE` (file-based, no database) and `simpul network export`. */
export function registerNetworkCommands(program: Command): void {
  const network = program
    .command('network')
    .description(d({ id: 'analisis jaringan', en: 'analyse networks' }));
  network
    .command('analyze')
    .description(
      d({
        id: 'analisis berkas jaringan (daftar sisi, GML, GEXF atau GraphML) tanpa basis data',
        en: 'analyse a network file (edge list, GML, GEXF or GraphML) without the database',
      }),
    )
    .argument('<file>', d({ id: 'berkas jaringan', en: 'network file' }))
    .addOption(
      new Option(
        '--format <format>',
        d({
          id: 'format berkas (bawaan: dari akhiran nama)',
          en: 'file format (default: from the extension)',
        }),
      ).choices(NETWORK_FORMATS),
    )
    .option(
      '--signed',
      d({
        id: 'jaringan bertanda: kolom ketiga daftar sisi adalah tandanya (+/-)',
        en: "signed network: an edge list's third column is the sign (+/-)",
      }),
    )
    .option(
      '--directed',
      d({
        id: 'anggap ikatan berarah (bawaan: sesuai berkas; daftar sisi tak berarah)',
        en: 'treat ties as directed (default: as the file declares; edge lists undirected)',
      }),
    )
    .option(
      '--metrics <list>',
      d({
        id: 'ukuran yang dihitung, dipisah koma (bawaan: semua)',
        en: 'comma-separated metrics to compute (default: all)',
      }),
    )
    .option(
      '--communities <method>',
      d({
        id: 'metode deteksi komunitas: louvain, atau leiden (komunitas selalu tersambung)',
        en: 'community detection method: louvain, or leiden (communities always connected)',
      }),
      'louvain',
    )
    .option(
      '--resolution <gamma>',
      d({
        id: 'resolusi modularitas γ, bilangan tidak negatif: lebih besar, komunitas lebih banyak dan kecil',
        en: 'modularity resolution γ, zero or above: larger gives more, smaller communities',
      }),
      '1',
    )
    .option(
      '--seed <n>',
      d({
        id: 'benih acak untuk deteksi komunitas dan pencarian frustrasi',
        en: 'random seed for community detection and the frustration search',
      }),
      '1',
    )
    .option(
      '--blockmodel <k>',
      d({
        id: 'model blok bertanda dengan k posisi (2–6): konflik di dalam posisi dan kolaborasi antarposisi seminimal mungkin',
        en: 'signed blockmodel into k positions (2–6): as little conflict inside positions and collaboration between them as possible',
      }),
    )
    .option('--json', d({ id: 'cetak hasil lengkap sebagai JSON', en: 'print the full result as JSON' }))
    .action(action(analyzeFile));
  network
    .command('export')
    .description(
      d({
        id: 'ekspor jaringan sebuah sentra sebagai GEXF 1.3, GraphML atau CSV (daftar sisi FILE, daftar titik FILE.nodes.csv)',
        en: "export a centre's network as GEXF 1.3, GraphML or CSV (edge list FILE, node list FILE.nodes.csv)",
      }),
    )
    .argument('<file>', d({ id: 'berkas keluaran', en: 'output file' }))
    .requiredOption(
      '--center <center>',
      d({ id: 'id atau nama persis sentra', en: "the centre's id or exact name" }),
    )
    .requiredOption('--format <format>', d({ id: 'gexf, graphml atau csv', en: 'gexf, graphml or csv' }))
    .option(
      '--at <date>',
      d({
        id: 'ikatan dan keanggotaan yang aktif pada hari ini (YYYY-MM-DD); bawaan: semua ikatan',
        en: 'ties and memberships active on this day (YYYY-MM-DD); default: every tie',
      }),
    )
    .action(action(exportFile));
}
