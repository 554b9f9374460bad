import { z } from 'zod';
import { PageQuerySchema } from '../shared/pagination.ts';
import { singleLine } from '../shared/text.ts';
import { WhatIfEditsSchema } from './what-if.schema.ts';

/** Body of `POST /centers/:id/scenarios`: a name and the edits to keep. */
export const ScenarioCreateSchema = z
  .object({
    /** What the scenario tries, in the author's words. */
    name: singleLine().trim().min(1).max(200),
    /** The edits, applied in order whenever the scenario is opened. */
    edits: WhatIfEditsSchema.min(1),
  })
  .strict();
export type ScenarioCreate = z.infer<typeof ScenarioCreateSchema>;

/** Query of `GET /centers/:id/scenarios`. */
export const ScenarioListQuerySchema = PageQuerySchema.pick({ limit: true, offset: true }).strict();

/** A saved scenario; its figures come from running its edits again (`POST /centers/:id/what-if`). */
export const ScenarioSchema = z.object({
  id: z.uuid(),
  centerId: z.uuid(),
  name: z.string(),
  edits: WhatIfEditsSchema,
  /** The author's display name; null when the account is gone. */
  createdBy: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  /** The reader may delete it (its author, a manager of the centre, or an admin). */
  mayDelete: z.boolean(),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
