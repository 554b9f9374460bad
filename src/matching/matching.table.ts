import type { CreatedAt, Json, UpdatedAt, Version } from '../db/column-types.ts';

/** A centre's matching weights: any subset of `MatchingWeights`, the rest take the defaults. */
export interface MatchingWeightsTable {
  center_id: string;
  weights: Json<Record<string, unknown>>;
  version: Version;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}
