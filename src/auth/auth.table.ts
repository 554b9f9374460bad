import type { Generated } from 'kysely';
import type { CreatedAt, Id, NullableTimestamp, UpdatedAt, Version } from '../db/column-types.ts';

export interface UsersTable {
  id: Id;
  email: string;
  display_name: string;
  role: string;
  password_hash: string | null;
  personal_data_access: Generated<boolean>;
  active: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: NullableTimestamp;
  password_changed_at: NullableTimestamp;
  last_login_at: NullableTimestamp;
  version: Version;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface UserScopesTable {
  user_id: string;
  kind: 'region' | 'center' | 'enterprise' | 'project';
  ref: string;
}

/** A sign-in session; `id` is the SHA-256 of the cookie's secret, which is never stored. */
export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: UpdatedAt;
  expires_at: Date;
  revoked_at: NullableTimestamp;
  ip: string | null;
  user_agent: string | null;
}

/** An API token; only its SHA-256 and a short prefix (to recognise it in lists) are stored. */
export interface ApiTokensTable {
  id: Id;
  user_id: string;
  name: string;
  prefix: string;
  token_hash: string;
  access: 'read' | 'write';
  created_at: CreatedAt;
  last_used_at: NullableTimestamp;
  expires_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

/** One changed row, written by the audit triggers; never updated or deleted. */
export interface AuditLogTable {
  id: Generated<number>;
  occurred_at: CreatedAt;
  transaction_id: Generated<number>;
  actor_user_id: string | null;
  actor_label: string;
  via: string;
  session_id: string | null;
  token_id: string | null;
  request_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  region_codes: Generated<string[]>;
  before: unknown;
  after: unknown;
}

/** Installation secrets, created on first use. */
export interface AppSecretsTable {
  name: string;
  value: string;
}
