import type { Lang, Message } from '../shared/i18n.ts';
import type { SizeClassValue, SizeRegime } from './size-classes.schema.ts';

/** The regulation behind each regime, as shown beside its class. */
export const BASIS: Record<SizeRegime, Message> = {
  permenperin_64_2016: { id: 'Permenperin 64/M-IND/PER/7/2016', en: 'Permenperin 64/M-IND/PER/7/2016' },
  pp_7_2021: { id: 'PP 7/2021 Pasal 35–36', en: 'PP 7/2021 Arts. 35–36' },
  bps_workers: { id: 'BPS, menurut jumlah tenaga kerja', en: 'BPS, by number of workers' },
  uu_20_2008: { id: 'UU 20/2008 Pasal 6', en: 'UU 20/2008 Art. 6' },
};

const BUSINESS: Record<'micro' | 'small' | 'medium' | 'large', Message> = {
  micro: { id: 'usaha mikro', en: 'micro enterprise' },
  small: { id: 'usaha kecil', en: 'small enterprise' },
  medium: { id: 'usaha menengah', en: 'medium enterprise' },
  large: { id: 'usaha besar', en: 'large enterprise' },
};

/** Class names in each regime's own words (BPS says "sedang" for medium). */
export const CLASS_LABELS: Record<SizeRegime, Partial<Record<SizeClassValue, Message>>> = {
  permenperin_64_2016: {
    IK: { id: 'industri kecil (IK)', en: 'small industry (IK)' },
    IM: { id: 'industri menengah (IM)', en: 'medium industry (IM)' },
    IB: { id: 'industri besar (IB)', en: 'large industry (IB)' },
  },
  pp_7_2021: BUSINESS,
  uu_20_2008: BUSINESS,
  bps_workers: {
    micro: { id: 'industri mikro', en: 'micro industry' },
    small: { id: 'industri kecil', en: 'small industry' },
    medium: { id: 'industri sedang', en: 'medium industry' },
    large: { id: 'industri besar', en: 'large industry' },
  },
};

/** Names of the figures a regime may read, for rules and "missing data" reasons. */
export const FIGURES = {
  workers: { id: 'Tenaga kerja', en: 'Workers' },
  investment: { id: 'investasi di luar tanah dan bangunan', en: 'investment excluding land and buildings' },
  annualSales: { id: 'Penjualan tahunan', en: 'Annual sales' },
  businessCapital: {
    id: 'Modal usaha di luar tanah dan bangunan',
    en: 'Business capital excluding land and buildings',
  },
  netAssetsProxy: {
    id: 'Kekayaan bersih (diwakili modal usaha)',
    en: 'Net assets (business capital used as a proxy)',
  },
} satisfies Record<string, Message>;

export const MESSAGES = {
  industry: {
    id: '{workers} tenaga kerja ({workerTest}) dan investasi di luar tanah dan bangunan {investment} ({investmentTest}): {label}.',
    en: '{workers} workers ({workerTest}) and investment excluding land and buildings {investment} ({investmentTest}): {label}.',
  },
  band: { id: '{criterion} {value} ({range}): {label}.', en: '{criterion} {value} ({range}): {label}.' },
  capitalFallback: {
    id: 'Penjualan tahunan belum diisi, maka dipakai kriteria modal. ',
    en: 'No annual sales recorded, so the capital criterion applies. ',
  },
  missing: { id: 'Data belum lengkap: {fields}.', en: 'Missing data: {fields}.' },
  missingSalesOrCapital: {
    id: 'penjualan tahunan atau modal usaha',
    en: 'annual sales or business capital',
  },
  noWorkers: {
    id: 'BPS menggolongkan usaha dengan sedikitnya 1 tenaga kerja; tercatat 0.',
    en: 'BPS classes start at 1 worker; 0 recorded.',
  },
  upTo: { id: 's.d.', en: 'up to' },
} satisfies Record<string, Message>;

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** A whole-rupiah amount as written locally: `Rp1.500.000.000` or `Rp1,500,000,000`. */
export function formatRupiah(value: number, lang: Lang): string {
  return `Rp${new Intl.NumberFormat(LOCALE[lang]).format(value)}`;
}

/** A threshold in words: `Rp2,5 miliar` / `Rp2.5 bn`, `Rp50 juta` / `Rp50 m`. */
export function formatThreshold(value: number, lang: Lang): string {
  const [amount, unit] =
    value >= 1e9
      ? [value / 1e9, lang === 'id' ? 'miliar' : 'bn']
      : [value / 1e6, lang === 'id' ? 'juta' : 'm'];
  return `Rp${new Intl.NumberFormat(LOCALE[lang]).format(amount)} ${unit}`;
}

/** A count as written locally (thousands separated). */
export function formatCount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang]).format(value);
}
