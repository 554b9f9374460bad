import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { centerWith, created, enterpriseIn, JEPARA, tie } from '../interactions/interactions.test-helpers.ts';
import type { CenterAnalysis } from '../networks/analysis/analysis.schema.ts';
import type { CenterNetwork } from '../networks/view/network.schema.ts';
import { todayWib } from './periods.ts';

describe('todayWib', () => {
  it('is the date in WIB (UTC+7), not the UTC date', () => {
    expect(todayWib(new Date('2026-11-27T18:00:00Z'))).toBe('2026-11-28');
    expect(todayWib(new Date('2026-11-27T16:59:59Z'))).toBe('2026-11-27');
  });
});

const ctx = useTestApp();

// D = 2024-06-30: `leaver`'s membership ends on D (its last day), the tie `stayer` → `leaver` ends on D
// (exclusive: its last day is D-1).
const D = '2024-06-30';
let center: string;
let stayer: string;
let leaver: string;
let tieId: string;

beforeAll(async () => {
  stayer = await enterpriseIn(ctx, JEPARA);
  leaver = await enterpriseIn(ctx, JEPARA);
  center = await centerWith(ctx, [stayer], JEPARA);
  await created(ctx, '/api/center-memberships', {
    centerId: center,
    enterpriseId: leaver,
    validFrom: '2015-01-01',
    validTo: D,
  });
  tieId = (await tie(ctx, stayer, leaver, { centerId: center, startDate: '2020-01-01', endDate: D })).id;
});

afterEach(() => {
  vi.useRealTimers();
});

async function get<T>(url: string): Promise<T> {
  const response = await ctx.app.inject({ url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const network = (at: string) => get<CenterNetwork>(`/api/centers/${center}/network?at=${at}`);
const analysis = (at: string) => get<CenterAnalysis>(`/api/centers/${center}/analysis?at=${at}`);

/** Units the overview counts in the centre's village on the WIB day of `instant`. */
async function unitsOn(instant: string): Promise<number> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(instant));
  const body = await get<{ totals: { units: number } }>(`/api/overview?region=${JEPARA}`);
  vi.useRealTimers();
  return body.totals.units;
}

describe('a membership ending on D', () => {
  it('is a member in the centre network on D and not on D+1', async () => {
    const onD = await network(D);
    expect(onD.nodes.find((n) => n.id === leaver)).toMatchObject({ member: true, role: 'member' });
    const after = await network('2024-07-01');
    expect(after.nodes.map((n) => n.id)).not.toContain(leaver);
  });

  it('is a node of the analysis on D and not on D+1', async () => {
    expect((await analysis(D)).nodes.map((n) => n.id)).toContain(leaver);
    expect((await analysis('2024-07-01')).nodes.map((n) => n.id)).not.toContain(leaver);
    expect((await analysis(D)).indicators.firms).toBe(2);
    expect((await analysis('2024-07-01')).indicators.firms).toBe(1);
  });

  it('is counted in the overview on D (WIB) and not on D+1 (WIB), whatever the database’s clock says', async () => {
    // 23:30 WIB on D, then 01:00 WIB on D+1 (still D in UTC and, here, nowhere near the database's date).
    expect(await unitsOn('2024-06-30T16:30:00Z')).toBe(2);
    expect(await unitsOn('2024-06-30T18:00:00Z')).toBe(1);
  });
});

describe('a tie ending on D (exclusive end)', () => {
  it('is in the network and the analysis on D-1 and in neither on D', async () => {
    expect((await network('2024-06-29')).ties.map((t) => t.id)).toContain(tieId);
    expect((await network(D)).ties.map((t) => t.id)).not.toContain(tieId);
    expect((await analysis('2024-06-29')).indicators.collaborationTies).toBe(1);
    expect((await analysis(D)).indicators.collaborationTies).toBe(0);
  });
});
