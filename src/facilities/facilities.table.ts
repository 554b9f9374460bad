import type {
  CreatedAt,
  DateColumn,
  Id,
  NullableNumeric,
  NullableTimestamp,
  UpdatedAt,
  Version,
} from '../db/column-types.ts';
import type { FacilityKind, FacilityStatus } from './facilities.constants.ts';

/** A centre's shared facility and its opening calendar (migration 0029). */
export interface FacilitiesTable {
  id: Id;
  center_id: string;
  kind: FacilityKind;
  name: string;
  /** The institution managing it; one serving the same centre. */
  institution_id: string | null;
  capacity: NullableNumeric;
  capacity_unit: string | null;
  /** ISO weekdays it opens (1 Monday … 7 Sunday). */
  open_weekdays: number[];
  /** Days it is closed although a weekday it opens (holidays, maintenance), as `YYYY-MM-DD`. */
  closed_dates: string[];
  funded_by: string | null;
  built_year: number | null;
  status: FacilityStatus;
  notes: string | null;
  version: Version;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A member firm's whole-day booking, `starts_on`–`ends_on` inclusive; `used` is recorded afterwards. */
export interface FacilityBookingsTable {
  id: Id;
  facility_id: string;
  enterprise_id: string;
  starts_on: DateColumn;
  ends_on: DateColumn;
  purpose: string | null;
  used: boolean | null;
  cancelled_at: NullableTimestamp;
  booked_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A day a facility was used without a booking. */
export interface FacilityWalkInsTable {
  id: Id;
  facility_id: string;
  used_on: DateColumn;
  enterprise_id: string | null;
  note: string | null;
  recorded_by: string | null;
  created_at: CreatedAt;
}
