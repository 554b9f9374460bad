import type { PatternCode } from '../../../src/networks/analysis/analysis.schema.ts';
import type { PatternCounts } from '../../../src/networks/compare/compare.schema.ts';
import type { Overview } from '../../../src/overview/overview.schema.ts';
import type { RegionIndicator } from './view.ts';

/** A pattern layer's mode: the share of a region's analysed centres that have this pattern. */
export type PatternMode = `pattern:${PatternCode}`;

/** Whether a map mode is a pattern share (rather than a figure of the overview). */
export const isPatternMode = (mode: string): mode is PatternMode => mode.startsWith('pattern:');

/** The pattern a pattern mode shows. */
export const patternOf = (mode: PatternMode): PatternCode => mode.slice('pattern:'.length) as PatternCode;

/**
 * The value of each child region for a layer: the overview's figure (every child has one), or for a
 * pattern the percentage (0–100) of the region's analysed centres labelled with it, from the stored labels
 * counted per child region (`GET /analysis/pattern-counts`). A child with no analysed centre has no share
 * and is left out, so the map shows it as "no data" rather than 0 %.
 */
export function layerValues(
  data: Overview,
  mode: RegionIndicator | PatternMode,
  counts: PatternCounts | null,
): Map<string, number> {
  if (!isPatternMode(mode)) return new Map(data.children.map((c) => [c.code, c[mode]]));
  const code = patternOf(mode);
  return new Map(
    (counts?.children ?? []).flatMap((child) => {
      if (child.analysed === 0) return [];
      const matching = child.counts.find((c) => c.code === code)?.centers ?? 0;
      return [[child.code, (100 * matching) / child.analysed] as const];
    }),
  );
}
