import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';

// No database on purpose: the command must not need one.
const simpul = (args: string[], env?: Record<string, string>) => runSimpul(args, { env });
const folder = mkdtempSync(path.join(os.tmpdir(), 'simpul-timeline-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
};

// The hand-worked network of src/analysis/temporal.test.ts, with a type per tie and extra columns.
const ties = write(
  'ties.csv',
  [
    'id,source,target,type,sign,start,end,note',
    '1,a,b,maklun,+,2019-03-01,,',
    '2,b,c,maklun,+,2019-06-01,2021-01-01,ended',
    '3,a,c,undercut,-,2020-02-01,,',
    '4,c,d,knowledge,+,2021-05-01,2021-12-31,',
    '5,a,d,knowledge,+,2021-01-01,,',
    '6,a,b,knowledge,+,2020-01-01,,',
  ].join('\n'),
);

describe('simpul network analyze --timeline / --layers', () => {
  it('prints each year and each layer as JSON, with the hand-worked values', async () => {
    const run = await simpul(['network', 'analyze', ties, '--timeline', '--layers', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.nodes).toBe(4);
    expect(
      result.timeline.map((y: Record<string, unknown>) => [
        y.year,
        y.ties,
        y.normalizedFrustration,
        y.persistence,
      ]),
    ).toEqual([
      [2019, 2, 1, 1],
      [2020, 3, 1 - 2 / 3, 2 / 3],
      [2021, 3, 1, null],
    ]);
    expect(result.layers.layers.map((l: { layer: string; ties: number }) => [l.layer, l.ties])).toEqual([
      ['maklun', 2],
      ['undercut', 1],
      ['knowledge', 3],
    ]);
    // maklun {ab, bc} against knowledge {ab, ad, cd}
    expect(result.layers.overlap[0][2]).toBe(0.25);
    expect(result.layers.multiplexPairs).toBe(1);
  });

  it('prints a readable table in the chosen language', async () => {
    const run = await simpul(['network', 'analyze', ties, '--timeline', '--layers'], { SIMPUL_LANG: 'en' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('By year (31 December)');
    expect(run.stdout).toContain('2020\t3\t1\t50%\t0.33\t66.7%\t0.50');
    expect(run.stdout).toContain('Overlap (Jaccard):');
    expect(run.stdout).toContain('1 of 5 pairs are tied in two or more layers');
  });

  it('says which column is missing, and which line has a bad date', async () => {
    const undated = write('undated.csv', 'source,target,type\na,b,maklun\n');
    const run = await simpul(['network', 'analyze', undated, '--timeline']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('tidak punya kolom start');
    const bad = write('bad.csv', 'source,target,start\na,b,2020-01-01\nb,c,kemarin\n');
    const second = await simpul(['network', 'analyze', bad, '--timeline']);
    expect(second.code).not.toBe(0);
    expect(second.stderr).toContain("baris 3: tanggal 'kemarin' harus TTTT-BB-HH");
    const gml = write('net.gml', 'graph [ ]');
    const third = await simpul(['network', 'analyze', gml, '--layers']);
    expect(third.stderr).toContain('daftar sisi CSV atau TSV');
  });
});
