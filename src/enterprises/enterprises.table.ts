import type { Generated } from 'kysely';
import type {
  CreatedAt,
  Id,
  Json,
  NullableNumeric,
  NullableTimestamp,
  UpdatedAt,
  Version,
} from '../db/column-types.ts';
import type { KbliEntry } from '../shared/kbli.ts';

export interface EnterprisesTable {
  id: Id;
  external_id: string | null;
  nib: string | null;
  name: string;
  owner_person_id: string | null;
  address: string | null;
  region_code: string | null;
  phone: string | null;
  commodity: string | null;
  products: string | null;
  /** Defaults to `individual`. */
  legal_form: Generated<string>;
  license_year: number | null;
  kbli: Json<KbliEntry[]>;
  value_chain_roles: Generated<string[]>;
  /** Defaults to `informal`. */
  formality: Generated<string>;
  latitude: number | null;
  longitude: number | null;
  version: Version;
  archived_at: NullableTimestamp;
  /** Set when the firm was recorded in the field and not yet verified by an officer (issue #23). */
  pending_since: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** One enterprise's figures for one year from one source; sources are kept side by side. */
export interface EnterpriseYearDataTable {
  enterprise_id: string;
  year: number;
  source: string;
  vintage: string;
  definition: string | null;
  source_ref: string | null;
  workers_male: number | null;
  workers_female: number | null;
  investment_excl_land_building: number | null;
  investment_land_building: number | null;
  business_capital: number | null;
  annual_sales: number | null;
  production_qty: NullableNumeric;
  production_unit: string | null;
  production_value: number | null;
  raw_aux_material_value: number | null;
  production_capacity: NullableNumeric;
  installed_capacity: NullableNumeric;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}
