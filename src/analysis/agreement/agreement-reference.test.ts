import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { agreementReport } from './agreement-report.ts';
import { randomTable } from './random-tables.ts';
import type { Coefficient, MeasurementLevel } from './reliability-data.ts';

// Debian's interpreter, where python3-nltk and python3-statsmodels are installed.
const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('../../../scripts/reference/agreement_reference.py', import.meta.url));

const probe = spawnSync(PYTHON, ['-c', 'import nltk, statsmodels'], { encoding: 'utf8' });
const skipReason = probe.error
  ? `${PYTHON} is not available (${probe.error.message})`
  : probe.status !== 0
    ? `${PYTHON} cannot import nltk and statsmodels (install python3-nltk python3-statsmodels)`
    : null;
const required = process.env.SIMPUL_REQUIRE_REFERENCE_TOOLS === '1';
if (skipReason && !required) console.warn(`Skipping the agreement reference test: ${skipReason}`);

const CASES: { level: MeasurementLevel; coders: number; missing: number }[] = [
  { level: 'nominal', coders: 2, missing: 0 },
  { level: 'nominal', coders: 3, missing: 0.15 },
  { level: 'nominal', coders: 6, missing: 0 },
  { level: 'ordinal', coders: 2, missing: 0.1 },
  { level: 'ordinal', coders: 4, missing: 0.2 },
  { level: 'interval', coders: 2, missing: 0 },
  { level: 'interval', coders: 5, missing: 0.1 },
  { level: 'ratio', coders: 2, missing: 0.05 },
  { level: 'ratio', coders: 4, missing: 0.1 },
];

describe.skipIf(skipReason !== null && !required)('agreement against NLTK and statsmodels', () => {
  it('gives the same coefficients on seeded tables at every level, with and without missing values', () => {
    if (skipReason) throw new Error(`required by SIMPUL_REQUIRE_REFERENCE_TOOLS but ${skipReason}`);
    const tables = CASES.map((c, i) => ({
      level: c.level,
      ...randomTable(100 + i, { units: 60, coders: c.coders, level: c.level, missing: c.missing }),
    }));
    const run = spawnSync(PYTHON, [SCRIPT], {
      input: JSON.stringify(tables),
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const reference = JSON.parse(run.stdout) as Record<string, number>[];
    tables.forEach((table, i) => {
      const ours = new Map(Object.entries(agreementReport(table, table.level)));
      const theirs = reference[i] as Record<string, number>;
      const label = `${table.level}, ${table.coders.length} coders`;
      for (const [key, value] of Object.entries(theirs)) {
        if (key === 'alphaMs') continue;
        expect((ours.get(key) as Coefficient | undefined)?.value, `${label}: ${key}`).toBeCloseTo(value, 9);
      }
      expect(Object.keys(theirs).length, label).toBeGreaterThanOrEqual(2);
    });
  });
});
