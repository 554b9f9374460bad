import { describe, expect, it } from 'vitest';
import { withLang } from '../shared/lang.ts';
import { REQUEST_STATUSES } from './requests.constants.ts';
import {
  assertMove,
  awardTotalProblems,
  canMoveRequest,
  capacityProblem,
  dayAfter,
  lateReportProblems,
  requestDateProblems,
} from './requests.rules.ts';

describe('request rules', () => {
  it('runs the flow forward and cancels anything before delivery, nothing after', () => {
    const path = [
      'draft',
      'in_review',
      'open',
      'closed',
      'awarded',
      'in_production',
      'delivered',
      'rated',
    ] as const;
    for (let i = 0; i + 1 < path.length; i += 1) expect(canMoveRequest(path[i]!, path[i + 1]!)).toBe(true);
    expect(canMoveRequest('draft', 'open')).toBe(true);
    expect(canMoveRequest('in_review', 'draft')).toBe(true);
    for (const status of REQUEST_STATUSES) {
      const before = ['draft', 'in_review', 'open', 'closed', 'awarded', 'in_production'].includes(status);
      expect(canMoveRequest(status, 'cancelled')).toBe(before);
    }
    expect(canMoveRequest('awarded', 'open')).toBe(false);
    expect(canMoveRequest('open', 'rated')).toBe(false);
  });

  it('names both states in words, in the reader’s language', () => {
    expect(() => withLang('id', () => assertMove('open', 'rated'))).toThrow(
      'Permintaan berstatus Dibuka tidak dapat menjadi Dinilai.',
    );
    expect(() => withLang('en', () => assertMove('cancelled', 'open'))).toThrow(
      'A request that is Cancelled cannot become Open.',
    );
  });

  it('checks dates, capacity, award totals and lateness', () => {
    expect(requestDateProblems('2026-01-10', '2026-01-20', '2026-01-05')).toEqual([]);
    expect(requestDateProblems('2026-01-01', '2026-01-20', '2026-01-05').map((p) => p.path)).toEqual([
      'answerDeadline',
    ]);
    expect(requestDateProblems('2026-01-10', '2026-01-09', '2026-01-05').map((p) => p.path)).toEqual([
      'deliveryDate',
    ]);
    expect(capacityProblem('quantityOffered', 1000, 1)).toEqual([]);
    expect(capacityProblem('quantityOffered', 1001, 1)).toHaveLength(1);
    expect(capacityProblem('quantityOffered', 1e9, null)).toEqual([]);
    expect(awardTotalProblems([600, 400], 1000)).toEqual([]);
    expect(awardTotalProblems([600, 401], 1000)).toHaveLength(1);
    expect(lateReportProblems('2026-01-01', '2026-01-08')).toHaveLength(1);
    expect(lateReportProblems('2026-01-01', '2026-01-09')).toEqual([]);
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
  });
});
