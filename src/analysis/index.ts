/**
 * Simpul's network-analysis core: pure functions over a compact graph, no I/O, no clock, seeded
 * randomness, no Node built-ins (it also runs in a browser or web worker). Errors are
 * `AnalysisError { code, params }`; parallelism comes in as a `SweepRunner`. See docs/ANALYSIS.md for
 * every measure's definition and conventions.
 */

export * from './agreement/agreement-report.ts';
export * from './agreement/kappa.ts';
export * from './agreement/krippendorff.ts';
export * from './agreement/reliability-data.ts';
export * from './agreement/segment-agreement.ts';
export * from './analysis-error.ts';
export * from './analysis-result.ts';
export { type AnalyzeOptions, analyzeNetwork } from './analyze-network.ts';
export { signedBalance } from './balance-summary.ts';
export * from './betweenness.ts';
export * from './blockmodel/blockmodel.ts';
export * from './brokerage.ts';
export * from './brokerage-conflicts.ts';
export * from './brokerage-null.ts';
export * from './brokerage-permutation.ts';
export * from './centralization.ts';
export * from './closeness.ts';
export * from './clustering.ts';
export * from './communities.ts';
export * from './components.ts';
export * from './constraint.ts';
export * from './degree.ts';
export * from './density.ts';
export * from './effective-size.ts';
export * from './eigenvector.ts';
export * from './frustration/frustration.ts';
export * from './graph.ts';
export * from './graph-builder.ts';
export * from './harmonic.ts';
export * from './k-core.ts';
export * from './layers.ts';
export * from './leiden.ts';
export * from './louvain.ts';
export * from './modularity.ts';
export * from './multiplex.ts';
export * from './pagerank.ts';
export * from './path-centralization.ts';
export { type DistanceMode, type SweepGraph, type SweepSums, sweepSources } from './path-sweep.ts';
export * from './pn-centrality.ts';
export * from './reciprocity.ts';
export * from './rng.ts';
export * from './sweep-runner.ts';
export * from './synthetic-center.ts';
export * from './temporal.ts';
export * from './transitivity.ts';
export * from './triangle-balance.ts';
