import { type Insertable, type Selectable, sql } from 'kysely';
import type { ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { nextVersion } from '../db/versioned.ts';
import { memberOn } from '../shared/periods.ts';
import type { FirmVerdict } from './competition-flag.ts';
import type { FlagStatus } from './price-agreements.constants.ts';
import type { PriceAgreementListQuery } from './price-agreements.schema.ts';
import type { PriceAgreementsTable, PriceViolationReportsTable } from './price-agreements.table.ts';

/** An agreement as stored, with its institution's and centre's names and its standing consents. */
export type AgreementRow = Selectable<PriceAgreementsTable> & {
  institution_name: string;
  center_name: string;
  consents: number;
};

function agreementsWithNames(db: Db) {
  return db
    .selectFrom('price_agreements as pa')
    .innerJoin('institutions as i', 'i.id', 'pa.institution_id')
    .innerJoin('centers as c', 'c.id', 'pa.center_id')
    .selectAll('pa')
    .select(['i.name as institution_name', 'c.name as center_name'])
    .select(
      sql<number>`(SELECT count(*)::int FROM price_agreement_consents x
        WHERE x.agreement_id = pa.id AND x.withdrawn_on IS NULL)`.as('consents'),
    );
}

/** Agreements matching the filters and the reader's `scope` (a predicate on alias `pa`), newest first. */
export async function listAgreementRows(
  db: Db,
  query: PriceAgreementListQuery,
  scope: ScopePredicate,
): Promise<{ rows: AgreementRow[]; total: number }> {
  let base = agreementsWithNames(db);
  if (scope) base = base.where(scope);
  if (query.centerId) base = base.where('pa.center_id', '=', query.centerId);
  if (query.institutionId) base = base.where('pa.institution_id', '=', query.institutionId);
  if (query.flag) base = base.where('pa.flag', '=', query.flag);
  const [rows, count] = await Promise.all([
    base.orderBy('pa.valid_from', 'desc').orderBy('pa.id').limit(query.limit).offset(query.offset).execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** One agreement with names, or undefined. */
export function findAgreementRow(db: Db, id: string): Promise<AgreementRow | undefined> {
  return agreementsWithNames(db).where('pa.id', '=', id).executeTakeFirst();
}

/** Reads an agreement and locks it for the rest of the transaction (consents change its flag). */
export function lockAgreementRow(db: Db, id: string) {
  return db.selectFrom('price_agreements').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Inserts an agreement; returns its id. */
export async function insertAgreement(db: Db, values: Insertable<PriceAgreementsTable>): Promise<string> {
  return (await db.insertInto('price_agreements').values(values).returning('id').executeTakeFirstOrThrow())
    .id;
}

/** Records a re-evaluated flag with the verdicts that decided it, bumping the version. */
export async function saveFlag(db: Db, id: string, flag: FlagStatus, inputs: FirmVerdict[]): Promise<void> {
  await db
    .updateTable('price_agreements')
    .set({ flag, flag_inputs: JSON.stringify(inputs), flag_evaluated_at: new Date(), ...nextVersion() })
    .where('id', '=', id)
    .execute();
}

/** Every consent of an agreement (standing first, then withdrawn), with firm names. */
export function consentRows(db: Db, agreementId: string) {
  return db
    .selectFrom('price_agreement_consents as x')
    .innerJoin('enterprises as e', 'e.id', 'x.enterprise_id')
    .select([
      'x.enterprise_id',
      'x.consented_on',
      'x.withdrawn_on',
      'x.withdraw_reason',
      'e.name as enterprise_name',
    ])
    .where('x.agreement_id', '=', agreementId)
    .orderBy(sql`x.withdrawn_on IS NOT NULL`)
    .orderBy('x.consented_on')
    .orderBy('e.name')
    .execute();
}

/** A firm's consent to an agreement, standing or withdrawn, or undefined. */
export function findConsentRow(db: Db, agreementId: string, enterpriseId: string) {
  return db
    .selectFrom('price_agreement_consents')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
}

/** Records a consent, or renews a withdrawn one with its new date. */
export async function upsertConsent(
  db: Db,
  values: { agreementId: string; enterpriseId: string; consentedOn: string; userId: string | null },
): Promise<void> {
  await db
    .insertInto('price_agreement_consents')
    .values({
      agreement_id: values.agreementId,
      enterprise_id: values.enterpriseId,
      consented_on: values.consentedOn,
      recorded_by: values.userId,
    })
    .onConflict((oc) =>
      oc.columns(['agreement_id', 'enterprise_id']).doUpdateSet({
        consented_on: values.consentedOn,
        withdrawn_on: null,
        withdraw_reason: null,
        withdrawn_by: null,
        recorded_by: values.userId,
        updated_at: sql`now()`,
      }),
    )
    .execute();
}

/** Marks a standing consent withdrawn on `day` (by whom and why, when the board withdrew it). */
export async function withdrawConsentRow(
  db: Db,
  agreementId: string,
  enterpriseId: string,
  day: string,
  by: { reason: string | null; userId: string | null } = { reason: null, userId: null },
) {
  await db
    .updateTable('price_agreement_consents')
    .set({ withdrawn_on: day, withdraw_reason: by.reason, withdrawn_by: by.userId, updated_at: sql`now()` })
    .where('agreement_id', '=', agreementId)
    .where('enterprise_id', '=', enterpriseId)
    .where('withdrawn_on', 'is', null)
    .execute();
}

/** The standing consenters with their latest yearly figures (one source per year, the first by name). */
export async function consenterFigureRows(db: Db, agreementId: string) {
  const { rows } = await sql<{
    enterprise_id: string;
    enterprise_name: string;
    year: number | null;
    workers_male: number | null;
    workers_female: number | null;
    investment_excl_land_building: number | null;
    business_capital: number | null;
    annual_sales: number | null;
  }>`
    SELECT x.enterprise_id, e.name AS enterprise_name, y.year, y.workers_male, y.workers_female,
      y.investment_excl_land_building::float8 AS investment_excl_land_building,
      y.business_capital::float8 AS business_capital, y.annual_sales::float8 AS annual_sales
    FROM price_agreement_consents x JOIN enterprises e ON e.id = x.enterprise_id
    LEFT JOIN LATERAL (SELECT * FROM enterprise_year_data yd WHERE yd.enterprise_id = x.enterprise_id
      ORDER BY yd.year DESC, yd.source LIMIT 1) y ON true
    WHERE x.agreement_id = ${agreementId} AND x.withdrawn_on IS NULL
    ORDER BY e.name, x.enterprise_id`.execute(db);
  return rows;
}

/** Inserts a violation report; returns its id. */
export async function insertViolation(
  db: Db,
  values: Insertable<PriceViolationReportsTable>,
): Promise<string> {
  return (
    await db.insertInto('price_violation_reports').values(values).returning('id').executeTakeFirstOrThrow()
  ).id;
}

/** The agreement's violation reports with firm names, newest first. */
export function violationRows(db: Db, agreementId: string) {
  return db
    .selectFrom('price_violation_reports as v')
    .innerJoin('enterprises as o', 'o.id', 'v.offender_enterprise_id')
    .innerJoin('enterprises as a', 'a.id', 'v.affected_enterprise_id')
    .selectAll('v')
    .select(['o.name as offender_name', 'a.name as affected_name'])
    .where('v.agreement_id', '=', agreementId)
    .orderBy('v.sold_on', 'desc')
    .orderBy('v.created_at', 'desc')
    .execute();
}

/** Whether the agreement exists, its institution and centre, and whether `scope` (on alias `pa`) reaches it. */
export function agreementInScope(db: Db, id: string, scope: ScopePredicate) {
  return db
    .selectFrom('price_agreements as pa')
    .select(['pa.center_id as centerId', 'pa.institution_id as institutionId'])
    .select(scope ? scope.as('visible') : sql<boolean>`true`.as('visible'))
    .where('pa.id', '=', id)
    .executeTakeFirst();
}

/** Agreements (alias `pa`) whose institution has one of `enterpriseIds` as a member on `day`. */
export function memberAgreementPredicate(enterpriseIds: readonly string[], day: string) {
  return sql<boolean>`pa.institution_id IN (
    SELECT im.institution_id FROM institution_memberships im
    WHERE im.enterprise_id = ANY(${[...enterpriseIds]}::uuid[]) AND ${memberOn(day, 'im')})`;
}

/** An enterprise's name, or undefined when it does not exist. */
export async function enterpriseName(db: Db, id: string): Promise<string | undefined> {
  return (await db.selectFrom('enterprises').select('name').where('id', '=', id).executeTakeFirst())?.name;
}

/** Links a violation report to the conflict case opened from it (the hook for the cases feature). */
export async function setViolationCase(db: Db, violationId: string, caseId: string): Promise<void> {
  await db
    .updateTable('price_violation_reports')
    .set({ case_id: caseId })
    .where('id', '=', violationId)
    .execute();
}

/** One violation report of the agreement, with the agreement's centre, or undefined. */
export function findViolationRow(db: Db, agreementId: string, violationId: string) {
  return db
    .selectFrom('price_violation_reports as v')
    .innerJoin('price_agreements as pa', 'pa.id', 'v.agreement_id')
    .selectAll('v')
    .select('pa.center_id')
    .where('v.agreement_id', '=', agreementId)
    .where('v.id', '=', violationId)
    .executeTakeFirst();
}
