// Its own module so that `simpul analyze --help` can show the default without loading the analysis.

/** Default centres per batch: ~180 k ties at national density, a few tens of MB in memory. */
export const DEFAULT_BATCH_SIZE = 500;

/** Default centres per queue job of an analysis run (design-choices.md, "National recompute on the job queue"). */
export const DEFAULT_CHUNK_SIZE = 100;
