/**
 * The words for the analysis core's errors and notes, in Indonesian and English. The library
 * (`src/analysis`) throws `AnalysisError { code, params }` and knows no language; its adapters (the
 * HTTP error handler, the CLI, the network-file readers) translate here, in the language of the
 * request or command in progress.
 */

import {
  AnalysisError,
  type AnalysisErrorCode,
  type AnalysisNote,
  type AnalysisProblem,
  type NetworkAnalysis,
} from '../analysis/index.ts';
import { type AppError, type ErrorDetail, errors } from './errors.ts';
import { currentLang, type Lang, type Message, tr } from './lang.ts';

/** One message per problem, error and note code: the closed unions make a missing one a type error. */
export const ANALYSIS_MESSAGES: {
  problems: Record<AnalysisProblem['code'], Message>;
  errors: Record<Exclude<AnalysisErrorCode, 'invalid_input'>, Message>;
  notes: Record<AnalysisNote['code'], Message>;
} = {
  problems: {
    duplicate_node: { id: 'Titik {node} tercantum dua kali', en: 'Node {node} is listed twice' },
    unknown_node: {
      id: 'Titik {node} tidak ada dalam daftar titik',
      en: 'Node {node} is not in the node list',
    },
    invalid_weight: {
      id: 'Bobot harus bilangan positif; tanda konflik diberikan lewat sign',
      en: 'Weight must be a positive number; conflict is given by sign',
    },
    invalid_sign: { id: 'Tanda harus 1 atau -1', en: 'Sign must be 1 or -1' },
    unknown_metric: {
      id: 'Ukuran {name} tidak dikenal; pilihan: {all}',
      en: 'Unknown metric {name}; choose from: {all}',
    },
    missing_group: { id: 'Titik {node} belum punya kelompok', en: 'Node {node} has no group' },
    invalid_resolution: {
      id: 'Resolusi harus bilangan tidak negatif',
      en: 'Resolution must be a number zero or above',
    },
    invalid_positions: {
      id: 'Jumlah posisi harus bilangan bulat {min}–{max}',
      en: 'The number of positions must be a whole number from {min} to {max}',
    },
    invalid_alpha: {
      id: 'Bobot α harus antara 0 dan 1',
      en: 'The weight α must lie between 0 and 1',
    },
  },
  errors: {
    weighted_clustering_directed: {
      id: 'Koefisien klaster berbobot hanya untuk graf tak berarah',
      en: 'Weighted clustering is only available for undirected graphs',
    },
    brute_force_too_large: {
      id: 'Pencarian menyeluruh dibatasi {max} titik; blok ini punya {nodes}',
      en: 'Brute force is limited to {max} nodes; this block has {nodes}',
    },
  },
  notes: {
    frustration_budget_exhausted: {
      id: 'Batas langkah habis: indeks frustrasi antara {lower} dan {upper}; kubu adalah yang terbaik yang ditemukan, bukan terbukti optimal',
      en: 'Step budget exhausted: the frustration index lies between {lower} and {upper}; the camps are the best found, not proven optimal',
    },
    frustration_block_too_large: {
      id: 'Indeks frustrasi antara {lower} dan {upper}: bagian jaringan dengan lebih dari {limit} titik tidak ditelusuri tuntas; kubu adalah yang terbaik yang ditemukan, bukan terbukti optimal',
      en: 'The frustration index lies between {lower} and {upper}: parts of the network with more than {limit} nodes are not searched exhaustively; the camps are the best found, not proven optimal',
    },
  },
};

/** One input problem as an error detail, in `lang`. */
export function problemDetail(problem: AnalysisProblem, lang: Lang = currentLang()): ErrorDetail {
  return { path: problem.path, message: tr(ANALYSIS_MESSAGES.problems[problem.code], problem.params, lang) };
}

/** A note in words, in `lang`. */
export function noteText(note: AnalysisNote, lang: Lang = currentLang()): string {
  return tr(ANALYSIS_MESSAGES.notes[note.code], note.params, lang);
}

/** The `AppError` an `AnalysisError` becomes: bad input is a 400 with one detail per problem, else 422. */
export function analysisAppError(error: AnalysisError): AppError {
  if (error.is('invalid_input')) return errors.validation(error.params.problems.map((p) => problemDetail(p)));
  const code = error.code as Exclude<AnalysisErrorCode, 'invalid_input'>;
  return errors.unprocessable(tr(ANALYSIS_MESSAGES.errors[code], error.params as Record<string, number>));
}

/** Runs `work`, turning an `AnalysisError` it throws into the translated `AppError`. */
export function translatingAnalysisErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw error instanceof AnalysisError ? analysisAppError(error) : error;
  }
}

/** `analyzeNetwork`'s result with its note in words, as `simpul network analyze --json` prints it. */
export function wordedAnalysis(analysis: NetworkAnalysis, lang: Lang = currentLang()) {
  const { balance } = analysis.graph;
  if (!balance) return analysis;
  const { note } = balance.frustration;
  const frustration = { ...balance.frustration, note: note && noteText(note, lang) };
  return { ...analysis, graph: { ...analysis.graph, balance: { ...balance, frustration } } };
}
