import type {
  CreatedAt,
  DateColumn,
  Id,
  NullableDate,
  NullableTimestamp,
  UpdatedAt,
  Version,
} from '../db/column-types.ts';

/**
 * One signed, typed, dated tie (DOMAIN.md §6.3). Exactly one of `to_enterprise_id` / `to_institution_id`
 * is set; symmetric types are stored with the smaller enterprise id in `from_enterprise_id`.
 */
export interface InteractionsTable {
  id: Id;
  center_id: string | null;
  from_enterprise_id: string;
  to_enterprise_id: string | null;
  to_institution_id: string | null;
  type: string;
  valence: string;
  legal_pattern: string | null;
  start_date: DateColumn;
  /** Exclusive: the tie is active on days start ≤ d < end. */
  end_date: NullableDate;
  frequency: string | null;
  strength: number | null;
  volume: string | null;
  formality: string;
  reported_by: string;
  confidence: string;
  evidence_notes: string | null;
  confidential: boolean;
  version: Version;
  archived_at: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}
