import { BASIS, CLASS_LABELS, formatCount, formatThreshold } from '../enterprises/size-class-words.ts';
import type { SizeCriterion } from '../enterprises/size-classes.schema.ts';
import { type Lang, type Message, tr } from '../shared/i18n.ts';
import type { FirmVerdict } from './competition-flag.ts';
import type { FlagStatus } from './price-agreements.constants.ts';

/** The flag's sentences, id and en. */
export const FLAG_WORDS = {
  notSmall: {
    id: '{name} tergolong {label} menurut {basis}, berdasarkan {figure} ({year}).',
    en: '{name} is a {label} under {basis}, by {figure} ({year}).',
  },
  small: {
    id: '{name} tergolong {label} menurut {basis}, berdasarkan {figure} ({year}).',
    en: '{name} is a {label} under {basis}, by {figure} ({year}).',
  },
  noFigures: {
    id: '{name}: ukuran usaha tidak diketahui, belum ada data tahunan.',
    en: '{name}: size unknown, no yearly figures recorded.',
  },
  missingFigures: {
    id: '{name}: ukuran usaha tidak diketahui, data {year} tidak memuat penjualan tahunan atau modal usaha (PP 7/2021).',
    en: '{name}: size unknown, the {year} figures have neither annual sales nor business capital (PP 7/2021).',
  },
  flagged: {
    id: 'Ditandai: {names} bukan usaha kecil. UU 5/1999 Pasal 50 huruf h hanya mengecualikan usaha kecil; kesepakatan harga di antara pelaku usaha yang tidak semuanya kecil dapat melanggar Pasal 5 (penetapan harga). Mintalah telaah hukum sebelum menjalankannya.',
    en: 'Flagged: {names} not a small business. UU 5/1999 Art. 50(h) exempts only small businesses; an agreed price among firms that are not all small may breach Art. 5 (price fixing). Have it reviewed by a lawyer before applying it.',
  },
  cannotTell: {
    id: 'Belum bisa dinilai: ukuran usaha {names} tidak diketahui, sehingga belum jelas apakah pengecualian usaha kecil (UU 5/1999 Pasal 50 huruf h) berlaku. Lengkapi data tahunannya.',
    en: 'Cannot tell: the size of {names} is unknown, so whether the small-business exemption (UU 5/1999 Art. 50(h)) applies is not known. Record their yearly figures.',
  },
  clear: {
    id: 'Tidak ditandai: semua pihak yang menyetujui tergolong usaha kecil atau mikro, sehingga pengecualian UU 5/1999 Pasal 50 huruf h kemungkinan berlaku.',
    en: 'Not flagged: every consenting firm is a micro or small business, so the UU 5/1999 Art. 50(h) exemption probably applies.',
  },
  noConsents: {
    id: 'Belum ada anggota yang menyetujui; tanda dinilai ulang setiap kali persetujuan berubah.',
    en: 'No member has consented yet; the flag is re-evaluated whenever consents change.',
  },
  notLegalAdvice: {
    id: 'Ini bukan nasihat hukum: penilaian otomatis dari data ukuran usaha yang tercatat.',
    en: 'This is not legal advice: an automatic reading of the recorded size figures.',
  },
} satisfies Record<string, Message>;

const CRITERION_WORDS: Record<SizeCriterion, Message> = {
  annual_sales: { id: 'penjualan tahunan', en: 'annual sales' },
  business_capital: { id: 'modal usaha', en: 'business capital' },
  workers: { id: 'tenaga kerja', en: 'workers' },
  workers_and_investment: {
    id: 'investasi di luar tanah dan bangunan',
    en: 'investment excl. land and buildings',
  },
};

/** One firm's verdict in words: which regime and which figure decided, or why its size is unknown. */
export function verdictSentence(v: FirmVerdict, lang: Lang): string {
  if (v.verdict === 'unknown' || v.regime === null || v.sizeClass === null || v.criterion === null) {
    return v.year === null
      ? tr(FLAG_WORDS.noFigures, { name: v.enterpriseName }, lang)
      : tr(FLAG_WORDS.missingFigures, { name: v.enterpriseName, year: v.year }, lang);
  }
  const label = CLASS_LABELS[v.regime][v.sizeClass];
  return tr(
    v.verdict === 'not_small' ? FLAG_WORDS.notSmall : FLAG_WORDS.small,
    {
      name: v.enterpriseName,
      label: label ? tr(label, {}, lang) : v.sizeClass,
      basis: tr(BASIS[v.regime], {}, lang),
      figure: figureWords(v, lang),
      year: v.year ?? '',
    },
    lang,
  );
}

/** The agreement's flag in one paragraph, naming the firms that decided it. */
export function flagSummary(flag: FlagStatus, verdicts: readonly FirmVerdict[], lang: Lang): string {
  const names = (verdict: FirmVerdict['verdict']) =>
    verdicts
      .filter((v) => v.verdict === verdict)
      .map((v) => v.enterpriseName)
      .join(', ');
  if (flag === 'flagged') return tr(FLAG_WORDS.flagged, { names: names('not_small') }, lang);
  if (flag === 'cannot_tell') return tr(FLAG_WORDS.cannotTell, { names: names('unknown') }, lang);
  return tr(verdicts.length === 0 ? FLAG_WORDS.noConsents : FLAG_WORDS.clear, {}, lang);
}

function figureWords(v: FirmVerdict, lang: Lang): string {
  const criterion = v.criterion ? tr(CRITERION_WORDS[v.criterion], {}, lang) : '';
  if (v.figure === null) return criterion;
  if (v.criterion === 'workers') return `${formatCount(v.figure, lang)} ${criterion}`;
  const amount = `${criterion} ${formatThreshold(roughly(v.figure), lang)}`;
  if (v.criterion !== 'workers_and_investment' || v.workers === null) return amount;
  return `${formatCount(v.workers, lang)} ${tr(CRITERION_WORDS.workers, {}, lang)}, ${amount}`;
}

/** Rupiah rounded to a tenth of the unit it is written in (Rp932 juta, Rp1,4 miliar): the class needs no more. */
function roughly(value: number): number {
  const step = value >= 1e9 ? 1e8 : 1e6;
  return Math.round(value / step) * step;
}
