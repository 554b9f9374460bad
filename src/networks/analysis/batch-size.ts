// Its own module so that `simpul analyze --help` can show the default without loading the analysis.

/** Default centres per batch: ~180 k ties at national density, a few tens of MB in memory. */
export const DEFAULT_BATCH_SIZE = 500;

/**
 * Centres per queue job of an analysis run of `total` centres when not given: about 200 jobs, so that
 * workers share the work evenly and a killed worker loses little, but never under 5 centres, which would
 * spend more on the queue than on the analysis, nor over 200 (design-choices.md, "National recompute").
 */
export function defaultChunkSize(total: number): number {
  return Math.min(200, Math.max(5, Math.ceil(total / 200)));
}
