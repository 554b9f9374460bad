import type { Db } from '../db/database.ts';
import { recordDesign } from '../design-ledger/design-ledger.service.ts';
import type { DemoDataset } from './dataset.ts';
import { demoMotif, INDIGO, type Palette, TEAK } from './design-images.ts';

/** One demo design: whose (the n-th current member of a centre), what, and its motifs. */
interface DemoDesignSpec {
  slug: string;
  /** 0-based position among the centre's current members, by index. */
  firm: number;
  title: string;
  description: string;
  category: string;
  firstPublishedOn: string;
  /** Motif keys (each one image); `+` after a key draws that motif a little lighter: a near-copy. */
  motifs: string[];
  palette: Palette;
}

/**
 * The demo's design ledger (issue #19): Trusmi batik and Jepara carving designs, among them TWO
 * NEAR-DUPLICATE motifs from different Trusmi firms (the second is the first drawn lighter), so the
 * similar-design flag has something to show. Synthetic motifs, not real designs.
 */
const DESIGNS: DemoDesignSpec[] = [
  {
    slug: 'TRUSMI',
    firm: 0,
    title: 'Mega Mendung Tujuh Gradasi',
    description: 'Awan bergradasi tujuh warna biru, batik tulis (data demo sintetis).',
    category: 'Motif batik',
    firstPublishedOn: '2023-05-12',
    motifs: ['trusmi-mega-mendung'],
    palette: INDIGO,
  },
  {
    slug: 'TRUSMI',
    firm: 2,
    title: 'Kapal Kandas Pesisiran',
    description: 'Perahu dan ombak khas pesisir Cirebon, batik cap (data demo sintetis).',
    category: 'Motif batik',
    firstPublishedOn: '2023-09-01',
    motifs: ['trusmi-kapal-kandas'],
    palette: INDIGO,
  },
  {
    slug: 'JEPARA',
    firm: 0,
    title: 'Relief Macan Kurung',
    description: 'Ukiran tembus satu kayu jati (data demo sintetis).',
    category: 'Ukiran kayu',
    firstPublishedOn: '2022-11-20',
    motifs: ['jepara-macan-kurung', 'jepara-macan-kurung-samping'],
    palette: TEAK,
  },
  {
    slug: 'JEPARA',
    firm: 1,
    title: 'Daun Trubusan Jepara',
    description: 'Sulur daun trubusan untuk panel lemari (data demo sintetis).',
    category: 'Ukiran kayu',
    firstPublishedOn: '2024-01-15',
    motifs: ['jepara-trubusan'],
    palette: TEAK,
  },
  {
    // The near-copy: another Trusmi firm records the first motif, slightly lighter, a year later.
    slug: 'TRUSMI',
    firm: 1,
    title: 'Mega Mendung Biru Muda',
    description: 'Awan biru bergradasi, batik cap (data demo sintetis).',
    category: 'Motif batik',
    firstPublishedOn: '2024-06-03',
    motifs: ['trusmi-mega-mendung+'],
    palette: INDIGO,
  },
];

/** How much lighter a near-copy is drawn (tone steps of 255). */
const NEAR_COPY_LIGHTEN = 12;

const DEMO_ACTOR = { kind: 'system', label: 'demo' } as const;

/**
 * Records the demo designs through the ledger's own service (same checks, normalisation and chain as the
 * API), after the registry rows are written. A design whose image is already in the ledger is left as it
 * is (the service answers the existing record), so loading the demo again adds nothing; returns how many
 * records are new. The motifs are a pure function of the seed's firms; the server timestamps and
 * verification codes are the ledger's own, as for any recording.
 */
export async function addDemoDesigns(db: Db, dataset: DemoDataset): Promise<number> {
  let added = 0;
  for (const spec of DESIGNS) {
    const enterpriseId = firmOf(dataset, spec);
    if (!enterpriseId) continue;
    const images = await Promise.all(
      spec.motifs.map(async (motif, index) => {
        const key = motif.replace(/\+$/, '');
        const bytes = await demoMotif(
          `${dataset.seed}/${key}`,
          spec.palette,
          motif.endsWith('+') ? NEAR_COPY_LIGHTEN : 0,
        );
        return { fileName: `${key}-${index + 1}.png`, data: bytes.toString('base64') };
      }),
    );
    const record = await recordDesign(db, DEMO_ACTOR, {
      enterpriseId,
      title: spec.title,
      description: spec.description,
      category: spec.category,
      firstPublishedOn: spec.firstPublishedOn,
      images,
    });
    if (!record.alreadyRecorded) added++;
  }
  return added;
}

/** The spec's firm: the n-th current member (by index) of its centre in the dataset. */
function firmOf(dataset: DemoDataset, spec: DemoDesignSpec): string | undefined {
  const batch = dataset.batches.find((b) => b.rows.centers[0]?.external_id === `DEMO-${spec.slug}`);
  const current = (batch?.firms ?? []).filter((f) => f.memberTo === null).sort((a, b) => a.index - b.index);
  return current[spec.firm]?.id;
}
