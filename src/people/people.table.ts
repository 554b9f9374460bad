import type { Generated } from 'kysely';
import type { CreatedAt, Id, NullableTimestamp, UpdatedAt, Version } from '../db/column-types.ts';

export interface PeopleTable {
  id: Id;
  full_name: string;
  gender: 'female' | 'male' | null;
  birth_year: number | null;
  phone: string | null;
  email: string | null;
  roles: Generated<string[]>;
  notes: string | null;
  version: Version;
  archived_at: NullableTimestamp;
  erased_at: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** Where a person works or serves: exactly one of enterprise or institution. */
export interface PersonAffiliationsTable {
  person_id: string;
  enterprise_id: string | null;
  institution_id: string | null;
  role: string;
}
