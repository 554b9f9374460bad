import { chance, createRng, pick, type Rng, randInt, weighted } from '../random.ts';
import { CONFLICT_TYPES, HUB_TYPES, PEER_TYPES } from './national.data.ts';
import type { NationalCenter, NationalPlan } from './national-plan.ts';
import type { NationalIds } from './national-rows.ts';

/*
 * The ties of one national centre, shaped like the demo centres' networks (DOMAIN.md §10):
 *  - collaboration-dominated (85%); of it 30% maklun/subcontracting handed out by a few order-givers
 *    (the first 4% of firms: hub and spoke), the rest peer ties, 90% inside the firm's association;
 *  - conflicts (15%) clustered: 70% between the two rival associations (sub-groups 0 and 1);
 *  - brokers: the last 2% of firms carry most ties that cross associations.
 * Centres under 12 firms are one association. Ties are dated 2015–2024; a third have ended.
 */

const COLLABORATION_SHARE = 0.85;
const HUB_SHARE = 0.3;
const INSIDE_SHARE = 0.9;
const BROKER_SHARE = 0.8;
const RIVAL_SHARE = 0.7;
const ENDED_SHARE = 0.35;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 3650;

// ISO dates of every day a tie can start or end on, formatted once.
const ISO_DAYS = Array.from({ length: DAYS + 1600 }, (_, d) =>
  new Date(FIRST_DAY + d * 86_400_000).toISOString().slice(0, 10),
);

/** How one centre's firms are arranged: associations, order-givers, brokers. */
interface Layout {
  n: number;
  groups: number;
  hubs: number;
  brokers: number;
}

function layoutOf(n: number): Layout {
  return {
    n,
    groups: n < 12 ? 1 : Math.min(8, 2 + Math.floor(n / 250)),
    hubs: Math.max(1, Math.round(n * 0.04)),
    brokers: Math.max(1, Math.round(n * 0.02)),
  };
}

/** A firm (index in the centre) of association `g`. */
function inGroup(rng: Rng, at: Layout, g: number): number {
  return g + at.groups * randInt(rng, 0, Math.floor((at.n - 1 - g) / at.groups));
}

/** A firm of another association than `g`'s (any firm when there is one association). */
function outsideGroup(rng: Rng, at: Layout, g: number): number {
  if (at.groups === 1) return randInt(rng, 0, at.n - 1);
  return inGroup(rng, at, (g + randInt(rng, 1, at.groups - 1)) % at.groups);
}

/** From, to (indexes in the centre), type and valence of one tie. */
function drawTie(rng: Rng, at: Layout): [number, number, string, 'collaboration' | 'conflict'] {
  if (!chance(rng, COLLABORATION_SHARE)) {
    const type = weighted(rng, CONFLICT_TYPES);
    if (at.groups > 1 && chance(rng, RIVAL_SHARE)) {
      const [a, b] = chance(rng, 0.5) ? [0, 1] : [1, 0];
      return [inGroup(rng, at, a), inGroup(rng, at, b), type, 'conflict'];
    }
    return [randInt(rng, 0, at.n - 1), randInt(rng, 0, at.n - 1), type, 'conflict'];
  }
  if (chance(rng, HUB_SHARE)) {
    const from = randInt(rng, 0, at.hubs - 1);
    const g = from % at.groups;
    const to = chance(rng, INSIDE_SHARE) ? inGroup(rng, at, g) : outsideGroup(rng, at, g);
    return [from, to, pick(rng, HUB_TYPES), 'collaboration'];
  }
  const type = weighted(rng, PEER_TYPES);
  if (chance(rng, INSIDE_SHARE)) {
    const from = randInt(rng, 0, at.n - 1);
    return [from, inGroup(rng, at, from % at.groups), type, 'collaboration'];
  }
  // Across associations: mostly through a broker.
  const from = chance(rng, BROKER_SHARE)
    ? at.n - 1 - randInt(rng, 0, at.brokers - 1)
    : randInt(rng, 0, at.n - 1);
  return [from, outsideGroup(rng, at, from % at.groups), type, 'collaboration'];
}

/**
 * `interactions` (id, center_id, from_enterprise_id, to_enterprise_id, type, valence, start_date,
 * end_date, formality, reported_by, confidence, confidential) of one centre.
 */
export function* tieLines(plan: NationalPlan, center: NationalCenter, ids: NationalIds): Generator<string> {
  const rng = createRng(plan.seed, `national/${center.index}/ties`);
  const at = layoutOf(center.firms);
  for (let t = 0; t < center.ties; t++) {
    let [from, to, type, valence] = drawTie(rng, at);
    // A firm has no tie with itself: its neighbour in the same association stands in.
    if (to === from) to = (from + at.groups) % at.n;
    const start = randInt(rng, 0, DAYS - 1);
    const end = chance(rng, ENDED_SHARE) ? ISO_DAYS[start + randInt(rng, 30, 1500)] : '\\N';
    const written = HUB_TYPES.includes(type as (typeof HUB_TYPES)[number]) && chance(rng, 0.3);
    const conflict = valence === 'conflict';
    const confidence = conflict && chance(rng, 0.3) ? 'suspected' : 'reported';
    yield `${ids.tie(center.firstTie + t)}\t${center.id}\t${ids.firm(center.firstFirm + from)}\t${ids.firm(center.firstFirm + to)}\t${type}\t${valence}\t${ISO_DAYS[start]}\t${end}\t${written ? 'written' : 'oral'}\tone_party\t${confidence}\t${conflict ? 't' : 'f'}\n`;
  }
}
