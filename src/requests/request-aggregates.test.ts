import { describe, expect, it } from 'vitest';
import { type AggregateRequest, partition, requestAggregates } from './request-aggregates.ts';

const req = (n: number, over: Partial<AggregateRequest> = {}): AggregateRequest => ({
  requestId: `r${n}`,
  status: 'open',
  processCodes: ['footwear.lasting'],
  day: '2026-02-10',
  publishedAt: '2026-02-10T01:00:00Z',
  awardedAt: null,
  ...over,
});

describe('request aggregates', () => {
  it('hides cells under 3 and, when one cell of a breakdown is hidden, the next smallest too', () => {
    const cells = partition(
      new Map([
        ['a', 10],
        ['b', 2],
        ['c', 4],
        ['d', 5],
      ]),
    );
    expect(cells).toEqual([
      { key: 'a', count: 10 },
      { key: 'b', count: null },
      { key: 'c', count: null },
      { key: 'd', count: 5 },
    ]);
    // Two hidden cells already protect each other.
    expect(
      partition(
        new Map([
          ['a', 1],
          ['b', 2],
          ['c', 7],
        ]),
      ).map((c) => c.count),
    ).toEqual([null, null, 7]);
  });

  it('counts by status, process and quarter, and gives rates only over enough cases', () => {
    const requests = [
      ...[1, 2, 3, 4].map((n) => req(n, { status: 'open' })),
      ...[5, 6, 7].map((n) =>
        req(n, {
          status: 'awarded',
          day: '2026-04-02',
          publishedAt: '2026-04-02T00:00:00Z',
          awardedAt: `2026-04-${String(2 + n).padStart(2, '0')}T00:00:00Z`,
          processCodes: ['footwear.lasting', 'footwear.cutting'],
        }),
      ),
    ];
    const invitations = [1, 2, 3, 4, 5, 6].map((n) => ({ requestId: `r${n}`, answered: n <= 4 }));
    const awards = [
      { requestId: 'r5', enterpriseId: 'f1', quantity: 100, sizeClass: 'micro' as const },
      { requestId: 'r6', enterpriseId: 'f2', quantity: 200, sizeClass: 'micro' as const },
      { requestId: 'r7', enterpriseId: 'f3', quantity: 300, sizeClass: 'micro' as const },
      { requestId: 'r7', enterpriseId: 'f4', quantity: 50, sizeClass: 'small' as const },
    ];
    const a = requestAggregates({ from: '2026-01-01', to: '2026-12-31', requests, invitations, awards });
    expect(a.requests).toBe(7);
    // In the order of the status flow.
    expect(a.byStatus).toEqual([
      { status: 'open', count: 4 },
      { status: 'awarded', count: 3 },
    ]);
    expect(a.byProcess).toEqual([
      { processCode: 'footwear.cutting', count: 3 },
      { processCode: 'footwear.lasting', count: 7 },
    ]);
    expect(a.byQuarter).toEqual([
      { quarter: '2026-Q1', count: 4 },
      { quarter: '2026-Q2', count: 3 },
    ]);
    expect(a).toMatchObject({ invitations: 6, answered: 4, responseRate: 4 / 6, awardedRequests: 3 });
    expect(a.medianDaysToAward).toBe(6);
    // One small firm: its volume would be its own award, so only the micro volume shows.
    expect(a.awardedVolumeBySize).toEqual([
      { sizeClass: 'micro', firms: 3, volume: 600 },
      { sizeClass: 'small', firms: null, volume: null },
    ]);
  });

  it('suppresses everything derived from fewer than 3 requests', () => {
    const a = requestAggregates({
      from: '2026-01-01',
      to: '2026-12-31',
      requests: [req(1, { awardedAt: '2026-02-12T01:00:00Z' }), req(2)],
      invitations: [1, 2, 3, 4].map(() => ({ requestId: 'r1', answered: true })),
      awards: [],
    });
    expect(a).toMatchObject({ requests: null, awardedRequests: null, medianDaysToAward: null });
    expect(a.byStatus).toEqual([{ status: 'open', count: null }]);
    // Four invitations, all answered: shown, as four firms stand behind the count.
    expect(a).toMatchObject({ invitations: 4, answered: 4, responseRate: 1 });
  });
});
