/**
 * Every agreement coefficient that applies to a units × coders table at a level of measurement
 * (METHODS.md §8): percent agreement and Krippendorff's α always; with two coders Cohen's κ and Scott's π
 * (weighted κ, linear and quadratic, for ordered levels); Fleiss' κ for nominal data.
 */
import { cohenKappa, fleissKappa, percentAgreement, scottPi } from './kappa.ts';
import { krippendorffAlpha } from './krippendorff.ts';
import {
  activeCoders,
  type Coefficient,
  type MeasurementLevel,
  type ReliabilityData,
  undefinedAs,
  unitWeight,
} from './reliability-data.ts';

/** The coefficients of one table (units counted with their weights); a coefficient that does not apply is absent, one that is undefined is null with its reason. */
export interface AgreementReport {
  level: MeasurementLevel;
  coders: number;
  units: number;
  /** Units with two or more values (the ones any coefficient can use). */
  pairableUnits: number;
  percentAgreement: Coefficient;
  krippendorffAlpha: Coefficient;
  cohenKappa?: Coefficient;
  cohenKappaLinear?: Coefficient;
  cohenKappaQuadratic?: Coefficient;
  scottPi?: Coefficient;
  fleissKappa?: Coefficient;
}

/** The report for `data` at `level`. */
export function agreementReport(data: ReliabilityData, level: MeasurementLevel): AgreementReport {
  const coders = activeCoders(data);
  let units = 0;
  let pairableUnits = 0;
  for (const u of data.units) {
    units += unitWeight(u);
    if (u.values.filter((v) => v !== null && v !== undefined).length >= 2) pairableUnits += unitWeight(u);
  }
  const report: AgreementReport = {
    level,
    coders,
    units,
    pairableUnits,
    percentAgreement: coders < 2 ? undefinedAs('single_coder') : percentAgreement(data),
    krippendorffAlpha: coders < 2 ? undefinedAs('single_coder') : krippendorffAlpha(data, level),
  };
  if (data.coders.length === 2) {
    report.cohenKappa = cohenKappa(data);
    report.scottPi = scottPi(data);
    if (level !== 'nominal') {
      report.cohenKappaLinear = cohenKappa(data, 'linear');
      report.cohenKappaQuadratic = cohenKappa(data, 'quadratic');
    }
  }
  if (level === 'nominal' && coders >= 2) report.fleissKappa = fleissKappa(data);
  return report;
}
