import type { CenterIndicators } from '../networks/analysis/analysis.schema.ts';
import type { NetworkTie } from '../networks/view/network.schema.ts';
import { facts, type ProxyContext, type ProxyReading, ratio } from './ecosystem-context.ts';

/** Tie types that are a joint activity of the centre's firms (DOMAIN.md §6.3: KSO and order sharing). */
const JOINT_TYPES = [
  'JOINT_PURCHASING',
  'JOINT_PROMOTION',
  'ORDER_AGGREGATION',
  'SHARED_WASTE_TREATMENT',
  'ORDER_SHARING',
  'EQUIPMENT_SHARING',
];

const year = (ctx: ProxyContext) => Number(ctx.today.slice(0, 4));

/** Ties of `types` the reader sees that were active at some time in the last three years. */
function recentTies(ctx: ProxyContext, centerId: string, types: readonly string[]): NetworkTie[] {
  const ties = ctx.networks.get(centerId)?.ties ?? [];
  return ties.filter(
    (t) =>
      types.includes(t.type) && t.startDate <= ctx.today && (t.endDate === null || t.endDate > ctx.since3y),
  );
}

/** A provider of "ties of `types` in the last 3 years per current member firm". */
export function tiesPerMember(types: readonly string[]) {
  return async (ctx: ProxyContext): Promise<ProxyReading[]> => {
    const m = await facts.members(ctx);
    return ctx.centerIds.map((id) =>
      ratio(recentTies(ctx, id, types).length, m.get(id)?.members ?? 0, year(ctx)),
    );
  };
}

/** Pools opened and joint ties active in the last 3 years, per current member firm. */
export async function jointActivities(ctx: ProxyContext): Promise<ProxyReading[]> {
  const [m, r] = await Promise.all([facts.members(ctx), facts.records(ctx)]);
  return ctx.centerIds.map((id) =>
    ratio(
      recentTies(ctx, id, JOINT_TYPES).length + (r.get(id)?.pools ?? 0),
      m.get(id)?.members ?? 0,
      year(ctx),
    ),
  );
}

/** A provider reading one indicator of the centre's network analysis (null where the analysis has none). */
export function networkIndicator(key: keyof CenterIndicators) {
  return async (ctx: ProxyContext): Promise<ProxyReading[]> =>
    ctx.centerIds.map((id) => {
      const a = ctx.analyses.get(id);
      const v = a?.indicators[key];
      return {
        value: typeof v === 'number' ? v : null,
        n: a?.indicators.firms ?? null,
        year: a ? Number(a.computedAt.slice(0, 4)) : null,
      };
    });
}

/** Mean betweenness of the firms holding a board or manager role in the centre; not recorded without one. */
export async function leaderCentrality(ctx: ProxyContext): Promise<ProxyReading[]> {
  return ctx.centerIds.map((id) => {
    const leaders = new Set(
      (ctx.networks.get(id)?.nodes ?? [])
        .filter((n) => n.kind === 'enterprise' && (n.role === 'board' || n.role === 'manager'))
        .map((n) => n.id),
    );
    const values = (ctx.analyses.get(id)?.nodes ?? [])
      .filter((n) => leaders.has(n.id) && n.betweenness !== null)
      .map((n) => n.betweenness as number);
    if (values.length === 0) return { value: null, n: 0, year: null };
    return { value: values.reduce((a, b) => a + b, 0) / values.length, n: values.length, year: year(ctx) };
  });
}
