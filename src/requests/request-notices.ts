import type { Db } from '../db/database.ts';
import type { MessageKey } from '../notifications/notification-messages.ts';
import { notify } from '../notifications/notify.ts';
import { cancelReminders, remind } from '../notifications/reminders.ts';
import { listAwardRows } from './awards.repo.ts';
import { listAnswerRows, listInvitationRows } from './offers.repo.ts';
import type { RequestRow } from './requests.repo.ts';
import { usersOfEnterprises } from './requests.repo.ts';

/** Days before the answer deadline an invitee that has not answered is reminded. */
export const ANSWER_REMINDER_DAYS = 2;
/** Days before the delivery date both sides of an award are reminded. */
export const DELIVERY_REMINDER_DAYS = 3;

const ref = (request: RequestRow) => ({ type: 'partnership_request' as const, id: request.id });

/** 09:00 WIB (02:00 UTC) of `day` shifted by `offsetDays`. */
function morningOf(day: string, offsetDays: number): Date {
  return new Date(new Date(`${day}T02:00:00Z`).getTime() + offsetDays * 86_400_000);
}

/** The accounts that speak for the poster: the user who posted it and the poster firm's accounts. */
export async function posterUsers(db: Db, request: RequestRow): Promise<string[]> {
  const firm = request.poster_enterprise_id
    ? await usersOfEnterprises(db, [request.poster_enterprise_id])
    : [];
  return [...new Set([request.posted_by, ...firm])];
}

/** Tells the firms' accounts about the request (`request.invited`, `request.awarded`, …). */
export async function notifyFirms(
  db: Db,
  request: RequestRow,
  enterpriseIds: readonly string[],
  key: MessageKey,
  params: Record<string, string | number>,
): Promise<void> {
  const users = await usersOfEnterprises(db, enterpriseIds);
  if (users.length > 0)
    await notify(db, users, 'partnership', ref(request), key, baseParams(request, params));
}

/** Tells the poster's side (a new answer, a question). */
export async function notifyPoster(
  db: Db,
  request: RequestRow,
  key: MessageKey,
  params: Record<string, string | number>,
): Promise<void> {
  await notify(
    db,
    await posterUsers(db, request),
    'partnership',
    ref(request),
    key,
    baseParams(request, params),
  );
}

function baseParams(request: RequestRow, params: Record<string, string | number>) {
  return {
    product: request.product,
    quantity: request.quantity,
    unit: request.unit,
    deadline: request.answer_deadline,
    delivery: request.delivery_date,
    poster: request.poster_name ?? request.buyer_name ?? '',
    ...params,
  };
}

/**
 * Replaces the request's pending reminders with those its state calls for now, so a reminder never outlives
 * the step it is about: open → invitees that have not answered (2 days before the deadline) and the poster
 * (at the deadline); awarded or in production → both sides of each award still to deliver (3 days before).
 */
export async function rescheduleReminders(db: Db, request: RequestRow): Promise<void> {
  await cancelReminders(db, ref(request));
  const now = Date.now();
  const at = (when: Date) => when.getTime() > now;
  if (request.status === 'open') {
    const answered = new Set(
      (await listAnswerRows(db, request.id)).filter((a) => !a.withdrawn_at).map((a) => a.enterprise_id),
    );
    for (const invitation of await listInvitationRows(db, request.id)) {
      if (answered.has(invitation.enterprise_id) || invitation.declined_at) continue;
      const when = morningOf(request.answer_deadline, -ANSWER_REMINDER_DAYS);
      const users = await usersOfEnterprises(db, [invitation.enterprise_id]);
      if (users.length > 0 && at(when)) {
        await remind(db, users, when, 'reminder', ref(request), 'request.answer_due', {
          ...baseParams(request, {}),
          firm: invitation.enterprise_name,
        });
      }
    }
    const deadline = morningOf(request.answer_deadline, 1);
    if (at(deadline)) {
      await remind(
        db,
        await posterUsers(db, request),
        deadline,
        'reminder',
        ref(request),
        'request.deadline_reached',
        baseParams(request, {}),
      );
    }
  }
  if (request.status === 'awarded' || request.status === 'in_production') {
    for (const award of await listAwardRows(db, request.id)) {
      if (award.status !== 'awarded' && award.status !== 'in_production') continue;
      const when = morningOf(award.delivery_date, -DELIVERY_REMINDER_DAYS);
      if (!at(when)) continue;
      const users = [
        ...(await posterUsers(db, request)),
        ...(await usersOfEnterprises(db, [award.enterprise_id])),
      ];
      await remind(db, users, when, 'reminder', ref(request), 'request.delivery_due', {
        ...baseParams(request, { quantity: award.quantity, delivery: award.delivery_date }),
        firm: award.enterprise_name,
      });
    }
  }
}
