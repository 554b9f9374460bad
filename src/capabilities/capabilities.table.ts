import type { Generated } from 'kysely';
import type {
  CreatedAt,
  Id,
  NullableDate,
  NullableNumeric,
  NullableTimestamp,
  UpdatedAt,
  Version,
} from '../db/column-types.ts';

/** A sector of the process taxonomy (batik, footwear, …): data, so a Dinas adds one without a release. */
export interface ProcessSectorsTable {
  code: string;
  label_id: string;
  label_en: string;
  sort_order: Generated<number>;
  archived_at: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A process of a sector, coded `sector.process` (`batik.nyorek`). */
export interface ProcessesTable {
  code: string;
  sector_code: string;
  label_id: string;
  label_en: string;
  sort_order: Generated<number>;
  archived_at: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** What an enterprise can make and take on (DOMAIN.md §6.5); one row per enterprise. */
export interface CapabilityProfilesTable {
  enterprise_id: string;
  monthly_capacity: NullableNumeric;
  capacity_unit: string | null;
  spare_capacity_pct: number | null;
  /** The day the spare capacity was last confirmed; older than 60 days ranks with a penalty. */
  spare_confirmed_on: NullableDate;
  lead_time_days: number | null;
  min_order_qty: NullableNumeric;
  accepts_toll: boolean;
  accepts_subcontract: boolean;
  accepts_client_materials: boolean;
  notes: string | null;
  version: Version;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A process an enterprise masters, at level 1 (basic) to 3 (expert). */
export interface CapabilityProcessesTable {
  id: Id;
  enterprise_id: string;
  process_code: string;
  level: number;
}

/** Machines of one type an enterprise has, and how it got them. */
export interface CapabilityMachinesTable {
  id: Id;
  enterprise_id: string;
  machine_type: string;
  count: number;
  capacity: string | null;
  acquired: 'own' | 'grant' | 'shared_facility';
}

/** A certification (SNI, halal, PIRT, BPOM, SVLK, HKI, TKDN-IK); an expired one does not count. */
export interface CapabilityCertificationsTable {
  id: Id;
  enterprise_id: string;
  kind: string;
  number: string | null;
  valid_from: NullableDate;
  valid_until: NullableDate;
}
