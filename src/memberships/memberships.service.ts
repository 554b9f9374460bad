import type { ScopePredicate } from '../auth/scope-sql.ts';
import { type Db, inTransaction } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { toIso } from '../shared/dates.ts';
import { type ErrorDetail, errors } from '../shared/errors.ts';
import { t } from '../shared/i18n.ts';
import type { Page } from '../shared/pagination.ts';
import { todayWib } from '../shared/periods.ts';
import {
  deleteMembership as deleteMembershipRow,
  findEnterpriseState,
  findMembershipRow,
  findOverlappingPeriod,
  findOwnerState,
  insertMembership,
  listEnterpriseMembershipRows,
  listMemberRows,
  lockMembershipPair,
  lockMembershipRow,
  type MembershipRow,
  type MembershipValues,
  updateMembership as updateMembershipRow,
} from './memberships.repo.ts';
import { type MembershipKind, overlapProblem, periodProblems } from './memberships.rules.ts';
import type {
  CenterMembership,
  InstitutionMembership,
  MemberListQuery,
  NamedCenterMembership,
  NamedInstitutionMembership,
} from './memberships.schema.ts';

/** A membership period of either kind; `ownerId` is the centre or institution. */
export interface Membership {
  id: string;
  ownerId: string;
  enterpriseId: string;
  enterpriseName: string;
  enterpriseArchived: boolean;
  role: string;
  validFrom: string;
  validTo: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What a new membership needs, whatever the owner. */
export interface MembershipInput {
  ownerId: string;
  enterpriseId: string;
  role: string;
  validFrom: string;
  validTo?: string | null | undefined;
}

/** A partial change: end the period, move its start, change the role. */
export interface MembershipChange {
  role?: string | undefined;
  validFrom?: string | undefined;
  validTo?: string | null | undefined;
}

/** Name of the owner's id field in request bodies, for error paths. */
const OWNER_FIELD = { center: 'centerId', institution: 'institutionId' } as const;

/**
 * Members of a centre or institution on `query.at` (default today), or every period with `history`.
 * `namesHidden` is for readers who will see pseudonyms: the order then reveals nothing of the names.
 */
export async function listMembers(
  db: Db,
  kind: MembershipKind,
  ownerId: string,
  query: MemberListQuery,
  options: { namesHidden?: boolean } = {},
): Promise<Page<Membership>> {
  const owner = isUuid(ownerId) ? await findOwnerState(db, kind, ownerId) : undefined;
  if (!owner) throw errors.notFound(kind, ownerId);
  const onDate = query.at ?? todayWib();
  const { rows, total } = await listMemberRows(db, kind, ownerId, query, onDate, options.namesHidden);
  return { items: rows.map(rowToMembership), total, limit: query.limit, offset: query.offset };
}

/** A membership period with the name of its centre or institution. */
export interface NamedMembership extends Membership {
  ownerName: string;
}

/**
 * Every membership period of one enterprise, in centres and in institutions, latest first; 404 when the
 * enterprise does not exist. `scopes` are predicates on the owner id column (undefined = every owner).
 */
export async function listEnterpriseMemberships(
  db: Db,
  enterpriseId: string,
  scopes: Record<MembershipKind, (idColumn: string) => ScopePredicate>,
): Promise<Record<MembershipKind, NamedMembership[]>> {
  const enterprise = isUuid(enterpriseId) ? await findEnterpriseState(db, enterpriseId) : undefined;
  if (!enterprise) throw errors.notFound('enterprise', enterpriseId);
  const named = async (kind: MembershipKind) =>
    (await listEnterpriseMembershipRows(db, kind, enterpriseId, scopes[kind]('m.owner_id'))).map((row) => ({
      ...rowToMembership(row),
      ownerName: row.owner_name,
    }));
  const [center, institution] = await Promise.all([named('center'), named('institution')]);
  return { center, institution };
}

/** One membership by id; 404 when it does not exist. */
export async function getMembership(db: Db, kind: MembershipKind, id: string): Promise<Membership> {
  const row = isUuid(id) ? await findMembershipRow(db, kind, id) : undefined;
  if (!row) throw errors.notFound('membership', id);
  return rowToMembership(row);
}

/**
 * Records a membership period. Both ends must exist and be current (restore an archived one first), the
 * period must run forwards, and it may not overlap another period of the same enterprise and owner.
 */
export async function createMembership(
  db: Db,
  kind: MembershipKind,
  input: MembershipInput,
): Promise<Membership> {
  const values: MembershipValues = {
    role: input.role,
    valid_from: input.validFrom,
    valid_to: input.validTo ?? null,
  };
  // In the caller's transaction when there is one: a firm recorded in the field joins its centre with it.
  const id = await inTransaction(db, async (trx) => {
    const details = [
      ...(await endProblems(trx, kind, input.ownerId, input.enterpriseId)),
      ...periodProblems(values.valid_from, values.valid_to),
    ];
    throwIfAny(details);
    await lockMembershipPair(trx, kind, input.ownerId, input.enterpriseId);
    await assertNoOverlap(trx, kind, input.ownerId, input.enterpriseId, values);
    return insertMembership(trx, kind, input.ownerId, input.enterpriseId, values);
  });
  return getMembership(db, kind, id);
}

/** Changes a membership's role or dates under the same rules as creation; `validTo: null` reopens it. */
export async function updateMembership(
  db: Db,
  kind: MembershipKind,
  id: string,
  change: MembershipChange,
): Promise<Membership> {
  if (!isUuid(id)) throw errors.notFound('membership', id);
  await db.transaction().execute(async (trx) => {
    const current = (await lockMembershipRow(trx, kind, id))
      ? await findMembershipRow(trx, kind, id)
      : undefined;
    if (!current) throw errors.notFound('membership', id);
    const values: MembershipValues = {
      role: change.role ?? current.role,
      valid_from: change.validFrom ?? current.valid_from,
      valid_to: change.validTo !== undefined ? change.validTo : current.valid_to,
    };
    throwIfAny(periodProblems(values.valid_from, values.valid_to));
    await lockMembershipPair(trx, kind, current.owner_id, current.enterprise_id);
    await assertNoOverlap(trx, kind, current.owner_id, current.enterprise_id, values, id);
    await updateMembershipRow(trx, kind, id, values);
  });
  return getMembership(db, kind, id);
}

/** Removes a membership entered by mistake (to end a real one, set `validTo` instead). */
export async function deleteMembership(db: Db, kind: MembershipKind, id: string): Promise<void> {
  const deleted = isUuid(id) && (await deleteMembershipRow(db, kind, id));
  if (!deleted) throw errors.notFound('membership', id);
}

/** Problems with the centre or institution and the enterprise a new membership links, by field. */
async function endProblems(
  db: Db,
  kind: MembershipKind,
  ownerId: string,
  enterpriseId: string,
): Promise<ErrorDetail[]> {
  const [owner, enterprise] = await Promise.all([
    findOwnerState(db, kind, ownerId),
    findEnterpriseState(db, enterpriseId),
  ]);
  const details: ErrorDetail[] = [];
  const ownerField = OWNER_FIELD[kind];
  if (!owner) details.push({ path: ownerField, message: t('not_found', { entity: t(kind), id: ownerId }) });
  else if (owner.archived) details.push({ path: ownerField, message: t('archived', { entity: t(kind) }) });
  if (!enterprise) {
    details.push({
      path: 'enterpriseId',
      message: t('not_found', { entity: t('enterprise'), id: enterpriseId }),
    });
  } else if (enterprise.archived) {
    details.push({ path: 'enterpriseId', message: t('archived', { entity: t('enterprise') }) });
  }
  return details;
}

async function assertNoOverlap(
  db: Db,
  kind: MembershipKind,
  ownerId: string,
  enterpriseId: string,
  values: MembershipValues,
  exceptId?: string,
): Promise<void> {
  const existing = await findOverlappingPeriod(db, kind, {
    ownerId,
    enterpriseId,
    validFrom: values.valid_from,
    validTo: values.valid_to,
    ...(exceptId !== undefined && { exceptId }),
  });
  if (existing) {
    throwIfAny([
      overlapProblem(kind, { id: existing.id, validFrom: existing.valid_from, validTo: existing.valid_to }),
    ]);
  }
}

function throwIfAny(details: ErrorDetail[]): void {
  const [first] = details;
  if (first) throw errors.unprocessable(first.message, details);
}

function rowToMembership(row: MembershipRow): Membership {
  return {
    id: row.id,
    ownerId: row.owner_id,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    enterpriseArchived: row.enterprise_archived,
    role: row.role,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

/** A membership as `/api/center-memberships` and `/api/centers/:id/members` show it. */
export function toCenterMembership({ ownerId, role, ...rest }: Membership): CenterMembership {
  return { ...rest, centerId: ownerId, role: role as CenterMembership['role'] };
}

/** A membership as `/api/institution-memberships` and `/api/institutions/:id/members` show it. */
export function toInstitutionMembership({ ownerId, role, ...rest }: Membership): InstitutionMembership {
  return { ...rest, institutionId: ownerId, role: role as InstitutionMembership['role'] };
}

/** A centre membership in an enterprise's own list. */
export function toNamedCenterMembership({ ownerName, ...rest }: NamedMembership): NamedCenterMembership {
  return { ...toCenterMembership(rest), centerName: ownerName };
}

/** An institution membership in an enterprise's own list. */
export function toNamedInstitutionMembership({
  ownerName,
  ...rest
}: NamedMembership): NamedInstitutionMembership {
  return { ...toInstitutionMembership(rest), institutionName: ownerName };
}
