/**
 * Size classes of an enterprise-year under the regimes Indonesian agencies use (DOMAIN.md §3.2).
 * They disagree, so Simpul stores the raw figures and derives every class on read:
 *   - Permenperin 64/M-IND/PER/7/2016: workers and investment excluding land and buildings (IK/IM/IB);
 *   - PP 7/2021 Arts. 35–36: annual sales, else business capital (micro/small/medium/large);
 *   - BPS: number of workers;
 *   - UU 20/2008 Art. 6, for data before 2021: annual sales, else net assets.
 * Pure functions: the only context read is the current language, which `options.lang` overrides.
 */
import { currentLang, type Lang, type Message, tr } from '../shared/i18n.ts';
import {
  BASIS,
  CLASS_LABELS,
  FIGURES,
  formatCount,
  formatRupiah,
  formatThreshold,
  MESSAGES,
} from './size-class-words.ts';
import type { SizeClass, SizeClassValue, SizeCriterion, SizeRegime } from './size-classes.schema.ts';

/** Figures of one enterprise-year that the regimes read; null means not recorded. */
export interface SizeInputs {
  year: number;
  workersMale: number | null;
  workersFemale: number | null;
  investmentExclLandBuilding: number | null;
  businessCapital: number | null;
  annualSales: number | null;
}

/** Options of every classifier. */
export interface SizeOptions {
  /** Language of `rule` and `reason`; defaults to the request's. */
  lang?: Lang;
}

const MILLION = 1_000_000;
const BILLION = 1_000_000_000;

/** A class and the inclusive upper bound of its band (null: no upper bound). */
interface Band {
  class: SizeClassValue;
  upTo: number | null;
}

const PP7_SALES: Band[] = [
  { class: 'micro', upTo: 2 * BILLION },
  { class: 'small', upTo: 15 * BILLION },
  { class: 'medium', upTo: 50 * BILLION },
  { class: 'large', upTo: null },
];
const PP7_CAPITAL: Band[] = [
  { class: 'micro', upTo: 1 * BILLION },
  { class: 'small', upTo: 5 * BILLION },
  { class: 'medium', upTo: 10 * BILLION },
  { class: 'large', upTo: null },
];
const UU20_SALES: Band[] = [
  { class: 'micro', upTo: 300 * MILLION },
  { class: 'small', upTo: 2_500 * MILLION },
  { class: 'medium', upTo: 50 * BILLION },
  { class: 'large', upTo: null },
];
const UU20_NET_ASSETS: Band[] = [
  { class: 'micro', upTo: 50 * MILLION },
  { class: 'small', upTo: 500 * MILLION },
  { class: 'medium', upTo: 10 * BILLION },
  { class: 'large', upTo: null },
];
// BPS: micro 1–4, small 5–19, medium ("sedang") 20–99; "large ≥ 100" is unverified (DOMAIN.md §11 q4).
const BPS_WORKERS: Band[] = [
  { class: 'micro', upTo: 4 },
  { class: 'small', upTo: 19 },
  { class: 'medium', upTo: 99 },
  { class: 'large', upTo: null },
];

/** Most workers of an IK, and of an IM that qualifies by investment alone (Permenperin 64/2016). */
const IK_MAX_WORKERS = 19;
/** IK investment is strictly below this; IM with ≤ 19 workers starts here. */
const IK_INVESTMENT_BELOW = 1 * BILLION;
/** Most investment of an IM with ≥ 20 workers; above it, IB. */
const IM_MAX_INVESTMENT = 15 * BILLION;

/** Last year whose figures are also classed under UU 20/2008 (PP 7/2021 took effect in February 2021). */
export const UU20_LAST_YEAR = 2020;

/** Male plus female workers; one side missing counts as zero, both missing is unknown. */
export function totalWorkers(inputs: SizeInputs): number | null {
  if (inputs.workersMale === null && inputs.workersFemale === null) return null;
  return (inputs.workersMale ?? 0) + (inputs.workersFemale ?? 0);
}

/**
 * The Permenperin 64/2016 class alone, without the worded rule (null: workers or investment missing): what
 * `industryClass` decides, cheap enough for every member of the country (the overview's live path).
 */
export function industryClassValue(inputs: SizeInputs): 'IK' | 'IM' | 'IB' | null {
  const workers = totalWorkers(inputs);
  const investment = inputs.investmentExclLandBuilding;
  if (workers === null || investment === null) return null;
  if (workers <= IK_MAX_WORKERS) return investment < IK_INVESTMENT_BELOW ? 'IK' : 'IM';
  return investment <= IM_MAX_INVESTMENT ? 'IM' : 'IB';
}

/** Permenperin 64/M-IND/PER/7/2016: IK, IM or IB from workers and investment excl. land & buildings. */
export function industryClass(inputs: SizeInputs, options: SizeOptions = {}): SizeClass {
  const lang = options.lang ?? currentLang();
  const regime = 'permenperin_64_2016';
  const workers = totalWorkers(inputs);
  const investment = inputs.investmentExclLandBuilding;
  const used = {
    workersMale: inputs.workersMale,
    workersFemale: inputs.workersFemale,
    workers,
    investmentExclLandBuilding: investment,
  };
  if (workers === null || investment === null) {
    const missing = [
      ...(workers === null ? [FIGURES.workers] : []),
      ...(investment === null ? [FIGURES.investment] : []),
    ];
    return unclassified(regime, used, missingReason(missing, lang), lang);
  }
  const fewWorkers = workers <= IK_MAX_WORKERS;
  const value: SizeClassValue = industryClassValue(inputs) ?? 'IB';
  const investmentTest = fewWorkers
    ? `${value === 'IK' ? '<' : '≥'} ${formatThreshold(IK_INVESTMENT_BELOW, lang)}`
    : `${value === 'IM' ? '≤' : '>'} ${formatThreshold(IM_MAX_INVESTMENT, lang)}`;
  const rule = tr(
    MESSAGES.industry,
    {
      workers: formatCount(workers, lang),
      workerTest: fewWorkers ? `≤ ${IK_MAX_WORKERS}` : `≥ ${IK_MAX_WORKERS + 1}`,
      investment: formatRupiah(investment, lang),
      investmentTest,
      label: label(regime, value, lang),
    },
    lang,
  );
  return classified(regime, value, 'workers_and_investment', rule, used, lang);
}

/** PP 7/2021 Arts. 35–36: micro to large by annual sales when recorded, else by business capital. */
export function umkmClass(inputs: SizeInputs, options: SizeOptions = {}): SizeClass {
  return bySalesElseCapital('pp_7_2021', inputs, PP7_SALES, PP7_CAPITAL, FIGURES.businessCapital, options);
}

/** UU 20/2008 Art. 6: by annual sales when recorded, else by business capital standing in for net assets. */
export function uu20Class(inputs: SizeInputs, options: SizeOptions = {}): SizeClass {
  return bySalesElseCapital(
    'uu_20_2008',
    inputs,
    UU20_SALES,
    UU20_NET_ASSETS,
    FIGURES.netAssetsProxy,
    options,
  );
}

/** BPS: micro 1–4, small 5–19, medium 20–99, large ≥ 100 workers. */
export function bpsClass(inputs: SizeInputs, options: SizeOptions = {}): SizeClass {
  const lang = options.lang ?? currentLang();
  const regime = 'bps_workers';
  const workers = totalWorkers(inputs);
  const used = { workersMale: inputs.workersMale, workersFemale: inputs.workersFemale, workers };
  if (workers === null) return unclassified(regime, used, missingReason([FIGURES.workers], lang), lang);
  if (workers < 1) return unclassified(regime, used, tr(MESSAGES.noWorkers, {}, lang), lang);
  const index = bandIndex(BPS_WORKERS, workers);
  const value = BPS_WORKERS[index]?.class ?? 'large';
  const rule = tr(
    MESSAGES.band,
    {
      criterion: tr(FIGURES.workers, {}, lang),
      value: formatCount(workers, lang),
      range: countRange(BPS_WORKERS, index, 1, lang),
      label: label(regime, value, lang),
    },
    lang,
  );
  return classified(regime, value, 'workers', rule, used, lang);
}

/** Every regime that applies to the year: UU 20/2008 only up to 2020. */
export function sizeClasses(inputs: SizeInputs, options: SizeOptions = {}): SizeClass[] {
  return [
    industryClass(inputs, options),
    umkmClass(inputs, options),
    bpsClass(inputs, options),
    ...(inputs.year <= UU20_LAST_YEAR ? [uu20Class(inputs, options)] : []),
  ];
}

function bySalesElseCapital(
  regime: SizeRegime,
  inputs: SizeInputs,
  salesBands: Band[],
  capitalBands: Band[],
  capitalName: Message,
  options: SizeOptions,
): SizeClass {
  const lang = options.lang ?? currentLang();
  const used = { annualSales: inputs.annualSales, businessCapital: inputs.businessCapital };
  const bySales = inputs.annualSales !== null;
  const amount = inputs.annualSales ?? inputs.businessCapital;
  if (amount === null) {
    return unclassified(
      regime,
      used,
      tr(MESSAGES.missing, { fields: tr(MESSAGES.missingSalesOrCapital, {}, lang) }, lang),
      lang,
    );
  }
  const bands = bySales ? salesBands : capitalBands;
  const index = bandIndex(bands, amount);
  const value = bands[index]?.class ?? 'large';
  const rule =
    (bySales ? '' : tr(MESSAGES.capitalFallback, {}, lang)) +
    tr(
      MESSAGES.band,
      {
        criterion: tr(bySales ? FIGURES.annualSales : capitalName, {}, lang),
        value: formatRupiah(amount, lang),
        range: moneyRange(bands, index, lang),
        label: label(regime, value, lang),
      },
      lang,
    );
  return classified(regime, value, bySales ? 'annual_sales' : 'business_capital', rule, used, lang);
}

/** Index of the first band whose inclusive upper bound holds `value`. */
function bandIndex(bands: Band[], value: number): number {
  const index = bands.findIndex((band) => band.upTo === null || value <= band.upTo);
  return index === -1 ? bands.length - 1 : index;
}

/** `≤ Rp2 miliar`, `> Rp2 miliar s.d. Rp15 miliar`, `> Rp50 miliar`. */
function moneyRange(bands: Band[], index: number, lang: Lang): string {
  const upTo = bands[index]?.upTo ?? null;
  const below = index > 0 ? (bands[index - 1]?.upTo ?? null) : null;
  if (below === null) return `≤ ${formatThreshold(upTo ?? 0, lang)}`;
  if (upTo === null) return `> ${formatThreshold(below, lang)}`;
  return `> ${formatThreshold(below, lang)} ${tr(MESSAGES.upTo, {}, lang)} ${formatThreshold(upTo, lang)}`;
}

/** `1–4`, `5–19`, `≥ 100` for whole counts starting at `floor`. */
function countRange(bands: Band[], index: number, floor: number, lang: Lang): string {
  const upTo = bands[index]?.upTo ?? null;
  const from = index > 0 ? (bands[index - 1]?.upTo ?? 0) + 1 : floor;
  return upTo === null
    ? `≥ ${formatCount(from, lang)}`
    : `${formatCount(from, lang)}–${formatCount(upTo, lang)}`;
}

function label(regime: SizeRegime, value: SizeClassValue, lang: Lang): string {
  const message = CLASS_LABELS[regime][value];
  return message ? tr(message, {}, lang) : value;
}

function missingReason(fields: Message[], lang: Lang): string {
  return tr(MESSAGES.missing, { fields: fields.map((f) => tr(f, {}, lang).toLowerCase()).join(', ') }, lang);
}

function classified(
  regime: SizeRegime,
  value: SizeClassValue,
  criterion: SizeCriterion,
  rule: string,
  inputs: SizeClass['inputs'],
  lang: Lang,
): SizeClass {
  return { regime, class: value, criterion, basis: tr(BASIS[regime], {}, lang), rule, reason: null, inputs };
}

function unclassified(
  regime: SizeRegime,
  inputs: SizeClass['inputs'],
  reason: string,
  lang: Lang,
): SizeClass {
  return {
    regime,
    class: null,
    criterion: null,
    basis: tr(BASIS[regime], {}, lang),
    rule: null,
    reason,
    inputs,
  };
}
