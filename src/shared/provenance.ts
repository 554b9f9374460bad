import { z } from 'zod';
import { SOURCES } from './sources.ts';
import { multiLine, singleLine } from './text.ts';

export { SOURCES } from './sources.ts';

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
