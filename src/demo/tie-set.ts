import { type InteractionTypeCode, interactionType } from '../interactions/interaction-types.ts';
import type { DemoFirm, DemoRows } from './dataset.ts';
import { dateAfter, dateIn, yearOf } from './dates.ts';
import { demoId } from './ids.ts';
import { chance, type Rng, randInt, skewed, weighted } from './random.ts';
import { LARGER_FIRST, SMALLER_FIRST } from './ties.data.ts';

/** A period both ends share: [from, to), `to` null while open. */
export interface Window {
  from: string;
  to: string | null;
}

/** The ties of one centre being drawn, with what keeps them unique and the count of linked pairs. */
export interface TieSet {
  seed: number;
  slug: string;
  centerId: string;
  rng: Rng;
  rows: DemoRows;
  /** `type|from|to` of every tie so far: no type repeats on a pair, whatever the period. */
  keys: Set<string>;
  /** Unordered pairs with at least one collaboration tie (the numerator of positive density). */
  positivePairs: Set<string>;
}

// Ties start no earlier than this: older ones would be history, not the network the demo shows.
const EARLIEST_TIE_YEAR = 2000;
const LAST_YEAR = 2024;

/** The later start and earlier end of the given periods; null when they do not overlap. */
export function overlap(windows: readonly Window[]): Window | null {
  let from = '';
  let to: string | null = null;
  for (const w of windows) {
    if (w.from > from) from = w.from;
    if (w.to !== null && (to === null || w.to < to)) to = w.to;
  }
  return to !== null && from >= to ? null : { from, to };
}

/** The period two firms are both members of the centre. */
export function memberWindow(a: DemoFirm, b: DemoFirm): Window | null {
  return overlap([
    { from: a.memberFrom, to: a.memberTo },
    { from: b.memberFrom, to: b.memberTo },
  ]);
}

/**
 * Adds one tie of `type` between `a` and `b` inside `window`, oriented by the type (larger or smaller firm
 * first, symmetric types with the smaller id first); returns false when that type already links the pair.
 */
export function addTie(
  set: TieSet,
  type: InteractionTypeCode,
  a: DemoFirm,
  b: DemoFirm,
  window: Window | null,
): boolean {
  if (a.id === b.id || window === null) return false;
  const meta = interactionType(type);
  const [from, to] = orient(type, meta.symmetric, a, b);
  const key = `${type}|${from.id}|${to.id}`;
  if (set.keys.has(key)) return false;
  set.keys.add(key);
  const conflict = meta.valence !== 'collaboration';
  const start = startIn(set.rng, window);
  const end = endAfter(set.rng, start, window, conflict ? 0.4 : 0.2);
  const supply = type === 'MATERIAL_SUPPLY' || type === 'COMPONENT_SUPPLY' || type === 'CONSIGNMENT';
  const maklun = type === 'TOLL_MANUFACTURING' || type === 'SUBCONTRACT';
  set.rows.interactions.push({
    id: demoId(set.seed, `interaction/${set.slug}/${set.rows.interactions.length + 1}`),
    center_id: set.centerId,
    from_enterprise_id: from.id,
    to_enterprise_id: to.id,
    to_institution_id: null,
    type,
    valence: meta.valence,
    legal_pattern: conflict ? null : (meta.legalPatterns[0] ?? null),
    start_date: start,
    end_date: end,
    frequency: conflict
      ? weighted(set.rng, [
          ['once', 0.55],
          ['recurring', 0.45],
        ] as const)
      : maklun || supply
        ? weighted(set.rng, [
            ['routine', 0.5],
            ['recurring', 0.35],
            ['seasonal', 0.15],
          ] as const)
        : weighted(set.rng, [
            ['once', 0.2],
            ['seasonal', 0.3],
            ['recurring', 0.5],
          ] as const),
    strength: maklun ? randInt(set.rng, 3, 5) : randInt(set.rng, conflict ? 2 : 1, 4),
    volume: null,
    // Written contracts come with exporters and larger firms; conflicts are never on paper.
    formality: conflict
      ? 'oral'
      : from.size === 'micro' && to.size === 'micro'
        ? 'oral'
        : weighted(set.rng, [
            ['oral', 0.65],
            ['written', 0.3],
            ['notarised', 0.05],
          ] as const),
    reported_by: conflict
      ? weighted(set.rng, [
          ['one_party', 0.6],
          ['third_party', 0.3],
          ['researcher', 0.1],
        ] as const)
      : weighted(set.rng, [
          ['both_parties', 0.45],
          ['one_party', 0.4],
          ['researcher', 0.15],
        ] as const),
    confidence: conflict
      ? weighted(set.rng, [
          ['reported', 0.5],
          ['suspected', 0.4],
          ['verified', 0.1],
        ] as const)
      : weighted(set.rng, [
          ['verified', 0.35],
          ['reported', 0.6],
          ['suspected', 0.05],
        ] as const),
    evidence_notes: 'Data demo sintetis',
    // Who accused whom of undercutting or copying is sensitive (DOMAIN.md §3.5).
    confidential: conflict,
  });
  if (!conflict) set.positivePairs.add(pairKey(a, b));
  return true;
}

/** One key for {a, b} whatever the order. */
export function pairKey(a: DemoFirm, b: DemoFirm): string {
  return a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`;
}

function orient(
  type: InteractionTypeCode,
  symmetric: boolean,
  a: DemoFirm,
  b: DemoFirm,
): [DemoFirm, DemoFirm] {
  if (symmetric) return a.id < b.id ? [a, b] : [b, a];
  const aLarger = a.workers > b.workers || (a.workers === b.workers && a.index < b.index);
  if (LARGER_FIRST.has(type)) return aLarger ? [a, b] : [b, a];
  if (SMALLER_FIRST.has(type)) return aLarger ? [b, a] : [a, b];
  // Supply ties and the rest keep the order the caller chose (supplier first, or a random pair).
  return [a, b];
}

/** A start in the window, recent years more likely, no later than 2024. */
function startIn(rng: Rng, window: Window): string {
  const lo = Math.max(yearOf(window.from), EARLIEST_TIE_YEAR);
  const hi = Math.max(lo, Math.min(LAST_YEAR, window.to ? yearOf(window.to) : LAST_YEAR));
  const date = dateIn(rng, hi - Math.round(skewed(rng, 0, hi - lo, 2)));
  if (date < window.from || (window.to !== null && date >= window.to)) return window.from;
  return date;
}

/** Ties end when either firm leaves the centre, and some end earlier; the end is exclusive and after the start. */
function endAfter(rng: Rng, start: string, window: Window, pEnded: number): string | null {
  if (window.to !== null) return window.to;
  if (!chance(rng, pEnded)) return null;
  const end = dateAfter(rng, start, LAST_YEAR);
  return end > start ? end : null;
}
