import type { CaseStatus } from '../cases/cases.constants.ts';

/** What a demo case's history is drawn from: its status, when it was reported and agreed, and any referral. */
export interface DemoCaseFacts {
  status: CaseStatus;
  reportedOn: string;
  agreedOn?: string;
  referral?: string;
}

const TO_MEDIATION: readonly CaseStatus[] = ['verifying', 'mediation_scheduled', 'in_mediation'];

/** The statuses a demo case passed through after `reported`, in order, ending at its status (DOMAIN.md §6.4). */
export function demoCasePath({ status, agreedOn, referral }: DemoCaseFacts): CaseStatus[] {
  switch (status) {
    case 'reported':
      return [];
    case 'verifying':
    case 'mediation_scheduled':
    case 'in_mediation':
      return TO_MEDIATION.slice(0, TO_MEDIATION.indexOf(status) + 1);
    case 'agreed':
    case 'not_agreed':
      return [...TO_MEDIATION, status];
    case 'referred':
      return ['verifying', 'referred'];
    case 'closed':
      if (referral) return ['verifying', 'referred', 'closed'];
      return [...TO_MEDIATION, agreedOn ? 'agreed' : 'not_agreed', 'closed'];
    case 'cancelled':
      return ['verifying', 'cancelled'];
  }
}

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The day of each step of `path`: a week apart from the report, the agreement on its own day, closing a
 * month after it; never earlier than the step before.
 */
export function demoMoveDays(facts: DemoCaseFacts, path: readonly CaseStatus[]): string[] {
  const days: string[] = [];
  let previous = facts.reportedOn;
  path.forEach((status, i) => {
    let day = addDays(facts.reportedOn, 7 * (i + 1));
    if (status === 'agreed' && facts.agreedOn) day = facts.agreedOn;
    if (status === 'closed' && facts.agreedOn) day = addDays(facts.agreedOn, 30);
    if (day <= previous) day = addDays(previous, 1);
    days.push(day);
    previous = day;
  });
  return days;
}
