import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR, fixtureNames } from './testing/reference-fixtures.ts';

// Debian's interpreter, where python3-networkx is installed (a pyenv python3 may come first on PATH).
const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('../../scripts/reference/networkx_reference.py', import.meta.url));

const probe = spawnSync(PYTHON, ['-c', 'import networkx'], { encoding: 'utf8' });
const skipReason = probe.error
  ? `${PYTHON} is not available (${probe.error.message})`
  : probe.status !== 0
    ? `${PYTHON} cannot import networkx (install python3-networkx)`
    : null;
// CI installs the reference tools and sets this, so there the test can never be skipped silently.
const required = process.env.SIMPUL_REQUIRE_REFERENCE_TOOLS === '1';
if (skipReason && !required) console.warn(`Skipping the NetworkX regeneration test: ${skipReason}`);

describe.skipIf(skipReason !== null && !required)('NetworkX reference script', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'simpul-reference-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  // Byte for byte except the last bits of floating point: NumPy's vectorised power and sum differ by an ulp
  // or two between CPUs (a weighted clustering coefficient of 0.32666042648035176 on one machine is
  // 0.3266604264803517 on another), so numbers agree to 1e-12 relative and everything else exactly.
  it('regenerates every committed fixture, numbers to 1e-12', () => {
    if (skipReason) throw new Error(`required by SIMPUL_REQUIRE_REFERENCE_TOOLS but ${skipReason}`);
    const run = spawnSync(PYTHON, [SCRIPT, out], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    for (const name of fixtureNames()) {
      const committed = readFileSync(path.join(FIXTURE_DIR, `${name}.json`), 'utf8');
      const regenerated = readFileSync(path.join(out, `${name}.json`), 'utf8');
      expect(differences(JSON.parse(regenerated), JSON.parse(committed), name), name).toEqual([]);
    }
  });
});

/** Where `actual` and `expected` differ: numbers beyond 1e-12 relative, any other value or shape at all. */
function differences(actual: unknown, expected: unknown, at: string): string[] {
  if (typeof actual === 'number' && typeof expected === 'number') {
    const scale = Math.max(1, Math.abs(expected));
    return Math.abs(actual - expected) <= 1e-12 * scale ? [] : [`${at}: ${actual} ≠ ${expected}`];
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) return [`${at}: ${actual.length} items ≠ ${expected.length}`];
    return actual.flatMap((item, i) => differences(item, expected[i], `${at}[${i}]`));
  }
  if (isRecord(actual) && isRecord(expected)) {
    const keys = [...new Set([...Object.keys(actual), ...Object.keys(expected)])];
    return keys.flatMap((key) => differences(actual[key], expected[key], `${at}.${key}`));
  }
  return Object.is(actual, expected)
    ? []
    : [`${at}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
