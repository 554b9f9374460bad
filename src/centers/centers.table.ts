import type { Generated } from 'kysely';
import type {
  CreatedAt,
  Id,
  Json,
  NullableDate,
  NullableJson,
  NullableTimestamp,
  Numeric,
  UpdatedAt,
  Version,
} from '../db/column-types.ts';
import type { KbliEntry } from '../shared/kbli.ts';
import type { StatisticalCriteria } from './centers.schema.ts';

export interface CentersTable {
  id: Id;
  external_id: string | null;
  name: string;
  main_product: string;
  commodity_group: string;
  dinas_group: string | null;
  kbli: Json<KbliEntry[]>;
  origin: string;
  status: string;
  designation_sk_number: string | null;
  designation_date: NullableDate;
  designation_issuer: string | null;
  statistical_criteria: NullableJson<StatisticalCriteria>;
  founding_year: number | null;
  description: string | null;
  latitude: number | null;
  longitude: number | null;
  version: Version;
  archived_at: NullableTimestamp;
  /** Requests posted by this centre's firms wait for an officer's review before they open (issue #18). */
  request_review_required: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface CenterRegionsTable {
  center_id: string;
  region_code: string;
}

export interface CenterFiguresTable {
  id: Id;
  center_id: string;
  indicator: string;
  value: Numeric;
  unit: string | null;
  year: number;
  source: string;
  source_ref: string | null;
  vintage: string;
  definition: string | null;
  created_at: CreatedAt;
}
