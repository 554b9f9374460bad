/**
 * The competition-law flag of a price agreement (UU 5/1999): Art. 50(h) exempts small businesses, so an
 * agreed price among small firms is probably lawful, while one including a medium or large firm may be
 * price fixing under Art. 5 (DOMAIN.md §3.5: flag, never facilitate). Each consenting firm is judged on its
 * latest yearly figures with the existing size-class code; the regime and figure that decided are kept so
 * the explanation can say them. Pure: no database, no clock.
 */

import type {
  SizeClass,
  SizeClassValue,
  SizeCriterion,
  SizeRegime,
} from '../enterprises/size-classes.schema.ts';
import { type SizeInputs, sizeClasses, totalWorkers } from '../enterprises/size-classes.ts';
import type { FlagStatus } from './price-agreements.constants.ts';

/** One consenting firm and its latest yearly figures (null when it has none). */
export interface FirmSizeFacts {
  enterpriseId: string;
  enterpriseName: string;
  inputs: SizeInputs | null;
}

/** Whether a firm counts as small for Art. 50(h), and what decided it; stored with the agreement. */
export interface FirmVerdict {
  enterpriseId: string;
  enterpriseName: string;
  verdict: 'small' | 'not_small' | 'unknown';
  /** The year of the figures read; null when the firm has none. */
  year: number | null;
  /** The regime whose class decided; null when unknown. */
  regime: SizeRegime | null;
  sizeClass: SizeClassValue | null;
  criterion: SizeCriterion | null;
  /** The deciding figure: sales, capital, investment (rupiah) or workers (count). */
  figure: number | null;
  /** Workers, beside investment, when Permenperin's two-figure test decided. */
  workers: number | null;
}

const NOT_SMALL: ReadonlySet<SizeClassValue> = new Set(['medium', 'large', 'IM', 'IB']);
const SMALL: ReadonlySet<SizeClassValue> = new Set(['micro', 'small', 'IK']);
/** The UMKM law defines "usaha kecil" for Art. 50(h); the industry and BPS classes can only add doubt. */
const UMKM_LAW: readonly SizeRegime[] = ['pp_7_2021', 'uu_20_2008'];
const PRIORITY: readonly SizeRegime[] = [...UMKM_LAW, 'permenperin_64_2016', 'bps_workers'];

/**
 * A firm is not small when any regime classes it medium or large (the cautious reading); small when the
 * UMKM law classes it micro or small and no regime disagrees; otherwise its size cannot be told.
 */
export function firmVerdict(facts: FirmSizeFacts): FirmVerdict {
  const base = { enterpriseId: facts.enterpriseId, enterpriseName: facts.enterpriseName };
  if (!facts.inputs) return { ...base, ...UNKNOWN, year: null };
  const classes = sizeClasses(facts.inputs, { lang: 'en' });
  const byPriority = (regimes: readonly SizeRegime[]) =>
    regimes.map((r) => classes.find((c) => c.regime === r)).filter((c): c is SizeClass => c !== undefined);
  const notSmall = byPriority(PRIORITY).find((c) => c.class !== null && NOT_SMALL.has(c.class));
  if (notSmall) return { ...base, ...decided(notSmall, facts.inputs), verdict: 'not_small' };
  const small = byPriority(UMKM_LAW).find((c) => c.class !== null && SMALL.has(c.class));
  if (small) return { ...base, ...decided(small, facts.inputs), verdict: 'small' };
  return { ...base, ...UNKNOWN, year: facts.inputs.year };
}

/** `flagged` if any firm is not small, else `cannot_tell` if any is unknown, else `clear`. */
export function agreementFlag(verdicts: readonly FirmVerdict[]): FlagStatus {
  if (verdicts.some((v) => v.verdict === 'not_small')) return 'flagged';
  if (verdicts.some((v) => v.verdict === 'unknown')) return 'cannot_tell';
  return 'clear';
}

const UNKNOWN = {
  verdict: 'unknown',
  regime: null,
  sizeClass: null,
  criterion: null,
  figure: null,
  workers: null,
} as const;

function decided(verdict: SizeClass, inputs: SizeInputs) {
  const figure =
    verdict.criterion === 'annual_sales'
      ? inputs.annualSales
      : verdict.criterion === 'business_capital'
        ? inputs.businessCapital
        : verdict.criterion === 'workers'
          ? totalWorkers(inputs)
          : inputs.investmentExclLandBuilding;
  return {
    year: inputs.year,
    regime: verdict.regime,
    sizeClass: verdict.class,
    criterion: verdict.criterion,
    figure,
    workers: verdict.criterion === 'workers_and_investment' ? totalWorkers(inputs) : null,
  };
}
