import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/database.ts';
import { nextVersion } from '../db/versioned.ts';
import { memberOn } from '../shared/periods.ts';
import type { RequestAnswersTable, RequestInvitationsTable, RequestMessagesTable } from './requests.table.ts';

/** An invitation with the firm's name and whether it answered. */
export type InvitationRow = Selectable<RequestInvitationsTable> & {
  enterprise_name: string;
  answered: boolean;
};
/** An answer with the firm's name. */
export type AnswerRow = Selectable<RequestAnswersTable> & { enterprise_name: string };
/** A message with its author's name (the firm, else the user). */
export type MessageRow = Selectable<RequestMessagesTable> & { author_name: string };

/** A request's invitations, oldest first. */
export function listInvitationRows(db: Db, requestId: string): Promise<InvitationRow[]> {
  return db
    .selectFrom('request_invitations as i')
    .innerJoin('enterprises as e', 'e.id', 'i.enterprise_id')
    .selectAll('i')
    .select([
      'e.name as enterprise_name',
      sql<boolean>`EXISTS (SELECT 1 FROM request_answers a WHERE a.request_id = i.request_id
        AND a.enterprise_id = i.enterprise_id AND a.withdrawn_at IS NULL)`.as('answered'),
    ])
    .where('i.request_id', '=', requestId)
    .orderBy('i.invited_at')
    .orderBy('e.name')
    .execute();
}

/** Adds invitations (an existing one stays as it is); returns the firms newly invited. */
export async function insertInvitations(
  db: Db,
  requestId: string,
  enterpriseIds: readonly string[],
  invitedBy: string,
): Promise<string[]> {
  if (enterpriseIds.length === 0) return [];
  const rows = await db
    .insertInto('request_invitations')
    .values(
      enterpriseIds.map((enterprise_id) => ({ request_id: requestId, enterprise_id, invited_by: invitedBy })),
    )
    .onConflict((oc) => oc.columns(['request_id', 'enterprise_id']).doNothing())
    .returning('enterprise_id')
    .execute();
  return rows.map((r) => r.enterprise_id);
}

/** Marks an invitation seen (first time only) or declined; false when the firm was not invited. */
export async function replyToInvitation(
  db: Db,
  requestId: string,
  enterpriseId: string,
  reply: 'seen' | 'declined',
): Promise<boolean> {
  const invitation = await db
    .selectFrom('request_invitations')
    .select(['id', 'seen_at'])
    .where('request_id', '=', requestId)
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
  if (!invitation) return false;
  const now = new Date();
  await db
    .updateTable('request_invitations')
    .set({ seen_at: invitation.seen_at ?? now, ...(reply === 'declined' && { declined_at: now }) })
    .where('id', '=', invitation.id)
    .execute();
  return true;
}

/** Which of `enterpriseIds` exist. */
export async function existingEnterprises(db: Db, enterpriseIds: readonly string[]): Promise<string[]> {
  if (enterpriseIds.length === 0) return [];
  const rows = await db
    .selectFrom('enterprises')
    .select('id')
    .where('id', 'in', [...enterpriseIds])
    .execute();
  return rows.map((r) => r.id);
}

/** True when the firm may answer: invited, or (targeted request) a member of a target centre on `today`. */
export async function mayAnswer(
  db: Db,
  requestId: string,
  enterpriseId: string,
  today: string,
): Promise<boolean> {
  const result = await sql<{ ok: boolean }>`
    SELECT (EXISTS (SELECT 1 FROM request_invitations i WHERE i.request_id = r.id AND i.enterprise_id = ${enterpriseId}::uuid)
      OR (r.visibility = 'targeted' AND EXISTS (
        SELECT 1 FROM partnership_request_centers rc JOIN center_memberships cm ON cm.center_id = rc.center_id
        WHERE rc.request_id = r.id AND cm.enterprise_id = ${enterpriseId}::uuid AND ${memberOn(today, 'cm')}))) AS ok
    FROM partnership_requests r WHERE r.id = ${requestId}::uuid`.execute(db);
  return result.rows[0]?.ok ?? false;
}

/** The firm's monthly capacity from its capability profile, if it stated one. */
export async function monthlyCapacityOf(db: Db, enterpriseId: string): Promise<number | null> {
  const row = await db
    .selectFrom('capability_profiles')
    .select('monthly_capacity')
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
  return row?.monthly_capacity ?? null;
}

function selectAnswers(db: Db) {
  return db
    .selectFrom('request_answers as a')
    .innerJoin('enterprises as e', 'e.id', 'a.enterprise_id')
    .selectAll('a')
    .select('e.name as enterprise_name');
}

/** A request's answers, cheapest first (only `enterpriseIds`' when given). */
export function listAnswerRows(
  db: Db,
  requestId: string,
  enterpriseIds?: readonly string[],
): Promise<AnswerRow[]> {
  let query = selectAnswers(db).where('a.request_id', '=', requestId);
  if (enterpriseIds) {
    if (enterpriseIds.length === 0) return Promise.resolve([]);
    query = query.where('a.enterprise_id', 'in', [...enterpriseIds]);
  }
  return query.orderBy('a.unit_price').orderBy('a.created_at').execute();
}

/** One answer by id. */
export function findAnswerRow(db: Db, id: string): Promise<AnswerRow | undefined> {
  return selectAnswers(db).where('a.id', '=', id).executeTakeFirst();
}

/** Locks one answer for the transaction. */
export async function lockAnswerRow(db: Db, id: string): Promise<AnswerRow | undefined> {
  await db.selectFrom('request_answers').select('id').where('id', '=', id).forUpdate().execute();
  return findAnswerRow(db, id);
}

/** The firm's answer to a request, withdrawn or not. */
export function findAnswerOf(
  db: Db,
  requestId: string,
  enterpriseId: string,
): Promise<AnswerRow | undefined> {
  return selectAnswers(db)
    .where('a.request_id', '=', requestId)
    .where('a.enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
}

/** Inserts an answer; returns its id. */
export async function insertAnswer(db: Db, values: Insertable<RequestAnswersTable>): Promise<string> {
  const row = await db.insertInto('request_answers').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Updates an answer and moves it to its next version. */
export async function updateAnswerRow(
  db: Db,
  id: string,
  values: Updateable<RequestAnswersTable>,
): Promise<void> {
  await db
    .updateTable('request_answers')
    .set({ ...values, ...nextVersion() })
    .where('id', '=', id)
    .execute();
}

/** A request's thread, oldest first. */
export function listMessageRows(db: Db, requestId: string): Promise<MessageRow[]> {
  return db
    .selectFrom('request_messages as m')
    .innerJoin('users as u', 'u.id', 'm.author_user_id')
    .leftJoin('enterprises as e', 'e.id', 'm.author_enterprise_id')
    .selectAll('m')
    .select(sql<string>`coalesce(e.name, u.display_name)`.as('author_name'))
    .where('m.request_id', '=', requestId)
    .orderBy('m.created_at')
    .orderBy('m.id')
    .execute();
}

/** Inserts a message; returns its id. */
export async function insertMessage(db: Db, values: Insertable<RequestMessagesTable>): Promise<string> {
  const row = await db
    .insertInto('request_messages')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** True when `id` is a message of the request. */
export async function messageOfRequest(db: Db, requestId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('request_messages')
    .select('id')
    .where('id', '=', id)
    .where('request_id', '=', requestId)
    .executeTakeFirst();
  return row !== undefined;
}
