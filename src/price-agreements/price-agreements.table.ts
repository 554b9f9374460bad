import type {
  CreatedAt,
  DateColumn,
  Id,
  Json,
  NullableDate,
  NullableNumeric,
  Numeric,
  UpdatedAt,
  Version,
} from '../db/column-types.ts';
import type { FirmVerdict } from './competition-flag.ts';
import type { FlagStatus, PriceKind } from './price-agreements.constants.ts';

/** An agreed floor or reference price of a koperasi or paguyuban for one product (migration 0025). */
export interface PriceAgreementsTable {
  id: Id;
  institution_id: string;
  center_id: string;
  product: string;
  unit: string;
  kind: PriceKind;
  price: Numeric;
  valid_from: DateColumn;
  valid_to: NullableDate;
  notes: string | null;
  /** The competition-law flag as last evaluated, with the verdict per consenting firm that decided it. */
  flag: FlagStatus;
  flag_inputs: Json<FirmVerdict[]>;
  flag_evaluated_at: UpdatedAt;
  created_by: string | null;
  version: Version;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A member firm's dated consent; withdrawn by a date (kept for the trail). */
export interface PriceAgreementConsentsTable {
  id: Id;
  agreement_id: string;
  enterprise_id: string;
  consented_on: DateColumn;
  withdrawn_on: NullableDate;
  recorded_by: string | null;
  /** Why the institution's board withdrew it (migration 0032); null when the firm withdrew itself. */
  withdraw_reason: string | null;
  withdrawn_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A report that a firm sold below the agreed price, and the PRICE_UNDERCUTTING tie it wrote. */
export interface PriceViolationReportsTable {
  id: Id;
  agreement_id: string;
  offender_enterprise_id: string;
  affected_enterprise_id: string;
  sold_on: DateColumn;
  sold_price: NullableNumeric;
  evidence_note: string;
  interaction_id: string;
  /** The conflict case opened from this report, once cases exist (filled by the cases feature). */
  case_id: string | null;
  reported_by: string | null;
  created_at: CreatedAt;
}
