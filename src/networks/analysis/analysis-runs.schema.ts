import { z } from 'zod';
import { IsoDateSchema, IsoDateTimeSchema } from '../../shared/dates.ts';

/** A national recompute handed to the job queue's workers (`simpul analyze --all`), with its progress. */
export const AnalysisRunSchema = z.object({
  id: z.uuid().describe('The run id'),
  at: IsoDateSchema.nullable().describe('Date of the networks; null: every tie ever recorded'),
  force: z.boolean().describe('Current results were recomputed too'),
  state: z.enum(['running', 'finished']).describe('Finished: every chunk done or out of attempts'),
  total: z.number().int().describe('Centres in the run'),
  done: z.number().int().describe('Centres analysed and stored'),
  failed: z.number().int().describe('Centres of chunks that ran out of attempts'),
  failedCenterIds: z.array(z.uuid()).describe('The failed centres (the first 100)'),
  chunks: z.number().int().describe('Jobs the centres were split into'),
  centersPerSecond: z.number().nullable().describe('Centres done per second since the run began'),
  etaSeconds: z.number().nullable().describe('Seconds left at that rate (null when unknown or finished)'),
  workers: z.number().int().describe('Worker processes seen in the last minute'),
  startedAt: IsoDateTimeSchema,
  finishedAt: IsoDateTimeSchema.nullable(),
});
export type AnalysisRun = z.infer<typeof AnalysisRunSchema>;

/** Starting a run from the admin page. */
export const AnalysisRunStartSchema = z
  .object({
    force: z.boolean().default(false).describe('Recompute results that are still current'),
  })
  .strict();
export type AnalysisRunStart = z.infer<typeof AnalysisRunStartSchema>;

/** A run started from the admin page, or the open run it joined. */
export const AnalysisRunStartedSchema = z.object({
  run: AnalysisRunSchema,
  joined: z.boolean().describe('A run was already under way: it is returned, nothing more was queued'),
});
