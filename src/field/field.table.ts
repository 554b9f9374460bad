import type { CreatedAt, Id, NullableJson, NullableTimestamp } from '../db/column-types.ts';
import type { ErrorBody } from '../shared/error-body.ts';
import type { FieldEnterpriseChanges } from './field.schema.ts';

/** One change a phone sent, its outcome, and (for an update on an old version) its conflict. */
export interface FieldChangesTable {
  id: Id;
  client_change_id: string;
  user_id: string;
  center_id: string;
  kind: string;
  collected_at: Date | string;
  received_at: CreatedAt;
  based_on_version: number | null;
  status: string;
  record_id: string | null;
  record_version: number | null;
  error: NullableJson<ErrorBody['error']>;
  conflict_enterprise_id: string | null;
  conflict_mine: NullableJson<FieldEnterpriseChanges>;
  resolved_at: NullableTimestamp;
  resolution: string | null;
}

/** A photo of a firm taken in the field (the bytes are in `enterprise_photo_files`). */
export interface EnterprisePhotosTable {
  id: Id;
  enterprise_id: string;
  caption: string | null;
  width: number;
  height: number;
  byte_size: number;
  taken_at: Date | string;
  created_by: string | null;
  created_at: CreatedAt;
}

/** The bytes of a field photo, outside the audit trail. */
export interface EnterprisePhotoFilesTable {
  photo_id: string;
  content: Buffer;
}
