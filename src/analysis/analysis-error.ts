/**
 * The one error the analysis core throws, and the notes it attaches to results. Both carry a code from
 * a closed set and typed parameters, never words: the library knows no language. The adapters (HTTP
 * error handler, CLI, network-file readers) translate them with one table outside the library
 * (`src/shared/analysis-messages.ts`).
 */

/** One bad part of the caller's input; `path` is dotted (`edges.3.weight`, `groups.a`, `metrics`). */
export type AnalysisProblem =
  | { code: 'duplicate_node'; path: string; params: { node: string } }
  | { code: 'unknown_node'; path: string; params: { node: string } }
  | { code: 'invalid_weight'; path: string; params: Record<string, never> }
  | { code: 'invalid_sign'; path: string; params: Record<string, never> }
  | { code: 'unknown_metric'; path: string; params: { name: string; all: string } }
  | { code: 'missing_group'; path: string; params: { node: string } }
  | { code: 'invalid_resolution'; path: string; params: Record<string, never> }
  | { code: 'invalid_positions'; path: string; params: { min: number; max: number } }
  | { code: 'invalid_alpha'; path: string; params: Record<string, never> };

/** Each error code with the parameters it carries. */
export interface AnalysisErrorParams {
  /** The input is malformed: every problem found (at most 50). */
  invalid_input: { problems: AnalysisProblem[] };
  /** Onnela's weighted clustering was asked of a directed graph. */
  weighted_clustering_directed: Record<string, never>;
  /** Brute force was asked of a block larger than it enumerates (a caller's programming error). */
  brute_force_too_large: { nodes: number; max: number };
}

/** The closed set of codes an `AnalysisError` has. */
export type AnalysisErrorCode = keyof AnalysisErrorParams;

/** Thrown by the analysis core; `code` and `params` say what went wrong, adapters say it in words. */
export class AnalysisError<C extends AnalysisErrorCode = AnalysisErrorCode> extends Error {
  constructor(
    readonly code: C,
    readonly params: AnalysisErrorParams[C],
  ) {
    super(`analysis: ${code}`);
    this.name = 'AnalysisError';
  }

  /** Narrows to one code, so its params are typed. */
  is<K extends AnalysisErrorCode>(code: K): this is AnalysisError<K> {
    return (this.code as AnalysisErrorCode) === code;
  }
}

/** The `invalid_input` error with the first 50 problems (the usual cap on listed details). */
export function invalidInput(problems: AnalysisProblem[]): AnalysisError<'invalid_input'> {
  return new AnalysisError('invalid_input', { problems: problems.slice(0, 50) });
}

/** A remark on a result that is valid but qualified, e.g. an approximate frustration index. */
export type AnalysisNote =
  | { code: 'frustration_budget_exhausted'; params: { lower: number; upper: number } }
  | { code: 'frustration_block_too_large'; params: { lower: number; upper: number; limit: number } };
