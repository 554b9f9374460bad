import type { ColumnType, Generated } from 'kysely';
import type { Json, NullableDate } from '../../db/column-types.ts';
import type { CenterAnalysis } from './analysis.schema.ts';

/** A stored centre analysis (migration 0005); `result` is the API shape without `computedAt`. */
export interface CenterAnalysesTable {
  id: Generated<number>;
  center_id: string;
  at: NullableDate;
  /** The centre's `center_network_versions.version` when the network was loaded. */
  network_version: ColumnType<number, number, number>;
  analysis_version: number;
  parameters: Json<CenterAnalysis['parameters']>;
  result: Json<Omit<CenterAnalysis, 'computedAt'>>;
  computed_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** Trigger-maintained change counter of a centre's network (migration 0005). */
export interface CenterNetworkVersionsTable {
  center_id: string;
  version: ColumnType<number, number, number>;
  /** Bumped when what readers are shown of the network changes: names, coordinates, scope data (0008). */
  view_version: ColumnType<number, number | undefined, number>;
}
