import { describe, expect, it } from 'vitest';
import { AnalysisError, analyzeNetwork, buildGraph, clustering, createRng } from '../analysis/index.ts';
import { analysisAppError, translatingAnalysisErrors, wordedAnalysis } from './analysis-messages.ts';
import { AppError } from './errors.ts';
import { withLang } from './i18n.ts';

const badGraph = () =>
  buildGraph({ nodes: ['a', 'a'], edges: [{ source: 'a', target: 'z', sign: 0 as 1 }], directed: false });

describe('the words for the analysis core’s errors', () => {
  it('turns bad input into a 400 listing each problem in the current language', () => {
    for (const [lang, expected] of [
      ['id', ['Titik a tercantum dua kali', 'Titik z tidak ada dalam daftar titik', 'Tanda harus 1 atau -1']],
      ['en', ['Node a is listed twice', 'Node z is not in the node list', 'Sign must be 1 or -1']],
    ] as const) {
      const error = withLang(lang, () => {
        try {
          translatingAnalysisErrors(badGraph);
        } catch (thrown) {
          return thrown;
        }
      });
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(400);
      expect((error as AppError).details).toEqual([
        { path: 'nodes.1', message: expected[0] },
        { path: 'edges.0.target', message: expected[1] },
        { path: 'edges.0.sign', message: expected[2] },
      ]);
    }
  });

  it('names an unknown metric and the choices', () => {
    const graph = buildGraph({ nodes: ['a'], edges: [], directed: false });
    try {
      analyzeNetwork(graph, { metrics: ['nonsense' as 'density'] });
      expect.unreachable();
    } catch (thrown) {
      const error = withLang('en', () => analysisAppError(thrown as AnalysisError));
      expect(error.details[0]?.path).toBe('metrics');
      expect(error.details[0]?.message).toMatch(/^Unknown metric nonsense; choose from: degree, /);
    }
  });

  it('turns an impossible request into a 422 with the message', () => {
    const graph = buildGraph({ nodes: ['a', 'b'], edges: [{ source: 'a', target: 'b' }], directed: true });
    try {
      clustering(graph, { weighted: true });
      expect.unreachable();
    } catch (thrown) {
      expect(thrown).toBeInstanceOf(AnalysisError);
      const error = withLang('id', () => analysisAppError(thrown as AnalysisError));
      expect(error.status).toBe(422);
      expect(error.message).toBe('Koefisien klaster berbobot hanya untuk graf tak berarah');
    }
  });

  it('words the frustration note for the JSON output, leaving other results alone', () => {
    // Dense and half negative: far beyond what a budget of 50 steps proves.
    const rng = createRng(11);
    const nodes = Array.from({ length: 45 }, (_, i) => `v${i}`);
    const edges = nodes.flatMap((u, i) =>
      nodes
        .slice(i + 1)
        .filter(() => rng() < 0.12)
        .map((v) => ({ source: u, target: v, sign: rng() < 0.5 ? (-1 as const) : (1 as const) })),
    );
    const graph = buildGraph({ nodes, edges, directed: false });
    const analysis = analyzeNetwork(graph, { metrics: ['balance'], frustration: { budget: 50 } });
    const note = analysis.graph.balance?.frustration.note;
    expect(note?.code).toBe('frustration_budget_exhausted');
    const { lower, upper } = note?.params ?? {};
    expect(wordedAnalysis(analysis, 'en').graph.balance?.frustration.note).toBe(
      `Step budget exhausted: the frustration index lies between ${lower} and ${upper}; the camps are the best found, not proven optimal`,
    );
    expect(wordedAnalysis(analysis, 'id').graph.balance?.frustration.note).toMatch(
      new RegExp(`^Batas langkah habis: indeks frustrasi antara ${lower} dan ${upper};`),
    );
    const capped = analyzeNetwork(graph, {
      metrics: ['balance'],
      frustration: { branchAndBoundMaxNodes: 30 },
    });
    const cappedNote = capped.graph.balance?.frustration.note;
    expect(cappedNote?.code).toBe('frustration_block_too_large');
    const bounds = cappedNote?.params ?? { lower: -1, upper: -1 };
    expect(wordedAnalysis(capped, 'en').graph.balance?.frustration.note).toBe(
      `The frustration index lies between ${bounds.lower} and ${bounds.upper}: parts of the network with more than 30 nodes are not searched exhaustively; the camps are the best found, not proven optimal`,
    );
    expect(wordedAnalysis(capped, 'id').graph.balance?.frustration.note).toMatch(
      new RegExp(
        `^Indeks frustrasi antara ${bounds.lower} dan ${bounds.upper}: bagian jaringan dengan lebih dari 30 titik`,
      ),
    );
    const plain = analyzeNetwork(buildGraph({ nodes: ['a'], edges: [], directed: false }), {
      metrics: ['degree'],
    });
    expect(wordedAnalysis(plain)).toEqual(plain);
  });
});
