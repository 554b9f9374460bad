// `simpul network analyze`, loaded when it runs (network-commands.ts registers it). No database and no
// zod: this module must not import them, so analysing a small file starts as fast as Node does.
import {
  analyzeNetwork,
  BLOCKMODEL_POSITIONS,
  COMMUNITY_METHODS,
  type CommunityMethod,
  createRng,
  type MetricName,
  signedBlockmodel,
} from '../analysis/index.ts';
import { readNetworkFile } from '../formats/read-network.ts';
import { ANALYSIS_MESSAGES, wordedAnalysis } from '../shared/analysis-messages.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import { formatBlockmodel } from './blockmodel-summary.ts';
import { formatAnalysis } from './network-summary.ts';

/** The options of `simpul network analyze`. */
export interface AnalyzeOptions {
  format?: string;
  signed?: boolean;
  directed?: boolean;
  metrics?: string;
  seed: string;
  communities: string;
  resolution: string;
  blockmodel?: string;
  brokerageGroups?: string;
  brokerageModel?: string;
  json?: boolean;
  /** Yearly snapshots / tie-type layers of a dated, typed edge list (network-timeline.ts). */
  timeline?: boolean;
  layers?: boolean;
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

/** `simpul network analyze FILE`: reads a network file, analyses it and prints the summary or JSON. */
export async function analyzeFile(file: string, options: AnalyzeOptions): Promise<void> {
  if (options.timeline || options.layers) {
    return (await import('./network-timeline.ts')).analyzeTimelineFile(file, options);
  }
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
  // Loaded only when asked for: reading a groups file needs the CSV and XML parsers this module avoids.
  const brokerage = options.brokerageGroups
    ? await (await import('./network-brokerage.ts')).fileBrokerage(graph, file, options)
    : null;
  if (options.json) {
    const base = blockmodel ? { ...wordedAnalysis(analysis), blockmodel } : wordedAnalysis(analysis);
    const result = brokerage ? { ...base, brokerage: brokerage.json } : base;
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const text = blockmodel
    ? [formatAnalysis(analysis, file), formatBlockmodel(blockmodel)]
    : [formatAnalysis(analysis, file)];
  if (brokerage) text.push(brokerage.text);
  process.stdout.write(`${text.join('\n')}\n`);
}
