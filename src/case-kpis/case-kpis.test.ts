import { describe, expect, it } from 'vitest';
import type { CaseStatus, CaseType } from '../cases/cases.constants.ts';
import { caseKpis, type KpiCase, type KpiCommitment } from './case-kpis.ts';

let n = 0;
function kase(status: CaseStatus, over: Partial<KpiCase> = {}): KpiCase {
  n += 1;
  return {
    id: `k${String(n).padStart(3, '0')}`,
    caseType: 'PRICE_UNDERCUTTING' as CaseType,
    status,
    reportedOn: '2026-03-01',
    agreedOn: null,
    parties: [`a${n}`, `b${n}`],
    ...over,
  };
}

const base = { from: '2026-01-01', to: '2026-12-31', today: '2026-12-06', commitments: [] };

describe('caseKpis', () => {
  it('counts by status and hides a cell of 2 with the next smallest, since both add up to the total', () => {
    const cases = [
      ...Array.from({ length: 5 }, () => kase('reported')),
      ...Array.from({ length: 4 }, () => kase('verifying')),
      ...Array.from({ length: 2 }, () => kase('in_mediation')),
    ];
    const k = caseKpis({ ...base, cases });
    expect(k.cases).toBe(11);
    expect(k.byStatus).toEqual([
      { status: 'reported', count: 5 },
      { status: 'verifying', count: null },
      { status: 'in_mediation', count: null },
    ]);
  });

  it('shows every cell of 3 or more, and hides the total under 3', () => {
    const three = Array.from({ length: 3 }, () => kase('reported', { caseType: 'DESIGN_COPYING' }));
    const four = Array.from({ length: 4 }, () => kase('reported', { caseType: 'BUYER_POACHING' }));
    expect(caseKpis({ ...base, cases: [...three, ...four] }).byType).toEqual([
      { caseType: 'DESIGN_COPYING', count: 3 },
      { caseType: 'BUYER_POACHING', count: 4 },
    ]);
    const small = caseKpis({ ...base, cases: [kase('reported'), kase('agreed')] });
    expect(small.cases).toBeNull();
    expect(small.byStatus.every((r) => r.count === null)).toBe(true);
  });

  it('leaves out cases reported outside the period', () => {
    const cases = [
      ...Array.from({ length: 3 }, () => kase('reported')),
      kase('reported', { reportedOn: '2025-06-01' }),
    ];
    expect(caseKpis({ ...base, cases }).cases).toBe(3);
  });

  it('resolution rate: agreed, or closed with an agreement, over the ended cases; cancelled cases are not ended', () => {
    const cases = [
      ...Array.from({ length: 3 }, () => kase('agreed', { agreedOn: '2026-03-11' })),
      ...Array.from({ length: 2 }, () => kase('closed', { agreedOn: '2026-03-21' })),
      ...Array.from({ length: 3 }, () => kase('not_agreed')),
      kase('closed'),
      ...Array.from({ length: 5 }, () => kase('cancelled')),
    ];
    const k = caseKpis({ ...base, cases });
    expect(k.ended).toBe(9);
    expect(k.resolved).toBe(5);
    expect(k.resolutionRate).toBeCloseTo(5 / 9);
    expect(k.agreements).toBe(5);
    expect(k.medianDaysToAgreement).toBe(10);
  });

  it('hides the rate and both counts when the unresolved complement is under 3', () => {
    const cases = [
      ...Array.from({ length: 6 }, () => kase('agreed', { agreedOn: '2026-03-02' })),
      ...Array.from({ length: 2 }, () => kase('not_agreed')),
    ];
    const k = caseKpis({ ...base, cases });
    expect(k.ended).toBe(8);
    expect(k.resolved).toBeNull();
    expect(k.resolutionRate).toBeNull();
  });

  it('hides the median days when fewer than 3 cases reached an agreement', () => {
    const cases = [
      kase('agreed', { agreedOn: '2026-03-05' }),
      kase('agreed', { agreedOn: '2026-03-09' }),
      ...Array.from({ length: 3 }, () => kase('reported')),
    ];
    const k = caseKpis({ ...base, cases });
    expect(k.agreements).toBeNull();
    expect(k.medianDaysToAgreement).toBeNull();
  });

  it('a case recurs when two of its parties had a case within the 12 months before, even before the period', () => {
    const pair = ['f1', 'f2'];
    const cases = [
      kase('closed', { parties: pair, reportedOn: '2025-09-01' }),
      kase('reported', { parties: [...pair, 'f3'], reportedOn: '2026-02-01' }),
      kase('reported', { parties: ['g1', 'g2'], reportedOn: '2026-02-01' }),
      kase('reported', { parties: ['g1', 'g2'], reportedOn: '2026-04-01' }),
      kase('reported', { parties: ['h1', 'h2'], reportedOn: '2024-01-01' }),
      kase('reported', { parties: ['h1', 'h2'], reportedOn: '2026-05-01' }),
      kase('reported', { parties: ['i1', 'i2'], reportedOn: '2026-05-01' }),
      kase('reported', { parties: ['i1', 'i2'], reportedOn: '2026-06-01' }),
      kase('reported', { parties: ['j1', 'j2'] }),
      kase('reported', { parties: ['j3', 'j4'] }),
      kase('reported', { parties: ['j5', 'j6'] }),
    ];
    const k = caseKpis({ ...base, cases });
    expect(k.cases).toBe(9);
    expect(k.recurrent).toBe(3);
    expect(k.recurrenceRate).toBeCloseTo(3 / 9);
  });

  it('commitments kept on time: kept by the due day over those decided or past due', () => {
    const cases = Array.from({ length: 3 }, () => kase('agreed', { agreedOn: '2026-03-10' }));
    const c = (state: KpiCommitment['state'], dueOn: string, markedOn: string | null): KpiCommitment => ({
      caseId: cases[0]?.id ?? '',
      state,
      dueOn,
      markedOn,
    });
    const commitments = [
      c('kept', '2026-04-01', '2026-03-30'),
      c('kept', '2026-04-01', '2026-04-01'),
      c('kept', '2026-04-01', '2026-03-15'),
      c('kept', '2026-04-01', '2026-04-05'),
      c('missed', '2026-04-01', '2026-04-02'),
      c('open', '2026-05-01', null),
      c('open', '2027-01-01', null),
      { ...c('kept', '2026-04-01', '2026-03-30'), caseId: 'elsewhere' },
    ];
    const k = caseKpis({ ...base, cases, commitments });
    expect(k.commitmentsDue).toBe(6);
    expect(k.commitmentsKeptOnTime).toBe(3);
    expect(k.keptOnTimeShare).toBe(0.5);
  });

  it('every ratio is null without cases', () => {
    const k = caseKpis({ ...base, cases: [] });
    expect([k.cases, k.resolutionRate, k.recurrenceRate, k.keptOnTimeShare, k.medianDaysToAgreement]).toEqual(
      [null, null, null, null, null],
    );
    expect(k.byStatus).toEqual([]);
  });
});
