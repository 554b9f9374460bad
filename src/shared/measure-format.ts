/**
 * One number format per measure, for every screen, the CLI and the comparison workbook: a density or a
 * share is always a percentage ("6,5%" / "6.5%"), a count always a grouped integer, an index always the
 * same fixed decimals. Pure (Intl only), so the web app imports it too.
 */

import type { CenterIndicators, NodeMeasures } from '../networks/analysis/analysis.schema.ts';

/** The languages a value is written in (the app's `id` and `en`). */
export type FormatLang = 'id' | 'en';

/** How a measure is written: share 0–1 as %, count as integer, index with fixed decimals, flag yes/no. */
export type MeasureKind = 'count' | 'share' | 'index' | 'flag';

/** A measure's kind and, for shares and indices, its decimals. */
export interface MeasureFormat {
  kind: MeasureKind;
  digits?: number;
}

const count: MeasureFormat = { kind: 'count' };
const share: MeasureFormat = { kind: 'share', digits: 1 };
const index2: MeasureFormat = { kind: 'index', digits: 2 };
const index3: MeasureFormat = { kind: 'index', digits: 3 };

/** The format of every centre indicator (a test walks every key of `CenterIndicatorsSchema`). */
export const INDICATOR_FORMATS: Record<keyof CenterIndicators, MeasureFormat> = {
  firms: count,
  institutions: count,
  collaborationTies: count,
  conflictTies: count,
  collaborationDensity: share,
  conflictDensity: share,
  collaborationConflictRatio: index2,
  largestCollaborativeComponentShare: share,
  orderGiverDominance: share,
  institutionalCoverage: share,
  balanceRatio: share,
  weakBalanceRatio: share,
  frustration: count,
  normalizedFrustration: index2,
  frustrationExact: { kind: 'flag' },
  modularity: index2,
  communities: count,
  reciprocity: share,
  dyadReciprocity: share,
  degreeCentralization: index2,
  inDegreeCentralization: index2,
  outDegreeCentralization: index2,
  betweennessCentralization: index2,
  closenessCentralization: index2,
};

/** Node measures that are numbers (community and camp are group labels; brokerage has its roles). */
export type NodeMeasureKey = Exclude<keyof NodeMeasures, 'id' | 'community' | 'camp' | 'brokerage'>;

/** The format of every numeric node measure. */
export const NODE_FORMATS: Record<NodeMeasureKey, MeasureFormat> = {
  degree: count,
  inDegree: count,
  outDegree: count,
  positiveDegree: count,
  negativeDegree: count,
  betweenness: index3,
  closeness: index3,
  harmonic: index2,
  eigenvector: index3,
  pagerank: index3,
  core: count,
  clustering: index3,
  constraint: index3,
  effectiveSize: index2,
  pn: index3,
  strength: count,
  positiveStrength: count,
  negativeStrength: count,
  ordersGiven: count,
  ordersReceived: count,
};

/** Whole-network measures of `simpul network analyze` that are not centre indicators. */
export const NETWORK_FORMATS = {
  nodes: count,
  ties: count,
  density: share,
  componentShare: share,
  triangleBalance: share,
  triangles: count,
  /** γ of community detection. */
  resolution: index2,
  /** The signed blockmodel's criterion P (weighted, halves with α = 0.5). */
  blockCriterion: index2,
  /** Summed tie weights of a blockmodel's blocks. */
  tieWeight: index2,
} satisfies Record<string, MeasureFormat>;

/** The partnership KPIs of a centre (issue #18, point 6): shares, counts, days and the Gini index. */
export const PARTNERSHIP_FORMATS = {
  requests: count,
  responseRate: share,
  conversion: share,
  /** Days, to one decimal (a median of fractional days). */
  medianDaysToAward: { kind: 'index', digits: 1 },
  microShare: share,
  awardGini: index2,
  /** Rupiah, as a grouped whole number. */
  poolSavings: count,
  poolSavingsShare: share,
} satisfies Record<string, MeasureFormat>;
/** A partnership KPI with a format and a glossary entry. */
export type PartnershipKpiKey = keyof typeof PARTNERSHIP_FORMATS;

/** The conflict-case KPIs (issue #19): the count of cases, shares and median days to an agreement. */
export const CASE_KPI_FORMATS = {
  cases: count,
  resolutionRate: share,
  /** Days, to one decimal (a median of two days can fall between). */
  medianDaysToAgreement: { kind: 'index', digits: 1 },
  recurrenceRate: share,
  keptOnTimeShare: share,
} satisfies Record<string, MeasureFormat>;
/** A conflict-case KPI with a format and a glossary entry. */
export type CaseKpiKey = keyof typeof CASE_KPI_FORMATS;

/** The shared facilities' measures (issue #20, point 2): utilisation as a share, the idle flag. */
export const FACILITY_FORMATS = {
  facilityUtilisation: share,
  facilityIdle: { kind: 'flag' },
} satisfies Record<string, MeasureFormat>;
/** A facility measure with a format and a glossary entry. */
export type FacilityMeasureKey = keyof typeof FACILITY_FORMATS;

/**
 * The centre development measures of issue #20 that had no entry: the ecosystem index (each proxy's value
 * normalised by the compared set's mean, each element's score, the additive and the geometric index: 1,00
 * is the set's average, so two decimals), the institution assessment's score (0–100, one decimal, as its
 * screen shows it) and the interventions' difference-in-differences. The assessment's tier is a category
 * (Perunggu, Perak, Emas), not a number: it has a glossary entry but no number format.
 */
export const DEVELOPMENT_FORMATS = {
  ecosystemNormalized: index2,
  ecosystemElementScore: index2,
  ecosystemAdditive: index2,
  ecosystemGeometric: index2,
  assessmentScore: { kind: 'index', digits: 1 },
} satisfies Record<string, MeasureFormat>;
/** A centre development measure with a format and a glossary entry. */
export type DevelopmentMeasureKey = keyof typeof DEVELOPMENT_FORMATS;

/**
 * The interventions' before/after and difference-in-differences, per indicator: the DiD is in the unit of
 * the indicator it compares (a count of firms or rupiah as a grouped integer, a change in a share as a
 * percentage, i.e. percentage points). `src/interventions/effect-format.ts` types its keys.
 */
export const INTERVENTION_EFFECT_FORMATS = {
  firms: count,
  workers: count,
  productionValue: count,
  investment: count,
  valueAdded: count,
  collaborationDensity: share,
  conflictDensity: share,
  components: count,
  balanceShare: share,
} satisfies Record<string, MeasureFormat>;

/** Every measure with a format, by key. */
export const MEASURE_FORMATS = {
  ...INDICATOR_FORMATS,
  ...NODE_FORMATS,
  ...NETWORK_FORMATS,
  ...PARTNERSHIP_FORMATS,
  ...CASE_KPI_FORMATS,
  ...FACILITY_FORMATS,
  ...DEVELOPMENT_FORMATS,
};
/** A key of `MEASURE_FORMATS`. */
export type MeasureKey = keyof typeof MEASURE_FORMATS;

const LOCALE: Record<FormatLang, string> = { id: 'id-ID', en: 'en-GB' };
const FLAG: Record<FormatLang, [string, string]> = { id: ['ya', 'tidak'], en: ['yes', 'no'] };
/** What an undefined value (a ratio without denominator) shows. */
export const NO_VALUE = '–';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: FormatLang, kind: MeasureKind, digits: number): Intl.NumberFormat {
  const key = `${lang}:${kind}:${digits}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], {
      ...(kind === 'share' && { style: 'percent' }),
      // Shares drop a trailing zero ("50%"); indices keep fixed decimals so columns line up.
      minimumFractionDigits: kind === 'index' ? digits : 0,
      maximumFractionDigits: digits,
    });
    cache.set(key, format);
  }
  return format;
}

/** `value` written as `format` says in `lang`; `–` for null, undefined or NaN. */
export function formatValue(
  lang: FormatLang,
  format: MeasureFormat,
  value: number | boolean | null | undefined,
): string {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) {
    return NO_VALUE;
  }
  if (format.kind === 'flag' || typeof value === 'boolean') return FLAG[lang][value ? 0 : 1];
  return numberFormat(lang, format.kind, format.kind === 'count' ? 0 : (format.digits ?? 2)).format(value);
}

/** The one way a measure's value is written: by the measure's own format. */
export function formatMeasure(
  lang: FormatLang,
  key: MeasureKey,
  value: number | boolean | null | undefined,
): string {
  return formatValue(lang, MEASURE_FORMATS[key], value);
}

/** Excel number format of a measure's cells (the workbook keeps numbers numeric). */
export function excelNumberFormat(key: MeasureKey): string | undefined {
  const format = MEASURE_FORMATS[key];
  if (format.kind === 'count') return '#,##0';
  if (format.kind === 'share') return `0.${'0'.repeat(format.digits ?? 1)}%`;
  if (format.kind === 'index') return `0.${'0'.repeat(format.digits ?? 2)}`;
  return undefined;
}
