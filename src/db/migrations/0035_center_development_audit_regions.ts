import { type Kysely, sql } from 'kysely';

/**
 * The region codes of the audit rows of issue #20's tables, as 0033 did for #19's: shared facilities take
 * their centre's regions, their bookings and walk-in uses their facility's centre's; interventions take
 * their centre's regions, their beneficiary links their intervention's centre's; institution assessments
 * take their institution's region and the regions of the centres it serves; saved what-if scenarios take
 * their centre's. 0002's, 0021's and 0033's cases stay byte for byte. Rows audited before keep their empty
 * region codes: the trail is append-only.
 */

// 0002's, 0021's and 0033's cases, copied verbatim from 0033: released migrations are never edited, and
// `down` must restore 0033's function exactly.
const CASES_0002 = `
        WHEN entity IN ('enterprises', 'institutions', 'center_regions')
          THEN 'array_remove(ARRAY[r.region_code], NULL)'
        WHEN entity = 'centers'
          THEN 'ARRAY(SELECT cr.region_code FROM center_regions cr WHERE cr.center_id = r.id)'
        WHEN entity IN ('center_figures', 'institution_centers')
          THEN 'ARRAY(SELECT cr.region_code FROM center_regions cr WHERE cr.center_id = r.center_id)'
        WHEN entity = 'center_memberships'
          THEN 'ARRAY(SELECT cr.region_code FROM center_regions cr WHERE cr.center_id = r.center_id)'
               ' || ARRAY(SELECT e.region_code FROM enterprises e WHERE e.id = r.enterprise_id AND e.region_code IS NOT NULL)'
        WHEN entity IN ('enterprise_year_data', 'institution_memberships')
          THEN 'ARRAY(SELECT e.region_code FROM enterprises e WHERE e.id = r.enterprise_id AND e.region_code IS NOT NULL)'
        WHEN entity = 'interactions'
          THEN 'ARRAY(SELECT e.region_code FROM enterprises e WHERE e.id IN (r.from_enterprise_id, r.to_enterprise_id)'
               ' AND e.region_code IS NOT NULL)'
        WHEN entity = 'institution_challenges'
          THEN 'ARRAY(SELECT i.region_code FROM institutions i WHERE i.id = r.institution_id AND i.region_code IS NOT NULL)'
        WHEN entity = 'person_affiliations'
          THEN 'ARRAY(SELECT e.region_code FROM enterprises e WHERE e.id = r.enterprise_id AND e.region_code IS NOT NULL)'
               ' || ARRAY(SELECT i.region_code FROM institutions i WHERE i.id = r.institution_id AND i.region_code IS NOT NULL)'
        WHEN entity = 'people'
          THEN 'ARRAY(SELECT e.region_code FROM person_affiliations pa JOIN enterprises e ON e.id = pa.enterprise_id'
               ' WHERE pa.person_id = r.id AND e.region_code IS NOT NULL)'
`;

/** A table list and the SQL expression of a row's (`r`) region codes. */
type RegionCase = readonly [tables: readonly string[], expression: string];

/** The regions of an enterprise (`id` is an SQL expression): its own and its current centres'. */
const firm = (id: string) =>
  `ARRAY(SELECT e.region_code FROM enterprises e WHERE e.id = ${id} AND e.region_code IS NOT NULL` +
  ' UNION SELECT cr.region_code FROM center_memberships m JOIN center_regions cr ON cr.center_id = m.center_id' +
  ` WHERE m.enterprise_id = ${id} AND (m.valid_to IS NULL OR m.valid_to >= current_date) ORDER BY 1)`;

/** The regions of a request (`id` is an SQL expression): its target centres', target region and poster's. */
const request = (id: string) =>
  'ARRAY(SELECT cr.region_code FROM partnership_request_centers pc' +
  ` JOIN center_regions cr ON cr.center_id = pc.center_id WHERE pc.request_id = ${id}` +
  ` UNION SELECT q.target_region_code FROM partnership_requests q WHERE q.id = ${id} AND q.target_region_code IS NOT NULL` +
  ' UNION SELECT e.region_code FROM partnership_requests q JOIN enterprises e ON e.id = q.poster_enterprise_id' +
  ` WHERE q.id = ${id} AND e.region_code IS NOT NULL ORDER BY 1)`;

/** The regions of a centre (`id` is an SQL expression). */
const center = (id: string) =>
  `ARRAY(SELECT cr.region_code FROM center_regions cr WHERE cr.center_id = ${id})`;

/** The regions of a pool (`id` is an SQL expression): its centre's and its institution's. */
const pool = (id: string) =>
  `ARRAY(SELECT cr.region_code FROM pools p JOIN center_regions cr ON cr.center_id = p.center_id WHERE p.id = ${id}` +
  ' UNION SELECT i.region_code FROM pools p JOIN institutions i ON i.id = p.institution_id' +
  ` WHERE p.id = ${id} AND i.region_code IS NOT NULL ORDER BY 1)`;

/** 0021's cases. */
const CASES_0021: readonly RegionCase[] = [
  [
    ['capability_profiles', 'capability_processes', 'capability_machines', 'capability_certifications'],
    firm('r.enterprise_id'),
  ],
  // The request row reads its own columns: a deleted request is no longer in its table.
  [
    ['partnership_requests'],
    'ARRAY(SELECT cr.region_code FROM partnership_request_centers pc' +
      ' JOIN center_regions cr ON cr.center_id = pc.center_id WHERE pc.request_id = r.id' +
      ' UNION SELECT r.target_region_code WHERE r.target_region_code IS NOT NULL' +
      ' UNION SELECT e.region_code FROM enterprises e WHERE e.id = r.poster_enterprise_id AND e.region_code IS NOT NULL' +
      ' ORDER BY 1)',
  ],
  [['partnership_request_centers'], `${center('r.center_id')} || ${request('r.request_id')}`],
  [
    ['request_invitations', 'request_answers', 'request_awards'],
    `${request('r.request_id')} || ${firm('r.enterprise_id')}`,
  ],
  [['request_messages'], request('r.request_id')],
  [['request_ratings'], request('(SELECT a.request_id FROM request_awards a WHERE a.id = r.award_id)')],
  [['pools'], pool('r.id')],
  [['pool_pledges', 'pool_deliveries'], `${pool('r.pool_id')} || ${firm('r.enterprise_id')}`],
  [['pool_purchases', 'pool_ties'], pool('r.pool_id')],
  [['matching_weights'], center('r.center_id')],
];

/** `text` as an SQL string literal. */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The function's body: 0002's cases, then `extra`, then 0002's fallback. */
function body(extra: readonly RegionCase[]): string {
  const added = extra.map(
    ([tables, expression]) =>
      `        WHEN entity IN (${tables.map(literal).join(', ')})\n          THEN ${literal(expression)}\n`,
  );
  return `SELECT CASE${CASES_0002}${added.join('')}        ELSE '''{}''::text[]'\n      END`;
}

async function replaceFunction(db: Kysely<unknown>, extra: readonly RegionCase[]): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION audit_region_sql(entity text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      ${sql.raw(body(extra))}
    $$`.execute(db);
}

/** The regions of a conflict case (`id` is an SQL expression): its centre's. */
const conflictCase = (id: string) =>
  'ARRAY(SELECT cr.region_code FROM conflict_cases k JOIN center_regions cr ON cr.center_id = k.center_id' +
  ` WHERE k.id = ${id})`;

/** The regions of a design record (`id` is an SQL expression): its firm's and its centre's. */
const designRecord = (id: string) =>
  `ARRAY(SELECT e.region_code FROM design_records d JOIN enterprises e ON e.id = d.enterprise_id WHERE d.id = ${id}` +
  ' AND e.region_code IS NOT NULL UNION SELECT cr.region_code FROM design_records d' +
  ` JOIN center_regions cr ON cr.center_id = d.center_id WHERE d.id = ${id} ORDER BY 1)`;

/** The regions of a price agreement (`id` is an SQL expression): its centre's. */
const agreement = (id: string) =>
  'ARRAY(SELECT cr.region_code FROM price_agreements pa JOIN center_regions cr ON cr.center_id = pa.center_id' +
  ` WHERE pa.id = ${id})`;

/** 0033's cases. A parent row reads its own columns: a deleted one is no longer in its table. */
const CASES_0033: readonly RegionCase[] = [
  [['conflict_cases', 'price_agreements'], center('r.center_id')],
  [
    [
      'conflict_case_parties',
      'conflict_case_ties',
      'conflict_case_evidence',
      'conflict_case_sessions',
      'conflict_case_commitments',
      'conflict_case_notes',
      'conflict_case_moves',
    ],
    conflictCase('r.case_id'),
  ],
  [
    ['design_records'],
    'ARRAY(SELECT e.region_code FROM enterprises e WHERE e.id = r.enterprise_id AND e.region_code IS NOT NULL' +
      ' UNION SELECT cr.region_code FROM center_regions cr WHERE cr.center_id = r.center_id ORDER BY 1)',
  ],
  [['design_images'], designRecord('r.record_id')],
  [['price_agreement_consents', 'price_violation_reports'], agreement('r.agreement_id')],
];

/** The regions of a facility (`id` is an SQL expression): its centre's. */
const facility = (id: string) =>
  'ARRAY(SELECT cr.region_code FROM facilities f JOIN center_regions cr ON cr.center_id = f.center_id' +
  ` WHERE f.id = ${id})`;

/** The regions of an intervention (`id` is an SQL expression): its centre's. */
const intervention = (id: string) =>
  'ARRAY(SELECT cr.region_code FROM interventions v JOIN center_regions cr ON cr.center_id = v.center_id' +
  ` WHERE v.id = ${id})`;

/** The cases this migration adds. A parent row reads its own columns: a deleted one is no longer in its table. */
const CASES_0035: readonly RegionCase[] = [
  [['facilities', 'interventions', 'what_if_scenarios'], center('r.center_id')],
  [['facility_bookings', 'facility_walk_ins'], facility('r.facility_id')],
  [['intervention_enterprises', 'intervention_institutions'], intervention('r.intervention_id')],
  [
    ['institution_assessments'],
    'ARRAY(SELECT i.region_code FROM institutions i WHERE i.id = r.institution_id AND i.region_code IS NOT NULL' +
      ' UNION SELECT cr.region_code FROM institution_centers ic JOIN center_regions cr ON cr.center_id = ic.center_id' +
      ' WHERE ic.institution_id = r.institution_id ORDER BY 1)',
  ],
];

/** Replaces `audit_region_sql` with the version that also knows the #20 tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await replaceFunction(db, [...CASES_0021, ...CASES_0033, ...CASES_0035]);
}

/** Puts 0033's function back. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await replaceFunction(db, [...CASES_0021, ...CASES_0033]);
}
