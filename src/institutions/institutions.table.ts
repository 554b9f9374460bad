import type { Generated } from 'kysely';
import type {
  CreatedAt,
  DateColumn,
  Id,
  NullableDate,
  NullableTimestamp,
  UpdatedAt,
  Version,
} from '../db/column-types.ts';

/** A body around centres: cooperative, association, UPT, Dinas, university… */
export interface InstitutionsTable {
  id: Id;
  external_id: string | null;
  name: string;
  type: string;
  legal_status: string;
  /** Defaults to an empty list in the database. */
  services: Generated<string[]>;
  region_code: string | null;
  founded_year: number | null;
  description: string | null;
  version: Version;
  archived_at: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** Which centres an institution serves. */
export interface InstitutionCentersTable {
  institution_id: string;
  center_id: string;
}

/** One entry of an institution's challenges log. */
export interface InstitutionChallengesTable {
  id: Id;
  institution_id: string;
  category: string;
  severity: string;
  /** Defaults to `open` in the database. */
  status: Generated<string>;
  observed_on: DateColumn;
  resolved_on: NullableDate;
  notes: string | null;
  version: Version;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}
