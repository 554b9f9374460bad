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

  it('regenerates every committed fixture byte for byte', () => {
    if (skipReason) throw new Error(`required by SIMPUL_REQUIRE_REFERENCE_TOOLS but ${skipReason}`);
    const run = spawnSync(PYTHON, [SCRIPT, out], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    for (const name of fixtureNames()) {
      const committed = readFileSync(path.join(FIXTURE_DIR, `${name}.json`), 'utf8');
      expect(readFileSync(path.join(out, `${name}.json`), 'utf8'), name).toBe(committed);
    }
  });
});
