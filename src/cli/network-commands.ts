import { type Command, Option } from 'commander';
import {
  analyzeNetwork,
  COMMUNITY_METHODS,
  type CommunityMethod,
  type MetricName,
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
  json?: boolean;
}

// Names are checked by analyzeNetwork; `action` words an unknown one in the user's language.
const metricList = (list: string) =>
  list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '') as MetricName[];

async function analyzeFile(file: string, options: AnalyzeOptions): Promise<void> {
  const seed = Number(options.seed);
  if (!Number.isSafeInteger(seed)) {
    const message = tr({ id: 'Seed harus bilangan bulat', en: 'The seed must be an integer' });
    throw new AppError('validation_failed', message, [{ path: '--seed', message }]);
  }
  // Checked here rather than by commander's `choices`, whose refusal is in English only.
  if (!(COMMUNITY_METHODS as readonly string[]).includes(options.communities)) {
    const message = tr(
      {
        id: 'Metode komunitas harus salah satu dari: {all}',
        en: 'The community method must be one of: {all}',
      },
      { all: COMMUNITY_METHODS.join(', ') },
    );
    throw new AppError('validation_failed', message, [{ path: '--communities', message }]);
  }
  const resolution = Number(options.resolution);
  if (options.resolution.trim() === '' || !Number.isFinite(resolution) || resolution < 0) {
    const message = tr(ANALYSIS_MESSAGES.problems.invalid_resolution);
    throw new AppError('validation_failed', message, [{ path: '--resolution', message }]);
  }
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
    communities: options.communities as CommunityMethod,
    resolution,
  });
  process.stdout.write(
    options.json
      ? `${JSON.stringify(wordedAnalysis(analysis), null, 2)}\n`
      : `${formatAnalysis(analysis, file)}\n`,
  );
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
