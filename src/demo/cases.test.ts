import { describe, expect, it } from 'vitest';
import { caseKpis } from '../case-kpis/case-kpis.ts';
import { CASE_STATUSES, type CaseStatus, type CaseType } from '../cases/cases.constants.ts';
import { canMoveCase } from '../cases/cases.rules.ts';
import { buildDemoDataset } from './generate.ts';

describe('demo conflict cases', () => {
  const batches = buildDemoDataset(1).batches;
  const cases = batches.flatMap((b) => b.rows.conflict_cases);

  it('has cases in every status in several centres, one referred to DJKI and an anonymous one', () => {
    expect(new Set(cases.map((k) => k.status))).toEqual(new Set(CASE_STATUSES));
    expect(new Set(cases.map((k) => k.center_id)).size).toBeGreaterThanOrEqual(3);
    expect(cases.filter((k) => k.referral === 'DJKI')).toHaveLength(1);
    const anonymous = cases.filter((k) => k.reporter_role === 'anonymous');
    expect(anonymous.length).toBeGreaterThan(0);
    for (const k of anonymous) expect([k.reported_by, k.follow_up_hash?.length]).toEqual([null, 64]);
  });

  it('gives every case a history of allowed moves from its report to its status, in time order', () => {
    const moves = batches.flatMap((b) => b.rows.conflict_case_moves);
    for (const k of cases) {
      const mine = moves.filter((m) => m.case_id === k.id);
      expect(mine[0], k.id).toMatchObject({ from_status: null, to_status: 'reported', moved_by: null });
      for (const [j, m] of mine.slice(1).entries()) {
        expect(m.from_status).toBe(mine[j]?.to_status);
        expect(
          canMoveCase(m.from_status as CaseStatus, m.to_status as CaseStatus),
          `${m.from_status}→${m.to_status}`,
        ).toBe(true);
        expect(String(m.moved_at) > String(mine[j]?.moved_at)).toBe(true);
      }
      expect(mine.at(-1)?.to_status).toBe(k.status);
    }
  });

  it('gives every agreed case an agreement with commitments, and links existing conflict ties', () => {
    for (const batch of batches) {
      for (const k of batch.rows.conflict_cases.filter((c) => c.status === 'agreed')) {
        expect(k.agreed_on).not.toBeNull();
        expect(batch.rows.conflict_case_commitments.some((c) => c.case_id === k.id)).toBe(true);
      }
      for (const link of batch.rows.conflict_case_ties) {
        const tie = batch.rows.interactions.find((t) => t.id === link.interaction_id);
        const kase = batch.rows.conflict_cases.find((k) => k.id === link.case_id);
        expect([tie?.valence, tie?.type]).toEqual(['conflict', kase?.type]);
      }
    }
    expect(batches.some((b) => b.rows.conflict_case_ties.length > 0)).toBe(true);
  });

  it('gives Cibaduyut enough cases in 2026 that its KPIs show numbers', () => {
    const batch = batches.find((b) => b.rows.centers[0]?.external_id === 'DEMO-CIBADUYUT');
    const rows = batch?.rows;
    if (!rows) throw new Error('no Cibaduyut');
    const kpis = caseKpis({
      from: '2025-12-07',
      to: '2026-12-06',
      today: '2026-12-06',
      cases: rows.conflict_cases.map((k) => ({
        id: String(k.id),
        caseType: k.type as CaseType,
        status: k.status as CaseStatus,
        reportedOn: String(k.created_at).slice(0, 10),
        agreedOn: k.agreed_on ?? null,
        parties: rows.conflict_case_parties
          .filter((p) => p.case_id === k.id)
          .map((p) => String(p.enterprise_id)),
      })),
      commitments: rows.conflict_case_commitments.map((c) => ({
        caseId: c.case_id,
        dueOn: c.due_on,
        state: c.state as 'open' | 'kept' | 'missed',
        markedOn: c.marked_at ? String(c.marked_at).slice(0, 10) : null,
      })),
    });
    expect(kpis.cases).toBeGreaterThanOrEqual(20);
    expect(kpis.resolutionRate).not.toBeNull();
    expect(kpis.medianDaysToAgreement).not.toBeNull();
    expect(kpis.recurrenceRate).not.toBeNull();
    expect(kpis.keptOnTimeShare).not.toBeNull();
    expect(kpis.byStatus.filter((s) => s.count !== null).length).toBeGreaterThanOrEqual(5);
  });
});
