import { describe, expect, it } from 'vitest';
import { interactionType } from '../interactions/interaction-types.ts';
import { DEMO_CENTERS } from './centers.data.ts';
import type { DemoBatch } from './dataset.ts';
import { buildDemoDataset } from './generate.ts';
import { TIE_MIXES } from './ties.data.ts';

const dataset = buildDemoDataset(11);
const centers = dataset.batches.filter((b) => b.centerId !== null);
const slugOf = (batch: DemoBatch) => DEMO_CENTERS.find((c) => c.name === batch.label)?.slug ?? '';
const bySlug = (slug: string) => {
  const batch = centers.find((b) => slugOf(b) === slug);
  if (!batch) throw new Error(`no batch ${slug}`);
  return batch;
};
const MAKLUN = new Set(['TOLL_MANUFACTURING', 'SUBCONTRACT', 'ORDER_SHARING']);

/** Distinct unordered pairs linked by a collaboration tie, over all pairs of the centre's firms. */
function positiveDensity(batch: DemoBatch): number {
  const pairs = new Set(
    batch.rows.interactions
      .filter((t) => t.valence === 'collaboration')
      .map((t) => [t.from_enterprise_id, t.to_enterprise_id].sort().join('|')),
  );
  const n = batch.firms.length;
  return pairs.size / ((n * (n - 1)) / 2);
}

function maklunOutDegrees(batch: DemoBatch): number[] {
  const out = new Map<string, number>();
  for (const t of batch.rows.interactions) {
    if (MAKLUN.has(t.type)) out.set(t.from_enterprise_id, (out.get(t.from_enterprise_id) ?? 0) + 1);
  }
  return [...out.values()].sort((a, b) => b - a);
}

describe('demo interaction ties (pure)', () => {
  it('gives identical ties for the same seed and different ones for another seed', () => {
    const again = buildDemoDataset(11).batches.map((b) => b.rows.interactions);
    expect(again).toEqual(dataset.batches.map((b) => b.rows.interactions));
    const other = buildDemoDataset(12).batches.flatMap((b) => b.rows.interactions.map((t) => t.id));
    const ours = new Set(dataset.batches.flatMap((b) => b.rows.interactions.map((t) => t.id)));
    expect(other.filter((id) => ours.has(id))).toEqual([]);
  });

  it('gives every centre ties with a positive density within 3–10% and a minority of conflicts', () => {
    expect(centers).toHaveLength(14);
    for (const batch of centers) {
      const ties = batch.rows.interactions;
      const density = positiveDensity(batch);
      expect(density, batch.label).toBeGreaterThanOrEqual(0.03);
      expect(density, batch.label).toBeLessThanOrEqual(0.1);
      const conflicts = ties.filter((t) => t.valence === 'conflict').length / ties.length;
      expect(conflicts, batch.label).toBeGreaterThanOrEqual(0.05);
      expect(conflicts, batch.label).toBeLessThanOrEqual(0.2);
    }
  });

  it('gives hub-and-spoke centres a few order-givers with very high maklun out-degree', () => {
    for (const slug of ['CIBADUYUT', 'BINONG-JATI', 'TEGALWANGI', 'JEPARA']) {
      const batch = bySlug(slug);
      const degrees = maklunOutDegrees(batch);
      const total = degrees.reduce((sum, d) => sum + d, 0);
      const top = degrees.slice(0, 5).reduce((sum, d) => sum + d, 0);
      expect(degrees[0] ?? 0, slug).toBeGreaterThanOrEqual(batch.firms.length / 4);
      expect(top / total, slug).toBeGreaterThan(0.7);
    }
    // Without hubs, nobody comes close.
    expect(maklunOutDegrees(bySlug('KAWALU'))[0] ?? 0).toBeLessThan(bySlug('KAWALU').firms.length / 8);
  });

  it('seeds the documented conflicts where DOMAIN.md §10 places them', () => {
    const types = (slug: string) => new Set(bySlug(slug).rows.interactions.map((t) => t.type));
    expect(types('KAWALU').has('PRICE_UNDERCUTTING')).toBe(true);
    expect(types('CIBADUYUT').has('PRICE_UNDERCUTTING')).toBe(true);
    for (const slug of ['KAUMAN', 'JEPARA']) {
      expect(types(slug).has('DESIGN_COPYING'), slug).toBe(true);
      expect(types(slug).has('MISREPRESENTATION'), slug).toBe(true);
    }
    for (const slug of ['JEPARA', 'TUMANG']) expect(types(slug).has('WORKER_POACHING'), slug).toBe(true);
    expect(types('PLERED').has('MATERIAL_SUPPLY') && types('TRUSMI').has('CONSIGNMENT')).toBe(true);
    expect(types('KALISARI').has('PRICE_UNDERCUTTING')).toBe(false);
    expect(Object.keys(TIE_MIXES).sort()).toEqual(DEMO_CENTERS.map((c) => c.slug).sort());
  });

  it('builds group ties in Ceper, Kauman and Laweyan between members of the same institution', () => {
    for (const slug of ['CEPER', 'KAUMAN', 'LAWEYAN']) {
      const batch = bySlug(slug);
      const institutionsOf = new Map<string, Set<string>>();
      for (const m of batch.rows.institution_memberships) {
        institutionsOf.set(
          m.enterprise_id,
          (institutionsOf.get(m.enterprise_id) ?? new Set()).add(m.institution_id),
        );
      }
      const group = batch.rows.interactions.filter((t) => t.type === 'JOINT_PURCHASING');
      expect(group.length, slug).toBeGreaterThan(0);
      const shared = group.filter((t) => {
        const a = institutionsOf.get(t.from_enterprise_id) ?? new Set<string>();
        const b = institutionsOf.get(t.to_enterprise_id ?? '') ?? new Set<string>();
        return [...a].some((i) => b.has(i));
      });
      // Most come through an institution; the light mix adds a few outside one.
      expect(shared.length / group.length, slug).toBeGreaterThan(0.7);
    }
  });

  it('keeps every tie valid: members, dates, valence, symmetric order, no repeated type on a pair', () => {
    for (const batch of centers) {
      const firms = new Map(batch.firms.map((f) => [f.id, f]));
      const keys = new Set<string>();
      for (const t of batch.rows.interactions) {
        const from = firms.get(t.from_enterprise_id);
        const to = firms.get(t.to_enterprise_id ?? '');
        if (!from || !to) throw new Error(`tie ${t.id} leaves ${batch.label}`);
        const type = interactionType(t.type as Parameters<typeof interactionType>[0]);
        expect(t.center_id).toBe(batch.centerId);
        expect(t.valence).toBe(type.valence);
        expect(t.confidential).toBe(type.valence !== 'collaboration');
        if (type.symmetric) expect(t.from_enterprise_id < (t.to_enterprise_id ?? '')).toBe(true);
        expect(from.id).not.toBe(to.id);
        const later = [from.memberFrom, to.memberFrom].sort()[1] ?? '';
        expect(t.start_date >= later).toBe(true);
        expect(t.start_date <= '2024-12-31').toBe(true);
        if (t.end_date) expect(t.end_date > t.start_date).toBe(true);
        for (const left of [from.memberTo, to.memberTo]) {
          if (left) expect((t.end_date ?? '9999') <= left).toBe(true);
        }
        expect(t.strength).toBeGreaterThanOrEqual(1);
        expect(t.strength).toBeLessThanOrEqual(5);
        const key = `${t.type}|${t.from_enterprise_id}|${t.to_enterprise_id}`;
        expect(keys.has(key)).toBe(false);
        keys.add(key);
      }
    }
    const ended = centers.flatMap((b) => b.rows.interactions).filter((t) => t.end_date !== null);
    expect(ended.length).toBeGreaterThan(0);
  });
});
