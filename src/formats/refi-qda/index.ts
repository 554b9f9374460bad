/** REFI-QDA exchange (QDPX projects, QDC codebooks): the neutral model, its writers and lenient readers. */

export * from './code-points.ts';
export * from './guid.ts';
export * from './loss-report.ts';
export * from './model.ts';
export * from './read-qde.ts';
export * from './read-qdpx.ts';
export * from './write-qde.ts';
export * from './write-qdpx.ts';
