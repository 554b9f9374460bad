/**
 * The four survey scales of DOMAIN.md §7.4, after the constructs of Xu et al. (2023, *Industrial Marketing
 * Management* 111): cooperation and constructive conflict raise innovation capability, destructive conflict
 * lowers it, and a companion study adds institutional support. The original items were unavailable, so the
 * wording is ours; every item asks about "other firms in this sentra" on a five-point Likert scale. Every
 * item of a scale points the same way as its construct, so none is reverse-keyed (docs/design-choices.md).
 */

/** The scales' stable keys, in the order a questionnaire asks them. */
export const SCALE_KEYS = [
  'cooperation',
  'constructive_conflict',
  'destructive_conflict',
  'institutional_support',
] as const;
/** One of the four scales. */
export type ScaleKey = (typeof SCALE_KEYS)[number];

/** The points of the Likert scale (1 strongly disagree … 5 strongly agree). */
export const LIKERT_POINTS = 5;

/** A text in both languages of the app. */
export interface Bilingual {
  id: string;
  en: string;
}

/** One seeded item: its key (the CSV column), its wording, whether it is reverse-keyed. */
export interface SeedItem {
  key: string;
  text: Bilingual;
  reverse: boolean;
}

/** One seeded scale with its name and items. */
export interface SeedScale {
  scale: ScaleKey;
  name: Bilingual;
  items: readonly SeedItem[];
}

const item = (key: string, id: string, en: string): SeedItem => ({ key, text: { id, en }, reverse: false });

/** The instruments a new project starts with (version 1 of each scale). */
export const SEED_SCALES: readonly SeedScale[] = [
  {
    scale: 'cooperation',
    name: { id: 'Kerja sama', en: 'Cooperation' },
    items: [
      item(
        'coop1',
        'Kami saling memberi kabar tentang pesanan dengan IKM lain di sentra ini.',
        'We pass on news of orders to other firms in this sentra.',
      ),
      item(
        'coop2',
        'Kami saling meminjam alat atau tenaga kerja dengan IKM lain di sentra ini.',
        'We lend or borrow tools and workers with other firms in this sentra.',
      ),
      item(
        'coop3',
        'Kami memecahkan masalah produksi bersama IKM lain di sentra ini.',
        'We solve production problems together with other firms in this sentra.',
      ),
      item(
        'coop4',
        'IKM lain di sentra ini menepati janji kepada kami.',
        'Other firms in this sentra keep their promises to us.',
      ),
    ],
  },
  {
    scale: 'constructive_conflict',
    name: { id: 'Konflik konstruktif', en: 'Constructive conflict' },
    items: [
      item(
        'cons1',
        'Perbedaan pendapat dengan IKM lain di sentra ini menghasilkan produk yang lebih baik.',
        'Disagreements with other firms in this sentra lead to better products.',
      ),
      item(
        'cons2',
        'Perbedaan dengan IKM lain di sentra ini dibicarakan secara terbuka.',
        'Differences with other firms in this sentra are aired openly.',
      ),
      item(
        'cons3',
        'Gesekan dengan IKM lain di sentra ini mendorong kami meningkatkan mutu.',
        'Friction with other firms in this sentra pushes up our quality.',
      ),
    ],
  },
  {
    scale: 'destructive_conflict',
    name: { id: 'Konflik destruktif', en: 'Destructive conflict' },
    items: [
      item(
        'dest1',
        'Pertikaian dengan IKM lain di sentra ini merusak hubungan.',
        'Clashes with other firms in this sentra damage relations.',
      ),
      item(
        'dest2',
        'IKM lain di sentra ini meniru desain kami atau membanting harga.',
        'Other firms in this sentra copy our designs or undercut our prices.',
      ),
      item(
        'dest3',
        'Perselisihan dengan IKM lain di sentra ini tidak selesai atau menjadi urusan pribadi.',
        'Disputes with other firms in this sentra stay unsettled or get personal.',
      ),
    ],
  },
  {
    scale: 'institutional_support',
    name: { id: 'Dukungan kelembagaan', en: 'Institutional support' },
    items: [
      item(
        'inst1',
        'Dinas atau paguyuban membantu menyelesaikan perselisihan di sentra ini.',
        'The Dinas or the paguyuban helps settle disputes in this sentra.',
      ),
      item(
        'inst2',
        'Kami mendapat fasilitas atau pelatihan melalui lembaga sentra ini.',
        "We get facilities or training through this sentra's institutions.",
      ),
      item('inst3', 'Aturan sentra ini ditegakkan.', "This sentra's rules are enforced."),
    ],
  },
];

/** A scale's name in both languages (a stored instrument keeps its Indonesian name; English comes from here). */
export function scaleName(scale: string, stored: string): Bilingual {
  const seed = SEED_SCALES.find((s) => s.scale === scale);
  return seed ? seed.name : { id: stored, en: stored };
}
