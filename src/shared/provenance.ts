import { z } from 'zod';
import { multiLine, singleLine } from './text.ts';

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
export const SourceSchema = z.enum(SOURCES);
export type Source = z.infer<typeof SourceSchema>;

/** Source, vintage and definition carried by every quantitative figure. */
export const ProvenanceSchema = z.object({
  /** Who produced the figure. `synthetic` marks generated demo data. */
  source: SourceSchema,
  /** The release or collection round, e.g. `2019`, `Direktori Sentra 2020`. */
  vintage: singleLine().min(1).max(100),
  /** What the figure counts (e.g. "workers incl. owner"). */
  definition: multiLine().max(500).nullish(),
  /** Citation or document reference. */
  sourceRef: singleLine().max(500).nullish(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;
