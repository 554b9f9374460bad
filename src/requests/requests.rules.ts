import { AppError, type ErrorDetail } from '../shared/errors.ts';
import { FIELD_LABELS } from '../shared/field-labels.ts';
import { type Message, tr } from '../shared/lang.ts';
import {
  CAPACITY_MULTIPLE_LIMIT,
  LATE_AFTER_DAYS,
  REQUEST_STATUS_LABELS,
  type RequestStatus,
} from './requests.constants.ts';

/**
 * Allowed status moves (issue #18): draft → (in_review →) open → closed → awarded → in_production →
 * delivered → rated. A request under review may be returned to draft; anything before delivered may be
 * cancelled. Nothing moves back once awarded: the awarded firms have planned their work around it.
 */
const MOVES: Record<RequestStatus, readonly RequestStatus[]> = {
  draft: ['in_review', 'open', 'cancelled'],
  in_review: ['open', 'draft', 'cancelled'],
  open: ['closed', 'cancelled'],
  closed: ['awarded', 'cancelled'],
  awarded: ['in_production', 'cancelled'],
  in_production: ['delivered', 'cancelled'],
  delivered: ['rated'],
  rated: [],
  cancelled: [],
};

/** True when a request may move from `from` to `to`. */
export function canMoveRequest(from: RequestStatus, to: RequestStatus): boolean {
  return MOVES[from].includes(to);
}

/** A status in the reader's words. */
export function statusWord(status: RequestStatus): string {
  return tr(REQUEST_STATUS_LABELS[status]);
}

/** 409 naming both states in words unless the move is allowed. */
export function assertMove(from: RequestStatus, to: RequestStatus): void {
  if (canMoveRequest(from, to)) return;
  const message = tr(
    {
      id: 'Permintaan berstatus {from} tidak dapat menjadi {to}.',
      en: 'A request that is {from} cannot become {to}.',
    },
    { from: statusWord(from), to: statusWord(to) },
  );
  throw new AppError('conflict', message, [{ path: 'status', message }]);
}

const label = (field: string) => tr(FIELD_LABELS[field] ?? { id: field, en: field });

/** One problem at `path`, worded with the field's label. */
export function problem(
  path: string,
  message: Message,
  params: Record<string, string | number> = {},
): ErrorDetail {
  return { path, message: tr(message, { field: label(path), ...params }) };
}

/** 422 with every problem, nothing written; no-op when there are none. */
export function assertNoProblems(problems: ErrorDetail[]): void {
  const [first] = problems;
  if (first) throw new AppError('unprocessable', first.message, problems);
}

/** The dates of a request as they will be stored, checked against today (WIB). */
export function requestDateProblems(
  answerDeadline: string,
  deliveryDate: string,
  today: string,
): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (answerDeadline < today) {
    problems.push(
      problem(
        'answerDeadline',
        {
          id: '{field} tidak boleh sudah lewat (hari ini {today}).',
          en: '{field} cannot be in the past (today is {today}).',
        },
        { today },
      ),
    );
  }
  if (deliveryDate < answerDeadline) {
    problems.push(
      problem(
        'deliveryDate',
        {
          id: '{field} tidak boleh sebelum batas waktu penawaran ({deadline}).',
          en: '{field} cannot be before the answer deadline ({deadline}).',
        },
        { deadline: answerDeadline },
      ),
    );
  }
  return problems;
}

/** Exactly one of a poster firm and an outside buyer. */
export function posterProblems(posterEnterpriseId: string | null, buyerName: string | null): ErrorDetail[] {
  if ((posterEnterpriseId === null) !== (buyerName === null)) return [];
  return [
    problem('buyerName', {
      id: 'Isi salah satu: IKM pemesan atau {field}.',
      en: 'Fill in exactly one: the posting enterprise or the {field}.',
    }),
  ];
}

/**
 * A quantity more than 1,000× the firm's monthly capacity is a typing mistake (a missing decimal point,
 * pairs for dozens); a firm without a stated capacity is not checked.
 */
export function capacityProblem(
  path: string,
  quantity: number,
  monthlyCapacity: number | null,
): ErrorDetail[] {
  if (monthlyCapacity === null || quantity <= monthlyCapacity * CAPACITY_MULTIPLE_LIMIT) return [];
  return [
    problem(
      path,
      {
        id: '{field} ({quantity}) lebih dari {limit}× kapasitas bulanan IKM ({capacity}).',
        en: '{field} ({quantity}) is more than {limit}× the firm’s monthly capacity ({capacity}).',
      },
      { quantity, capacity: monthlyCapacity, limit: CAPACITY_MULTIPLE_LIMIT },
    ),
  ];
}

/** Answers are taken up to and including the deadline day. */
export function answerDeadlineProblems(answerDeadline: string, today: string): ErrorDetail[] {
  if (today <= answerDeadline) return [];
  return [
    problem(
      'readyOn',
      {
        id: 'Batas waktu penawaran ({deadline}) sudah lewat; penawaran tidak dapat dikirim atau diubah.',
        en: 'The answer deadline ({deadline}) has passed; answers can no longer be sent or changed.',
      },
      { deadline: answerDeadline },
    ),
  ];
}

/** The awarded quantities together may not exceed the request's. */
export function awardTotalProblems(quantities: readonly number[], requested: number): ErrorDetail[] {
  const total = quantities.reduce((sum, q) => sum + q, 0);
  if (total <= requested) return [];
  return [
    problem(
      'awardQuantity',
      {
        id: 'Jumlah {field} ({total}) melebihi jumlah yang diminta ({requested}).',
        en: 'The {field} together ({total}) exceed the quantity requested ({requested}).',
      },
      { total, requested },
    ),
  ];
}

/** A late delivery may be reported once it is more than `LATE_AFTER_DAYS` past its date. */
export function lateReportProblems(deliveryDate: string, today: string): ErrorDetail[] {
  const due = new Date(`${deliveryDate}T00:00:00Z`).getTime() + LATE_AFTER_DAYS * 86_400_000;
  if (new Date(`${today}T00:00:00Z`).getTime() > due) return [];
  return [
    problem(
      'failureKind',
      {
        id: 'Keterlambatan baru dapat dilaporkan lebih dari {days} hari setelah tanggal kirim ({date}).',
        en: 'Lateness can be reported only more than {days} days after the delivery date ({date}).',
      },
      { days: LATE_AFTER_DAYS, date: deliveryDate },
    ),
  ];
}

/** The day after `day` (a tie's end date is exclusive). */
export function dayAfter(day: string): string {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
}
