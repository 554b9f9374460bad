import type { Db } from '../db/database.ts';
import type { FunderKind, InterventionType } from '../interventions/interventions.constants.ts';
import { DEMO_CENTERS } from './centers.data.ts';
import type { DemoDataset } from './dataset.ts';
import { demoId } from './ids.ts';

/** One demo intervention of a centre (by slug). */
interface DemoInterventionSpec {
  slug: string;
  type: InterventionType;
  title: string;
  start: string;
  end: string | null;
  cost: number | null;
  funder: FunderKind;
  funderName: string;
}

/**
 * Interventions of 2021–2023 (issue #20), placed where the demo's yearly panel (2019–2024) gives a
 * before and an after: Cibaduyut's DAK revitalisation (2021) has three footwear/clothing centres of West
 * Java without one as comparisons (Binong Jati, Sukaregang, Kawalu), so its DiD shows; Sukaregang's
 * training (2022) falls in that window and is listed as another programme only for its own centre;
 * Trusmi's TPL facilitation (2023) has no other crafts centre in West Java, so it shows before/after
 * with the "too few comparison centres" note.
 */
const INTERVENTIONS: DemoInterventionSpec[] = [
  {
    slug: 'CIBADUYUT',
    type: 'dak_revitalisation',
    title: 'Revitalisasi Sentra Sepatu Cibaduyut (DAK Fisik)',
    start: '2021-04-01',
    end: '2021-11-30',
    cost: 4_750_000_000,
    funder: 'dak',
    funderName: 'DAK Fisik Kemenperin 2021',
  },
  {
    slug: 'CIBADUYUT',
    type: 'promotion',
    title: 'Pameran sepatu Cibaduyut di Jakarta',
    start: '2022-03-10',
    end: '2022-03-13',
    cost: 250_000_000,
    funder: 'apbd',
    funderName: 'Dinas Perdagangan dan Perindustrian Kota Bandung',
  },
  {
    slug: 'SUKAREGANG',
    type: 'training',
    title: 'Pelatihan penyamakan ramah lingkungan',
    start: '2022-05-09',
    end: '2022-05-20',
    cost: 180_000_000,
    funder: 'apbn',
    funderName: 'Kementerian Perindustrian',
  },
  {
    slug: 'TRUSMI',
    type: 'tpl_visit',
    title: 'Pendampingan TPL IKM batik Trusmi',
    start: '2023-02-01',
    end: '2023-09-30',
    cost: 120_000_000,
    funder: 'apbn',
    funderName: 'Ditjen IKMA Kemenperin',
  },
];

/** Writes the demo interventions once their centres are written; returns how many were new. */
export async function addDemoInterventions(db: Db, dataset: DemoDataset): Promise<number> {
  const centerOf = new Map(
    dataset.batches.map((b) => [DEMO_CENTERS.find((c) => c.name === b.label)?.slug, b.centerId]),
  );
  const rows = INTERVENTIONS.flatMap((spec, n) => {
    const centerId = centerOf.get(spec.slug);
    if (!centerId) return [];
    return [
      {
        id: demoId(dataset.seed, `intervention/${spec.slug}/${n}`),
        center_id: centerId,
        type: spec.type,
        title: spec.title,
        start_date: spec.start,
        end_date: spec.end,
        cost_idr: spec.cost,
        funder_kind: spec.funder,
        funder_name: spec.funderName,
      },
    ];
  });
  if (rows.length === 0) return 0;
  const added = await db
    .insertInto('interventions')
    .values(rows)
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .execute();
  return added.length;
}
