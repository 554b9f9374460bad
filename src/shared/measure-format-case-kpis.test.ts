import { describe, expect, it } from 'vitest';
import { GLOSSARY, GLOSSARY_SECTIONS } from './glossary.ts';
import { CASE_KPI_GLOSSARY } from './glossary-case-kpis.ts';
import { CASE_KPI_FORMATS, type CaseKpiKey, formatMeasure } from './measure-format.ts';

describe('conflict-case KPI formats', () => {
  it('has a glossary entry in both languages for every case KPI, in its own glossary section', () => {
    for (const key of Object.keys(CASE_KPI_FORMATS) as CaseKpiKey[]) {
      const entry = GLOSSARY[key];
      for (const text of [entry.term, entry.meaning, entry.why]) {
        expect(text.id.length, key).toBeGreaterThan(2);
        expect(text.en.length, key).toBeGreaterThan(2);
        expect(text.id, key).not.toBe(text.en);
      }
    }
    const section = GLOSSARY_SECTIONS.find((s) => s.title.en === 'Centre conflict cases');
    expect(section?.keys).toEqual(Object.keys(CASE_KPI_GLOSSARY));
  });

  it('writes shares as %, days with one decimal and counts grouped', () => {
    expect(formatMeasure('id', 'resolutionRate', 0.7)).toBe('70%');
    expect(formatMeasure('en', 'medianDaysToAgreement', 35)).toBe('35.0');
    expect(formatMeasure('id', 'cases', 1200)).toBe('1.200');
    expect(formatMeasure('en', 'keptOnTimeShare', null)).toBe('–');
  });
});
