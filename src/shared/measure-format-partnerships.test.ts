import { describe, expect, it } from 'vitest';
import { GLOSSARY } from './glossary.ts';
import { formatMeasure, PARTNERSHIP_FORMATS, type PartnershipKpiKey } from './measure-format.ts';

describe('partnership KPI formats', () => {
  it('has a glossary entry in both languages for every partnership KPI', () => {
    for (const key of Object.keys(PARTNERSHIP_FORMATS) as PartnershipKpiKey[]) {
      const entry = GLOSSARY[key];
      for (const text of [entry.term, entry.meaning, entry.why]) {
        expect(text.id.length, key).toBeGreaterThan(2);
        expect(text.en.length, key).toBeGreaterThan(2);
        expect(text.id, key).not.toBe(text.en);
      }
    }
  });

  it('writes each KPI one way: shares as %, days with one decimal, the Gini with two, rupiah grouped', () => {
    expect(formatMeasure('id', 'responseRate', 2 / 3)).toBe('66,7%');
    expect(formatMeasure('en', 'conversion', 0.5)).toBe('50%');
    expect(formatMeasure('en', 'medianDaysToAward', 4)).toBe('4.0');
    expect(formatMeasure('id', 'awardGini', 0.4)).toBe('0,40');
    expect(formatMeasure('id', 'poolSavings', 1_250_000)).toBe('1.250.000');
    expect(formatMeasure('en', 'microShare', null)).toBe('–');
  });
});
