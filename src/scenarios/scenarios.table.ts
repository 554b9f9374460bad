import type { CreatedAt, Id, Json } from '../db/column-types.ts';
import type { WhatIfEditInput } from './what-if.schema.ts';

/** A saved what-if scenario: a named list of edits on one centre's network (migration 0031). */
export interface WhatIfScenariosTable {
  id: Id;
  center_id: string;
  name: string;
  /** The edits as the API took them (`WhatIfEditInput[]`), simulated again whenever opened. */
  edits: Json<WhatIfEditInput[]>;
  created_by: string | null;
  created_at: CreatedAt;
}
