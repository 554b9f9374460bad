import type { CreatedAt, DateColumn, Id, NullableDate, UpdatedAt, Version } from '../db/column-types.ts';
import type { FunderKind, InterventionType } from './interventions.constants.ts';

/** A programme delivered to a centre (migration 0030). */
export interface InterventionsTable {
  id: Id;
  center_id: string;
  type: InterventionType;
  title: string;
  start_date: DateColumn;
  end_date: NullableDate;
  cost_idr: number | null;
  funder_kind: FunderKind;
  funder_name: string | null;
  notes: string | null;
  version: Version;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** An enterprise of the centre that an intervention reached. */
export interface InterventionEnterprisesTable {
  intervention_id: string;
  enterprise_id: string;
}

/** An institution of the centre that an intervention reached. */
export interface InterventionInstitutionsTable {
  intervention_id: string;
  institution_id: string;
}
