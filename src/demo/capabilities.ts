import { DEMO_CAPABILITIES, DEMO_PROFILE_DAY } from './capabilities.data.ts';
import type { DemoCenterSpec } from './centers.data.ts';
import type { DemoFirm, DemoRows } from './dataset.ts';
import { demoId } from './ids.ts';
import { chance, createRng, pick, type Rng, randInt, shuffled } from './random.ts';

const SIZE_FACTOR = { micro: 1, small: 4, medium: 12 } as const;

/** `DEMO_PROFILE_DAY` minus `days`, as YYYY-MM-DD. */
function daysBefore(days: number): string {
  return new Date(Date.parse(`${DEMO_PROFILE_DAY}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Adds a capability profile for every firm of the centre, consistent with its product: its core processes
 * and some others at drawn levels, machines, capacity by size, spare capacity confirmed up to five months
 * before the demo's day (about a third stale), and a certificate or two, some expired.
 */
export function addCapabilities(rows: DemoRows, spec: DemoCenterSpec, firms: DemoFirm[], seed: number): void {
  const profile = DEMO_CAPABILITIES[spec.product];
  const rng = createRng(seed, `${spec.slug}/capabilities`);
  for (const firm of firms) {
    const key = `capability/${spec.slug}/${firm.index}`;
    const [lo, hi] = profile.microCapacity;
    const capacity = Math.round(randInt(rng, lo, hi) * SIZE_FACTOR[firm.size]);
    rows.capability_profiles.push({
      enterprise_id: firm.id,
      monthly_capacity: capacity,
      capacity_unit: profile.unit,
      spare_capacity_pct: randInt(rng, 0, 12) * 5,
      spare_confirmed_on: daysBefore(randInt(rng, 0, 150)),
      lead_time_days: randInt(rng, 3, 45),
      min_order_qty: Math.max(1, Math.round(capacity / randInt(rng, 20, 60))),
      accepts_toll: chance(rng, 0.6),
      accepts_subcontract: chance(rng, 0.7),
      accepts_client_materials: chance(rng, 0.5),
      notes: null,
    });
    const processes = profile.processes.filter((_, i) => i < profile.core || chance(rng, 0.45));
    for (const code of processes) {
      rows.capability_processes.push({
        id: demoId(seed, `${key}/process/${code}`),
        enterprise_id: firm.id,
        process_code: code,
        level: drawLevel(rng, firm.size),
      });
    }
    for (const [i, type] of shuffled(rng, profile.machines)
      .slice(0, randInt(rng, 1, 3))
      .entries()) {
      rows.capability_machines.push({
        id: demoId(seed, `${key}/machine/${i}`),
        enterprise_id: firm.id,
        machine_type: type,
        count: randInt(rng, 1, firm.size === 'micro' ? 3 : 10),
        capacity: null,
        acquired: pick(rng, ['own', 'own', 'own', 'grant', 'shared_facility'] as const),
      });
    }
    if (firm.size !== 'micro' || chance(rng, 0.3)) {
      const kind = pick(rng, profile.certifications);
      const from = randInt(rng, 2018, 2024);
      // About one in three certificates has lapsed: shown as expired and not counted.
      const until = chance(rng, 0.35)
        ? `${randInt(rng, 2022, 2025)}-${pad(randInt(rng, 1, 12))}-28`
        : `${from + 5}-12-31`;
      rows.capability_certifications.push({
        id: demoId(seed, `${key}/certification/${kind}`),
        enterprise_id: firm.id,
        kind,
        number: `${kind}-DEMO-${spec.slug}-${firm.index}`,
        valid_from: `${Math.min(from, Number(until.slice(0, 4)))}-01-15`,
        valid_until: until,
      });
    }
  }
}

function drawLevel(rng: Rng, size: DemoFirm['size']): number {
  const bonus = size === 'micro' ? 0 : 1;
  return Math.min(3, randInt(rng, 1, 2) + (chance(rng, 0.4) ? bonus : 0));
}

const pad = (n: number) => String(n).padStart(2, '0');
