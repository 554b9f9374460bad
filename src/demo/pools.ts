import type { DemoFirm, DemoRows } from './dataset.ts';
import { demoId } from './ids.ts';
import { createRng, randInt } from './random.ts';

/** One demo pool: whose koperasi, what, and how far it got. */
interface DemoPoolSpec {
  slug: string;
  institutionKey: string;
  material: string;
  unit: string;
  supplier: string;
  tiers: { minTotal: number; unitPrice: number }[];
  priceAlone: number;
  minimumTotal: number;
  /** Pledges drawn per member, in the pool's unit. */
  pledge: [number, number];
  members: number;
  opened: string;
  closingDate: string;
  /** Set for the pool that was bought and split: day of purchase and the unit price paid. */
  purchase?: { on: string; unitPrice: number };
}

/**
 * Two pools (issue #18): the Cibuntu tofu cooperative still collecting soybean pledges, and Koperasi Batur
 * Jaya's scrap-metal pool, bought and split, whose members got JOINT_PURCHASING ties from it. Dates are
 * fixed, as everything in the demo; the open pool closes on 30 June 2027.
 */
const POOLS: DemoPoolSpec[] = [
  {
    slug: 'CIBUNTU',
    institutionKey: 'KOPERASI',
    material: 'Kedelai impor',
    unit: 'kg',
    supplier: 'CV Sumber Kedelai Bandung (fiktif)',
    tiers: [
      { minTotal: 500, unitPrice: 11_800 },
      { minTotal: 2_000, unitPrice: 11_200 },
      { minTotal: 5_000, unitPrice: 10_700 },
    ],
    priceAlone: 12_500,
    minimumTotal: 2_000,
    pledge: [150, 600],
    members: 4,
    opened: '2024-11-04',
    closingDate: '2027-06-30',
  },
  {
    slug: 'CEPER',
    institutionKey: 'KOPERASI',
    material: 'Besi tua (skrap)',
    unit: 'kg',
    supplier: 'UD Rosok Makmur Klaten (fiktif)',
    tiers: [
      { minTotal: 1_000, unitPrice: 9_500 },
      { minTotal: 5_000, unitPrice: 8_900 },
      { minTotal: 10_000, unitPrice: 8_400 },
    ],
    priceAlone: 10_000,
    minimumTotal: 5_000,
    pledge: [1_500, 3_500],
    members: 4,
    opened: '2024-08-05',
    closingDate: '2024-09-06',
    purchase: { on: '2024-09-12', unitPrice: 8_850 },
  },
];

const TIE_DAYS = 365;

/** Adds the centre's demo pool, if it has one, with pledges, and for the bought one its purchase, split and ties. */
export function addPools(
  rows: DemoRows,
  slug: string,
  centerId: string,
  firms: readonly DemoFirm[],
  seed: number,
): void {
  const spec = POOLS.find((p) => p.slug === slug);
  if (!spec) return;
  const rng = createRng(seed, `${slug}/pools`);
  const institutionId = demoId(seed, `institution/${slug}/${spec.institutionKey}`);
  const poolId = demoId(seed, `pool/${slug}/1`);
  // The cooperative's current members still in the centre, officers first (the demo lists them that way).
  const staying = new Set(firms.filter((f) => f.memberTo === null).map((f) => f.id));
  const members = rows.institution_memberships
    .filter((m) => staying.has(m.enterprise_id))
    .filter(
      (m) =>
        m.institution_id === institutionId && (m.valid_to ?? null) === null && m.valid_from <= spec.opened,
    )
    .slice(0, spec.members)
    .map((m) => m.enterprise_id);
  const pledges = members.map((enterpriseId) => ({
    enterpriseId,
    quantity: randInt(rng, spec.pledge[0] / 50, spec.pledge[1] / 50) * 50,
  }));
  rows.pools.push({
    id: poolId,
    institution_id: institutionId,
    center_id: centerId,
    material: spec.material,
    unit: spec.unit,
    supplier_name: spec.supplier,
    tiers: JSON.stringify(spec.tiers),
    price_alone: spec.priceAlone,
    closing_date: spec.closingDate,
    minimum_total: spec.minimumTotal,
    notes: 'Data demo sintetis',
    status: spec.purchase ? 'split' : 'open',
    created_at: `${spec.opened}T02:00:00Z`,
    closed_at: spec.purchase ? `${spec.closingDate}T10:00:00Z` : null,
  });
  rows.pool_pledges.push(
    ...pledges.map((p, i) => ({
      id: demoId(seed, `pool-pledge/${slug}/1/${i + 1}`),
      pool_id: poolId,
      enterprise_id: p.enterpriseId,
      quantity: p.quantity,
      created_at: `${spec.opened}T0${3 + i}:00:00Z`,
    })),
  );
  if (spec.purchase) addSplit(rows, spec, poolId, centerId, pledges, seed);
}

function addSplit(
  rows: DemoRows,
  spec: DemoPoolSpec,
  poolId: string,
  centerId: string,
  pledges: { enterpriseId: string; quantity: number }[],
  seed: number,
): void {
  const purchase = spec.purchase as NonNullable<DemoPoolSpec['purchase']>;
  const total = pledges.reduce((acc, p) => acc + p.quantity, 0);
  rows.pool_purchases.push({
    pool_id: poolId,
    purchased_on: purchase.on,
    total_quantity: total,
    unit_price: purchase.unitPrice,
    total_cost: total * purchase.unitPrice,
    split_on: purchase.on,
  });
  rows.pool_deliveries.push(
    ...pledges.map((p, i) => ({
      id: demoId(seed, `pool-delivery/${spec.slug}/1/${i + 1}`),
      pool_id: poolId,
      enterprise_id: p.enterpriseId,
      quantity: p.quantity,
      cost: p.quantity * purchase.unitPrice,
    })),
  );
  const end = new Date(`${purchase.on}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + TIE_DAYS);
  const ids = pledges.map((p) => p.enterpriseId).sort();
  ids.forEach((a, i) => {
    for (const b of ids.slice(i + 1)) {
      // A pair the demo already tied by joint purchasing keeps that tie (one tie per type and pair).
      const existing = rows.interactions.find(
        (t) => t.type === 'JOINT_PURCHASING' && t.from_enterprise_id === a && t.to_enterprise_id === b,
      );
      const id = existing?.id ?? demoId(seed, `interaction/${spec.slug}/pool-1/${a}/${b}`);
      if (!existing) {
        rows.interactions.push({
          id,
          center_id: centerId,
          from_enterprise_id: a,
          to_enterprise_id: b,
          to_institution_id: null,
          type: 'JOINT_PURCHASING',
          valence: 'collaboration',
          legal_pattern: 'operational_cooperation',
          start_date: purchase.on,
          end_date: end.toISOString().slice(0, 10),
          frequency: 'once',
          strength: 2,
          formality: 'written',
          reported_by: 'third_party',
          confidence: 'verified',
          evidence_notes: `Dicatat dari pembelian bersama ${spec.material} (data demo sintetis)`,
          confidential: false,
        });
      }
      rows.pool_ties.push({ pool_id: poolId, interaction_id: id });
    }
  });
}
