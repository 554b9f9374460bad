import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CenterIndicatorsSchema,
  NodeMeasuresSchema,
  PATTERN_CODES,
} from '../networks/analysis/analysis.schema.ts';
import { GLOSSARY, GLOSSARY_SECTIONS } from './glossary.ts';
import { DEVELOPMENT_GLOSSARY } from './glossary-development.ts';
import {
  DEVELOPMENT_FORMATS,
  excelNumberFormat,
  formatMeasure,
  INDICATOR_FORMATS,
  INTERVENTION_EFFECT_FORMATS,
  MEASURE_FORMATS,
  type MeasureKey,
} from './measure-format.ts';

const indicatorKeys = Object.keys(CenterIndicatorsSchema.shape) as (keyof typeof INDICATOR_FORMATS)[];

describe('one format per measure', () => {
  it('has a format and a glossary entry (both languages) for every centre indicator', () => {
    for (const key of indicatorKeys) {
      expect(INDICATOR_FORMATS[key], key).toBeDefined();
      const entry = GLOSSARY[key];
      for (const text of [entry.term, entry.meaning, entry.why]) {
        expect(text.id.length, key).toBeGreaterThan(2);
        expect(text.en.length, key).toBeGreaterThan(2);
        expect(text.id).not.toBe(text.en);
      }
    }
    expect(Object.keys(INDICATOR_FORMATS).sort()).toEqual([...indicatorKeys].sort());
  });

  it('has a glossary entry for every node measure, pattern and brokerage role, each in one section', () => {
    const keys = [
      ...Object.keys(NodeMeasuresSchema.shape).filter((k) => k !== 'id'),
      ...PATTERN_CODES,
      'coordinator',
      'itinerant',
      'gatekeeper',
      'representative',
      'liaison',
    ];
    for (const key of keys) expect(GLOSSARY[key as keyof typeof GLOSSARY], key).toBeDefined();
    const listed = GLOSSARY_SECTIONS.flatMap((s) => s.keys);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual(Object.keys(GLOSSARY).sort());
  });

  it('never calls a network node "simpul" in Indonesian (that is the app)', () => {
    for (const entry of Object.values(GLOSSARY)) {
      expect(`${entry.term.id} ${entry.meaning.id} ${entry.why.id}`).not.toMatch(/\bsimpul\b/i);
    }
  });

  it('writes a share as a percentage, a count grouped and an index with fixed decimals, per language', () => {
    expect(formatMeasure('id', 'collaborationDensity', 0.065)).toBe('6,5%');
    expect(formatMeasure('en', 'collaborationDensity', 0.065)).toBe('6.5%');
    expect(formatMeasure('id', 'orderGiverDominance', 1)).toBe('100%');
    expect(formatMeasure('id', 'firms', 1250)).toBe('1.250');
    expect(formatMeasure('en', 'firms', 1250)).toBe('1,250');
    expect(formatMeasure('id', 'modularity', 0.6667)).toBe('0,67');
    expect(formatMeasure('en', 'modularity', 0.5)).toBe('0.50');
    expect(formatMeasure('id', 'betweenness', 0.43757)).toBe('0,438');
    expect(formatMeasure('id', 'frustrationExact', true)).toBe('ya');
    expect(formatMeasure('en', 'frustrationExact', false)).toBe('no');
    expect(formatMeasure('id', 'balanceRatio', null)).toBe('–');
  });

  it('gives every indicator of each kind the same text for the same value', () => {
    for (const key of indicatorKeys) {
      const kind = INDICATOR_FORMATS[key].kind;
      const text = formatMeasure('id', key, kind === 'flag' ? true : 0.25);
      const expected = { share: '25%', count: '0', index: '0,25', flag: 'ya' }[kind];
      expect(text, key).toBe(expected);
    }
  });

  it('gives the workbook an Excel format that matches the kind', () => {
    expect(excelNumberFormat('collaborationDensity')).toBe('0.0%');
    expect(excelNumberFormat('firms')).toBe('#,##0');
    expect(excelNumberFormat('modularity')).toBe('0.00');
    expect(excelNumberFormat('frustrationExact')).toBeUndefined();
    for (const key of Object.keys(MEASURE_FORMATS) as MeasureKey[]) {
      if (MEASURE_FORMATS[key].kind !== 'flag') expect(excelNumberFormat(key), key).toBeDefined();
    }
  });
});

// Every screen and the CLI format measures through `formatMeasure`; nothing else may write a percentage.
describe('no second way to write a measure', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return files(full);
      return /\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
    });
  const sources = [...files(path.join(root, 'src')), ...files(path.join(root, 'web/src'))];

  it('has no percent formatting outside measure-format.ts', () => {
    const offenders = sources.filter((file) => {
      if (file.endsWith('measure-format.ts')) return false;
      const text = readFileSync(file, 'utf8');
      return /style: 'percent'|\* 100\)\}%|toFixed\(\d\)\}%/.test(text);
    });
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });

  it('calls a network node "titik" in every Indonesian message, never "simpul" (the app)', () => {
    // `simpul serve`, `simpul network …`: the command's own name, not a node.
    const offenders = sources.filter((file) =>
      /id: ['`][^'`]*\bsimpul\b(?! (serve|network|import|export|export-region|analyze|user|token|demo|migrate|centers|requests|pools|cases|ledger|prices|jobs|outbox|worker)\b)/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });

  it('formats measures through formatMeasure on every screen that shows them, and in the CLI', () => {
    for (const file of [
      'web/src/network/IndicatorCards.tsx',
      'web/src/network/AnalysisPanel.tsx',
      'web/src/network/NetworkTables.tsx',
      'web/src/compare/CompareResults.tsx',
      'src/cli/network-summary.ts',
    ]) {
      expect(readFileSync(path.join(root, file), 'utf8'), file).toContain('formatMeasure(');
    }
  });
});

describe('the centre development measures (issue #20)', () => {
  it('gives the ecosystem index, the assessment score, utilisation and the DiD a format and a glossary entry', () => {
    const keys = [
      ...Object.keys(DEVELOPMENT_FORMATS),
      'assessmentTier',
      'interventionDid',
      'facilityUtilisation',
    ];
    for (const key of keys) {
      const entry = GLOSSARY[key as keyof typeof GLOSSARY];
      expect(entry, key).toBeDefined();
      for (const text of [entry.term, entry.meaning, entry.why]) {
        expect(text.id.length, key).toBeGreaterThan(2);
        expect(text.en.length, key).toBeGreaterThan(2);
        expect(text.id, key).not.toBe(text.en);
      }
    }
    expect(Object.keys(DEVELOPMENT_GLOSSARY).sort()).toEqual(
      [...Object.keys(DEVELOPMENT_FORMATS), 'assessmentTier', 'interventionDid'].sort(),
    );
  });

  it('writes the indices with two decimals, the score with one, a DiD in its indicator’s unit', () => {
    expect(formatMeasure('id', 'ecosystemAdditive', 10.456)).toBe('10,46');
    expect(formatMeasure('en', 'ecosystemGeometric', 1)).toBe('1.00');
    expect(formatMeasure('id', 'ecosystemElementScore', 0.5)).toBe('0,50');
    expect(formatMeasure('id', 'ecosystemNormalized', 1.25)).toBe('1,25');
    expect(formatMeasure('id', 'assessmentScore', 72.46)).toBe('72,5');
    expect(formatMeasure('en', 'assessmentScore', 60)).toBe('60.0');
    expect(formatMeasure('id', 'facilityUtilisation', 0.125)).toBe('12,5%');
    expect(excelNumberFormat('assessmentScore')).toBe('0.0');
    expect(INTERVENTION_EFFECT_FORMATS.collaborationDensity.kind).toBe('share');
    expect(INTERVENTION_EFFECT_FORMATS.workers.kind).toBe('count');
  });

  it('shows each of them next to its name on its screen', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const screens: Record<string, string[]> = {
      'web/src/ecosystem/EcosystemBody.tsx': [
        'ecosystemAdditive',
        'ecosystemGeometric',
        'ecosystemElementScore',
        'ecosystemNormalized',
      ],
      'web/src/institution-assessment/AssessmentResultView.tsx': ['assessmentScore', 'assessmentTier'],
      'web/src/facilities/FacilityPage.tsx': ['facilityUtilisation'],
      'web/src/interventions/InterventionPage.tsx': ['interventionDid'],
    };
    for (const [file, terms] of Object.entries(screens)) {
      const text = readFileSync(path.join(root, file), 'utf8');
      for (const term of terms) expect(text, `${file} ${term}`).toMatch(new RegExp(`term="${term}"`));
    }
  });
});
