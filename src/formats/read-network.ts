/**
 * Reading a network file into a `Graph`: the format comes from `--format` or the file's extension, the
 * directedness from `--directed`, else from the file, else undirected.
 */

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildGraph, type Graph } from '../analysis/index.ts';
import { translatingAnalysisErrors } from '../shared/analysis-messages.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import {
  NETWORK_FORMATS,
  type NetworkFormat,
  type ParsedNetwork,
  type ReaderOptions,
} from './network-file.ts';

/** Options of `readNetworkFile`. */
export interface ReadNetworkOptions extends ReaderOptions {
  /** Overrides the extension. */
  format?: string;
  /** Forces a directed graph; otherwise the file decides. */
  directed?: boolean;
}

const EXTENSIONS: Record<string, NetworkFormat> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.gml': 'gml',
  '.gexf': 'gexf',
  '.graphml': 'graphml',
  '.xml': 'graphml',
};

/** The largest network file read (a million ties in GEXF is about 150 MB). */
export const MAX_NETWORK_FILE_BYTES = 256 * 2 ** 20;

const invalid = (message: string) => new AppError('validation_failed', message);

/** The format named by `explicit`, else the one `file`'s extension implies; throws when neither is known. */
export function networkFormatOf(file: string, explicit?: string): NetworkFormat {
  const format = explicit ?? EXTENSIONS[path.extname(file).toLowerCase()];
  const known = NETWORK_FORMATS.find((name) => name === format);
  if (known) return known;
  throw invalid(
    tr(
      {
        id: 'Format {file} tidak dikenal; pakai --format dengan salah satu: {all}',
        en: 'Unknown format of {file}; use --format with one of: {all}',
      },
      { file: explicit ?? file, all: NETWORK_FORMATS.join(', ') },
    ),
  );
}

/**
 * Parses `text` written in `format`. Each reader is imported when its format is read: an edge list never
 * loads the XML parser, which keeps `simpul network analyze` on a CSV file quick to start.
 */
export async function parseNetwork(
  text: string,
  format: NetworkFormat,
  options: ReaderOptions,
): Promise<ParsedNetwork> {
  switch (format) {
    case 'csv':
      return (await import('./edge-list/edge-list-reader.ts')).readEdgeList(text, {
        ...options,
        delimiter: ',',
      });
    case 'tsv':
      return (await import('./edge-list/edge-list-reader.ts')).readEdgeList(text, {
        ...options,
        delimiter: '\t',
      });
    case 'gml':
      return (await import('./gml/gml-reader.ts')).readGml(text, options);
    case 'gexf':
      return (await import('./gexf/gexf-reader.ts')).readGexf(text, options);
    case 'graphml':
      return (await import('./graphml/graphml-reader.ts')).readGraphml(text, options);
  }
}

/**
 * Builds the graph of a parsed file; `directed` overrides what the file declares. The library's
 * `AnalysisError` (a repeated node, an unknown endpoint…) becomes a validation error in words.
 */
export function networkToGraph(network: ParsedNetwork, directed?: boolean): Graph {
  return translatingAnalysisErrors(() =>
    buildGraph({ ...network, directed: directed ?? network.directed ?? false }),
  );
}

/** Reads and builds the network in `file`; every input problem becomes a validation error naming the file. */
export async function readNetworkFile(file: string, options: ReadNetworkOptions): Promise<Graph> {
  const format = networkFormatOf(file, options.format);
  const size = await stat(file).then(
    (info) => info.size,
    () => 0,
  );
  if (size > MAX_NETWORK_FILE_BYTES) {
    throw invalid(
      tr(
        {
          id: 'Berkas {file} berukuran {size} MB; batasnya {limit} MB.',
          en: 'The file {file} is {size} MB; the limit is {limit} MB.',
        },
        { file, size: Math.ceil(size / 2 ** 20), limit: MAX_NETWORK_FILE_BYTES / 2 ** 20 },
      ),
    );
  }
  const text = await readFile(file, 'utf8').catch(() => {
    throw invalid(
      tr({ id: 'Berkas {file} tidak dapat dibaca', en: 'Cannot read the file {file}' }, { file }),
    );
  });
  try {
    return networkToGraph(await parseNetwork(text, format, options), options.directed);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    throw new AppError(error.code, `${file}: ${error.message}`, error.details);
  }
}
