import { type Command, Option } from 'commander';
import { analyzeNetwork, type MetricName } from '../analysis/index.ts';
import { NETWORK_FORMATS } from '../formats/network-file.ts';
import { readNetworkFile } from '../formats/read-network.ts';
import { NETWORK_EXPORT_MESSAGES } from '../networks/export/export.messages.ts';
import {
  checkExportOptions,
  exportNetworkToFile,
  type NetworkExportOptions,
} from '../networks/export/export-cli.ts';
import { wordedAnalysis } from '../shared/analysis-messages.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { formatAnalysis } from './network-summary.ts';
import { action, say, withDatabase } from './runtime.ts';

interface AnalyzeOptions {
  format?: string;
  signed?: boolean;
  directed?: boolean;
  metrics?: string;
  seed: string;
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
    const result = await exportNetworkToFile(db, file, options);
    say(tr(NETWORK_EXPORT_MESSAGES.written, { ...result, files: result.files.join(', ') }));
  });
}

/** Registers `simpul network analyze FILE` (file-based, no database) and `simpul network export`. */
export function registerNetworkCommands(program: Command): void {
  const network = program.command('network').description('analyse networks');
  network
    .command('analyze')
    .description('analyse a network file (edge list, GML, GEXF or GraphML) without the database')
    .argument('<file>', 'network file')
    .addOption(
      new Option('--format <format>', 'file format (default: from the extension)').choices(NETWORK_FORMATS),
    )
    .option('--signed', "signed network: an edge list's third column is the sign (+/-)")
    .option('--directed', 'treat ties as directed (default: as the file declares; edge lists undirected)')
    .option('--metrics <list>', 'comma-separated metrics to compute (default: all)')
    .option('--seed <n>', 'random seed for Louvain and the frustration search', '1')
    .option('--json', 'print the full result as JSON')
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['id', 'en']).default('id'))
    .action(action(analyzeFile));
  network
    .command('export')
    .description(
      "export a centre's network as GEXF 1.3, GraphML or CSV (edge list FILE, node list FILE.nodes.csv)",
    )
    .argument('<file>', 'output file')
    .requiredOption('--center <id>', 'centre id')
    .requiredOption('--format <format>', 'gexf, graphml or csv')
    .option('--at <date>', 'ties and memberships active on this day (YYYY-MM-DD); default: every tie')
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['id', 'en']).default('id'))
    .action(action(exportFile));
}
