import type {
  CreatedAt,
  DateColumn,
  Id,
  NullableDate,
  NullableNumeric,
  NullableTimestamp,
  Numeric,
  UpdatedAt,
  Version,
} from '../db/column-types.ts';

/**
 * A request for quotation / order sharing (issue #18): posted by an enterprise of a centre, or by an
 * officer on behalf of an outside buyer (`buyer_name`); exactly one of the two is set.
 */
export interface PartnershipRequestsTable {
  id: Id;
  poster_enterprise_id: string | null;
  buyer_name: string | null;
  posted_by: string;
  product: string;
  description: string | null;
  process_codes: string[];
  required_certifications: string[];
  quantity: Numeric;
  unit: string;
  target_unit_price: NullableNumeric;
  answer_deadline: DateColumn;
  delivery_date: DateColumn;
  /** The tie a delivered award becomes. */
  tie_type: 'TOLL_MANUFACTURING' | 'SUBCONTRACT' | 'ORDER_SHARING';
  target_region_code: string | null;
  /** `invited`: only invited firms see it; `targeted`: every firm of the target centres may answer. */
  visibility: 'invited' | 'targeted';
  review_required: boolean;
  status:
    | 'draft'
    | 'in_review'
    | 'open'
    | 'closed'
    | 'awarded'
    | 'in_production'
    | 'delivered'
    | 'rated'
    | 'cancelled';
  reviewed_by: string | null;
  reviewed_at: NullableTimestamp;
  /** Why the reviewer returned the request to its poster (migration 0017). */
  review_note: string | null;
  published_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  awarded_at: NullableTimestamp;
  cancelled_at: NullableTimestamp;
  version: Version;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A centre a request is aimed at. */
export interface PartnershipRequestCentersTable {
  request_id: string;
  center_id: string;
}

/** An enterprise invited to answer a request. */
export interface RequestInvitationsTable {
  id: Id;
  request_id: string;
  enterprise_id: string;
  invited_by: string;
  invited_at: CreatedAt;
  seen_at: NullableTimestamp;
  declined_at: NullableTimestamp;
}

/** An enterprise's answer (quote) to a request; one per enterprise and request. */
export interface RequestAnswersTable {
  id: Id;
  request_id: string;
  enterprise_id: string;
  answered_by: string;
  unit_price: NullableNumeric;
  quantity_offered: Numeric;
  ready_on: DateColumn;
  note: string | null;
  withdrawn_at: NullableTimestamp;
  version: Version;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A question or answer in a request's thread. */
export interface RequestMessagesTable {
  id: Id;
  request_id: string;
  author_user_id: string;
  author_enterprise_id: string | null;
  reply_to: string | null;
  body: string;
  created_at: CreatedAt;
}

/** A share of a request awarded to one answering enterprise (a request may be split). */
export interface RequestAwardsTable {
  id: Id;
  request_id: string;
  answer_id: string;
  enterprise_id: string;
  quantity: Numeric;
  unit_price: NullableNumeric;
  delivery_date: DateColumn;
  status: 'awarded' | 'in_production' | 'delivered' | 'failed' | 'cancelled';
  poster_confirmed_at: NullableTimestamp;
  supplier_confirmed_at: NullableTimestamp;
  delivered_on: NullableDate;
  failure_reason: string | null;
  /** The collaboration tie the delivered award became. */
  interaction_id: string | null;
  /** The `BREACH_OF_CONTRACT` tie recorded after both sides were heard, if any. */
  breach_interaction_id: string | null;
  awarded_by: string;
  /** When the supplier started production (migration 0017). */
  started_at: NullableTimestamp;
  /** A failed delivery: late by more than the allowed days, or broken (migration 0017). */
  failure_kind: 'late' | 'broken' | null;
  failure_reported_at: NullableTimestamp;
  failure_reported_by: string | null;
  /** Each side's statement on a failure; a breach tie needs both. */
  poster_statement: string | null;
  supplier_statement: string | null;
  version: Version;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** One side's rating of the other after delivery (1–5 each). */
export interface RequestRatingsTable {
  id: Id;
  award_id: string;
  rater_side: 'poster' | 'supplier';
  rated_by: string;
  on_time: number;
  quality: number;
  communication: number;
  comment: string | null;
  created_at: CreatedAt;
}
