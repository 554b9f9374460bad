import type { Insertable } from 'kysely';
import type { Database } from '../db/database-types.ts';
import type { ValueChainRole } from './value-chain.data.ts';

/** Tables the demo writes, in an order every foreign key accepts. */
export const DEMO_TABLES = [
  'centers',
  'center_regions',
  'center_figures',
  'people',
  'enterprises',
  'enterprise_year_data',
  'center_memberships',
  'institutions',
  'institution_centers',
  'institution_memberships',
  'institution_challenges',
  'person_affiliations',
  'interactions',
  'capability_profiles',
  'capability_processes',
  'capability_machines',
  'capability_certifications',
  'pools',
  'pool_pledges',
  'pool_purchases',
  'pool_deliveries',
  'pool_ties',
  // Requests for quotation / order sharing (issue #18), after the ties their awards became.
  'partnership_requests',
  'partnership_request_centers',
  'request_invitations',
  'request_answers',
  'request_awards',
  'request_ratings',
  // Price agreements (issue #19), after the institutions and their members.
  'price_agreements',
  'price_agreement_consents',
  // Conflict cases (issue #19), after the ties they are about.
  'conflict_cases',
  'conflict_case_parties',
  'conflict_case_ties',
  'conflict_case_sessions',
  'conflict_case_commitments',
  'conflict_case_moves',
  // Shared facilities (issue #20), after the centres, institutions and firms they name.
  'facilities',
  'facility_bookings',
  'facility_walk_ins',
] as const;
export type DemoTable = (typeof DEMO_TABLES)[number];

/** Rows to insert, per table. */
export type DemoRows = { [T in DemoTable]: Insertable<Database[T]>[] };

/** Size class in the PP 7/2021 and BPS sense: it sets workers (BPS) and capital (PP 7/2021). */
export type SizeClass = 'micro' | 'small' | 'medium';

/** A generated firm as later steps (institutions, ties) need it. */
export interface DemoFirm {
  id: string;
  ownerId: string;
  /** 1-based position in its centre; part of its external id. */
  index: number;
  size: SizeClass;
  /** Workers (owner included) in the base year 2019. */
  workers: number;
  roles: ValueChainRole[];
  memberFrom: string;
  /** When the firm left the centre; null while it stays. */
  memberTo: string | null;
  /** Sits on the centre's board (pengurus). */
  board: boolean;
}

/** One unit of loading and progress: a centre with everything around it, or the shared Dinas offices. */
export interface DemoBatch {
  label: string;
  centerId: string | null;
  firms: DemoFirm[];
  rows: DemoRows;
}

/** The whole demo for one seed, a pure function of that seed. */
export interface DemoDataset {
  seed: number;
  batches: DemoBatch[];
}

/** Ids, NIBs, phone numbers and names already handed out, so they stay unique across centres. */
export interface DemoContext {
  seed: number;
  personNames: Set<string>;
  nibs: Set<string>;
  phones: Set<string>;
}

/** No rows yet, for every demo table. */
export function emptyRows(): DemoRows {
  return {
    centers: [],
    center_regions: [],
    center_figures: [],
    people: [],
    enterprises: [],
    enterprise_year_data: [],
    center_memberships: [],
    institutions: [],
    institution_centers: [],
    institution_memberships: [],
    institution_challenges: [],
    person_affiliations: [],
    interactions: [],
    capability_profiles: [],
    capability_processes: [],
    capability_machines: [],
    capability_certifications: [],
    pools: [],
    pool_pledges: [],
    pool_purchases: [],
    pool_deliveries: [],
    pool_ties: [],
    partnership_requests: [],
    partnership_request_centers: [],
    request_invitations: [],
    request_answers: [],
    request_awards: [],
    request_ratings: [],
    price_agreements: [],
    price_agreement_consents: [],
    conflict_cases: [],
    conflict_case_parties: [],
    conflict_case_ties: [],
    conflict_case_sessions: [],
    conflict_case_commitments: [],
    conflict_case_moves: [],
    facilities: [],
    facility_bookings: [],
    facility_walk_ins: [],
  };
}
