import type { Generated } from 'kysely';
import type { CreatedAt, DateColumn, Id, NullableDate, UpdatedAt } from '../db/column-types.ts';

/** Enterprise ↔ centre membership over a period (`valid_to` null while ongoing). */
export interface CenterMembershipsTable {
  id: Id;
  center_id: string;
  enterprise_id: string;
  valid_from: DateColumn;
  valid_to: NullableDate;
  /** Defaults to `member` in the database. */
  role: Generated<string>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** Enterprise ↔ institution membership over a period. */
export interface InstitutionMembershipsTable {
  id: Id;
  institution_id: string;
  enterprise_id: string;
  valid_from: DateColumn;
  valid_to: NullableDate;
  /** Defaults to `member` in the database. */
  role: Generated<string>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}
