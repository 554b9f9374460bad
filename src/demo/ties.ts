import { interactionType } from '../interactions/interaction-types.ts';
import type { DemoCenterSpec } from './centers.data.ts';
import type { DemoFirm, DemoRows } from './dataset.ts';
import { chance, createRng, pick, type Rng, uniform, weighted } from './random.ts';
import { addTie, memberWindow, overlap, type TieSet, type Window } from './tie-set.ts';
import { TIE_MIXES, type TieMix } from './ties.data.ts';
import { VALUE_CHAINS } from './value-chain.data.ts';

/** Share of the positive-pair target drawn from the centre's pattern; the rest is the light mix. */
const PATTERN_SHARE = 0.7;
/** Draws per wanted tie before a phase gives up (small centres saturate). */
const TRIES_PER_TIE = 40;

/**
 * Adds a centre's interaction ties after its institutions (DOMAIN.md §10 "Synthetic ties"): the pattern of
 * its value chain (maklun hubs, supplier tiers, group ties via institutions) up to 70% of a positive density
 * drawn in 4–8%, a light mix up to that density, then conflicts as 8–20% of the collaboration ties
 * (the centre's documented conflicts first).
 */
export function addTies(
  rows: DemoRows,
  spec: DemoCenterSpec,
  centerId: string,
  firms: DemoFirm[],
  seed: number,
): void {
  const chain = VALUE_CHAINS[spec.slug];
  const mix = TIE_MIXES[spec.slug];
  if (!chain || !mix) throw new Error(`No tie plan for ${spec.slug}`);
  const rng = createRng(seed, `${spec.slug}/ties`);
  const set: TieSet = {
    seed,
    slug: spec.slug,
    centerId,
    rng,
    rows,
    keys: new Set(),
    positivePairs: new Set(),
  };
  const pairs = (firms.length * (firms.length - 1)) / 2;
  const target = Math.round(pairs * uniform(rng, 0.04, 0.08));
  const patterned = Math.round(target * PATTERN_SHARE);
  if (chain.pattern === 'hub_and_spoke') fill(set, patterned, hubTie(rng, firms, mix));
  else if (chain.pattern === 'supplier_tiers' || chain.pattern === 'supply_chain')
    fill(set, patterned, tierTie(rng, firms));
  else if (chain.pattern === 'institutional_groups') fill(set, patterned, groupTie(rng, rows, firms));
  fill(set, target, (s) => {
    const a = pick(rng, firms);
    const b = pick(rng, firms);
    return addTie(s, weighted(rng, mix.light), a, b, memberWindow(a, b));
  });
  const collaborations = rows.interactions.length;
  // The documented conflicts come first, so even a small centre shows them.
  const queue = (mix.documented ?? []).flatMap((type) => [type, type]);
  const conflicts = Math.max(2, queue.length, Math.round(collaborations * uniform(rng, 0.08, 0.2)));
  let added = 0;
  for (let i = 0; i < conflicts * TRIES_PER_TIE && added < conflicts; i++) {
    const a = pick(rng, firms);
    const b = pick(rng, firms);
    const type = queue[0] ?? weighted(rng, mix.conflicts);
    if (addTie(set, type, a, b, memberWindow(a, b))) {
      // Plain competition rides along but does not count towards the conflicts.
      if (interactionType(type).valence === 'conflict') added++;
      queue.shift();
    }
  }
}

/** Draws ties with `draw` until `target` pairs are linked by collaboration or the tries run out. */
function fill(set: TieSet, target: number, draw: (set: TieSet) => boolean): void {
  const tries = Math.max(0, target - set.positivePairs.size) * TRIES_PER_TIE;
  for (let i = 0; i < tries && set.positivePairs.size < target; i++) draw(set);
}

const byWorkers = (a: DemoFirm, b: DemoFirm) => b.workers - a.workers || a.index - b.index;
const has = (firm: DemoFirm, ...roles: DemoFirm['roles']) => roles.some((r) => firm.roles.includes(r));

/**
 * A few order-givers (the largest traders and exporters still in the centre) pass maklun and subcontract
 * orders to many makers, the largest hub most often.
 */
function hubTie(rng: Rng, firms: DemoFirm[], mix: TieMix): (set: TieSet) => boolean {
  const leads = firms.filter((f) => f.memberTo === null && has(f, 'showroom_trader', 'exporter'));
  const count = Math.min(5, Math.max(3, Math.round(firms.length / 30)));
  const hubs = (leads.length >= count ? leads : firms.filter((f) => f.memberTo === null))
    .sort(byWorkers)
    .slice(0, count);
  const makers = firms.filter(
    (f) =>
      !hubs.includes(f) && has(f, 'subcontractor', 'producer', 'finishing_service', 'component_supplier'),
  );
  const weights = hubs.map((hub, i) => [hub, count - i] as const);
  return (set) => {
    const hub = weighted(rng, weights);
    const maker = pick(rng, makers.length > 0 ? makers : firms);
    return addTie(set, weighted(rng, mix.hub), hub, maker, memberWindow(hub, maker));
  };
}

/** Material suppliers feed makers; makers supply components to or consign with exporters and showrooms. */
function tierTie(rng: Rng, firms: DemoFirm[]): (set: TieSet) => boolean {
  const tops = firms.filter((f) => has(f, 'exporter', 'showroom_trader'));
  const suppliers = firms.filter((f) => has(f, 'material_supplier'));
  const makers = firms.filter((f) => !tops.includes(f) && !suppliers.includes(f));
  const buyers = tops.length > 0 ? tops : firms;
  return (set) => {
    const step = weighted(rng, [
      ['material', suppliers.length > 0 ? 0.3 : 0],
      ['component', 0.35],
      ['consignment', 0.35],
    ] as const);
    if (step === 'material') {
      const supplier = pick(rng, suppliers);
      const buyer = chance(rng, 0.7) && makers.length > 0 ? pick(rng, makers) : pick(rng, buyers);
      return addTie(set, 'MATERIAL_SUPPLY', supplier, buyer, memberWindow(supplier, buyer));
    }
    const maker = pick(rng, makers.length > 0 ? makers : firms);
    const buyer = pick(rng, buyers);
    const type = step === 'component' ? 'COMPONENT_SUPPLY' : 'CONSIGNMENT';
    return addTie(set, type, maker, buyer, memberWindow(maker, buyer));
  };
}

/**
 * Members of the same association, cooperative or facility buy together, share know-how and lend
 * equipment, while both belong to it.
 */
function groupTie(rng: Rng, rows: DemoRows, firms: DemoFirm[]): (set: TieSet) => boolean {
  const byId = new Map(firms.map((f) => [f.id, f]));
  const groups = new Map<string, { firm: DemoFirm; window: Window }[]>();
  for (const m of rows.institution_memberships) {
    const firm = byId.get(m.enterprise_id);
    if (!firm) continue;
    const members = groups.get(m.institution_id) ?? [];
    members.push({ firm, window: { from: m.valid_from, to: m.valid_to ?? null } });
    groups.set(m.institution_id, members);
  }
  const weights = [...groups.values()].filter((g) => g.length >= 2).map((g) => [g, g.length] as const);
  return (set) => {
    if (weights.length === 0) return false;
    const group = weighted(rng, weights);
    const a = pick(rng, group);
    const b = pick(rng, group);
    const type = weighted(rng, [
      ['JOINT_PURCHASING', 0.4],
      ['KNOWLEDGE_SHARING', 0.35],
      ['EQUIPMENT_SHARING', 0.25],
    ] as const);
    const window = overlap([
      a.window,
      b.window,
      { from: a.firm.memberFrom, to: a.firm.memberTo },
      { from: b.firm.memberFrom, to: b.firm.memberTo },
    ]);
    return addTie(set, type, a.firm, b.firm, window);
  };
}
