import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'simpul-agreement-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `name` into the temporary folder; returns its path. */
function file(name: string, content: string | Buffer): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}

// Krippendorff (2011), section C, as a spreadsheet would save it (semicolons, Indonesian settings).
const KRIPPENDORFF_C = file(
  'krippendorff.csv',
  [
    'unit;A;B;C;D',
    '1;1;1;;1',
    '2;2;2;3;2',
    '3;3;3;3;3',
    '4;3;3;3;3',
    '5;2;2;2;2',
    '6;1;2;3;4',
    '7;4;4;4;4',
    '8;1;1;2;1',
    '9;2;2;2;2',
    '10;;5;5;5',
    '11;;;1;1',
    '12;;3;;',
  ].join('\r\n'),
);

describe('simpul research agreement', () => {
  it('prints the coefficients that apply, with the published α, in either language', async () => {
    const nominal = await runSimpul(['--lang', 'en', 'research', 'agreement', KRIPPENDORFF_C]);
    expect(nominal.code, nominal.stderr).toBe(0);
    expect(nominal.stdout).toContain("Krippendorff's α\t0.743\t11 units");
    expect(nominal.stdout).toContain("Fleiss' κ\t0.641\t8 units");
    const interval = await runSimpul(['research', 'agreement', KRIPPENDORFF_C, '--level', 'interval']);
    expect(interval.stdout).toContain('α Krippendorff\t0,849\t11 unit');
    const json = await runSimpul(['research', 'agreement', KRIPPENDORFF_C, '--level', 'ratio', '--json']);
    expect(JSON.parse(json.stdout).krippendorffAlpha.value).toBeCloseTo(0.797, 3);
  });

  it('says a coefficient is undefined rather than printing NaN', async () => {
    const same = file('same.csv', 'unit,A,B\n1,ya,ya\n2,ya,ya\n');
    const run = await runSimpul(['--lang', 'en', 'research', 'agreement', same, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('NaN');
    expect(JSON.parse(run.stdout).cohenKappa).toEqual({ value: null, reason: 'single_value', units: 2 });
    const text = await runSimpul(['--lang', 'en', 'research', 'agreement', same]);
    expect(text.stdout).toContain("Cohen's κ\tundefined: every value is the same (a single category)");
  });

  it('names the row and column of a bad cell, refuses a legacy encoding and a wrong level', async () => {
    const bad = file('bad.csv', 'unit,A,B\n1,2,3\n2,2,tiga\n');
    const cell = await runSimpul(['--lang', 'en', 'research', 'agreement', bad, '--level', 'ordinal']);
    expect(cell.code).toBe(2);
    expect(cell.stderr).toContain('Row 3, column B: "tiga" is not a number');
    const latin = file('latin.csv', Buffer.from('unit,A,B\n1,caf\xe9,kopi\n', 'latin1'));
    const encoding = await runSimpul(['--lang', 'en', 'research', 'agreement', latin]);
    expect(encoding.code).toBe(2);
    expect(encoding.stderr).toContain('not UTF-8');
    const twice = file('twice.csv', 'unit,A,A\n1,1,1\n');
    expect((await runSimpul(['--lang', 'en', 'research', 'agreement', twice])).stderr).toContain(
      'Column 3: coder "A" already has a column.',
    );
    const level = await runSimpul(['research', 'agreement', KRIPPENDORFF_C, '--level', 'rasio']);
    expect(level.code).toBe(2);
    expect(level.stderr).toContain('--level');
  });
});
