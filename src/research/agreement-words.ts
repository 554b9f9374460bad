/** An agreement report in words, one coefficient per line (the terminal's and a report's form). */
import type { AgreementReport, Coefficient } from '../analysis/index.ts';
import { type Lang, tr } from '../shared/lang.ts';
import { COEFFICIENT_NAMES, LEVEL_NAMES, UNDEFINED_REASONS } from './agreement-messages.ts';

const ORDER = [
  'krippendorffAlpha',
  'percentAgreement',
  'cohenKappa',
  'cohenKappaLinear',
  'cohenKappaQuadratic',
  'scottPi',
  'fleissKappa',
] as const;

const HEAD = {
  id: 'Tingkat ukur {level} · {coders} pengode · {units} unit ({pairable} diisi dua pengode atau lebih)',
  en: '{level} level · {coders} coders · {units} units ({pairable} coded by two or more coders)',
};
const UNITS = { id: '{n} unit', en: '{n} units' };

/** The report as lines: a heading, then name, value (three decimals) or why none, and the units used. */
export function reportLines(report: AgreementReport, lang: Lang): string[] {
  const head = tr(
    HEAD,
    {
      level: tr(LEVEL_NAMES[report.level] ?? { id: report.level, en: report.level }, {}, lang),
      coders: report.coders,
      units: report.units,
      pairable: report.pairableUnits,
    },
    lang,
  );
  const lines = [head];
  for (const key of ORDER) {
    const coefficient: Coefficient | undefined = report[key];
    if (!coefficient) continue;
    const name = tr(COEFFICIENT_NAMES[key] ?? { id: key, en: key }, {}, lang);
    const value =
      coefficient.value === null
        ? tr(UNDEFINED_REASONS[coefficient.reason ?? 'no_pairable_unit'], {}, lang)
        : coefficient.value.toFixed(3).replace('.', lang === 'id' ? ',' : '.');
    lines.push(`${name}\t${value}\t${tr(UNITS, { n: coefficient.units }, lang)}`);
  }
  return lines;
}
