/**
 * What every network-file reader produces, and the value parsers they share, so that a tie's sign and
 * weight mean the same in an edge list, GML, GEXF and GraphML.
 */

import type { TieInput } from '../analysis/index.ts';
import { AppError, type ErrorDetail } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import type { NETWORK_FORMATS } from './network-formats.ts';

export { NETWORK_FORMATS } from './network-formats.ts';

/** One of `NETWORK_FORMATS`. */
export type NetworkFormat = (typeof NETWORK_FORMATS)[number];

/** Nodes and ties as read from a file, before they become a `Graph`. */
export interface ParsedNetwork {
  nodes: string[];
  edges: TieInput[];
  /** Directedness the file declares; undefined when the format has no such notion (edge lists). */
  directed: boolean | undefined;
}

/** How a reader interprets ties. */
export interface ReaderOptions {
  /** Signed network: an edge list's third column is a sign; a negative weight means conflict elsewhere. */
  signed: boolean;
}

/** The message for an XML file without a `<graph>` element. */
export const NO_GRAPH = { id: 'tidak ada elemen <graph>', en: 'no <graph> element' };

/** A tie's sign; 0 is a tie that is neither collaboration nor conflict (plain competition in Simpul's exports). */
export type Sign = 1 | -1 | 0;

const SIGNS: Record<string, Sign> = { '+': 1, '1': 1, '+1': 1, '-': -1, '-1': -1, '0': 0 };

/** Parses a sign written as `+`, `-`, `1`, `+1`, `-1` or `0`; undefined when it is none of these. */
export function parseSign(text: string): Sign | undefined {
  return SIGNS[text.trim()];
}

/** Parses a decimal number, rejecting the empty string and trailing garbage that `Number` would accept. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** Throws one validation error listing `problems` (at most 50), if there are any. */
export function failOnProblems(problems: readonly ErrorDetail[]): void {
  if (problems.length > 0) invalidFile(problems);
}

/** Throws the validation error of a file with `problems` (at least one; at most 50 are listed). */
export function invalidFile(problems: readonly ErrorDetail[]): never {
  throw new AppError(
    'validation_failed',
    tr(
      {
        id: 'Berkas jaringan tidak valid ({count} kesalahan)',
        en: 'Invalid network file ({count} error(s))',
      },
      { count: problems.length },
    ),
    problems.slice(0, 50),
  );
}

/**
 * A tie from a structured format (GML, GEXF, GraphML): an explicit sign wins; without one, a signed
 * analysis reads a negative weight as conflict, the common way signed networks are exported. A sign of 0
 * gives no tie (its ends stay nodes): it is neither collaboration nor conflict, as the centre analysis
 * treats plain competition.
 */
export function structuredTie(
  source: string,
  target: string,
  weight: number | undefined,
  sign: Sign | undefined,
  options: ReaderOptions,
): TieInput | undefined {
  if (sign === 0) return undefined;
  if (sign === undefined && options.signed && weight !== undefined && weight < 0) {
    return { source, target, sign: -1, weight: -weight };
  }
  return { source, target, sign: sign ?? 1, weight: weight ?? 1 };
}
