// Its own module, without zod, so that `simpul import --help` lists the choices at once.

/** Where a figure comes from; national statistics disagree, so every figure names its source. */
export const SOURCES = [
  'dinas_census',
  'researcher_survey',
  'siinas',
  'bps',
  'self_report',
  'news',
  'estimate',
  'synthetic',
] as const;
