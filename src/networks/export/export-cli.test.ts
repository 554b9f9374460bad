import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { runSimpul } from '../../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { readGexf } from '../../formats/gexf/gexf-reader.ts';
import { BANDUNG, centerWith, enterpriseIn, tie } from '../../interactions/interactions.test-helpers.ts';
import { withLang } from '../../shared/i18n.ts';
import { exportNetworkToFile, nodesFileOf } from './export-cli.ts';

const ctx = useTestApp();
let database: TestDatabase;
let folder: string;
let center: string;

const simpul = (...args: string[]) => runSimpul(args, { databaseUrl: database.url });

beforeAll(async () => {
  database = await createTestDatabase();
  folder = mkdtempSync(path.join(os.tmpdir(), 'simpul-network-cli-'));
  const [a, b] = [await enterpriseIn(ctx), await enterpriseIn(ctx)];
  center = await centerWith(ctx, [a, b], BANDUNG);
  await tie(ctx, a, b, { centerId: center, startDate: '2019-01-01' });
  await tie(ctx, b, a, { centerId: center, type: 'WORKER_POACHING', startDate: '2021-01-01' });
});
afterAll(async () => {
  await database?.drop();
  rmSync(folder, { recursive: true, force: true });
});

describe('simpul network export', () => {
  it('writes GEXF, and CSV as an edge list with the node list beside it', async () => {
    const gexf = path.join(folder, 'sentra.gexf');
    const result = await exportNetworkToFile(ctx.db, gexf, { center, format: 'gexf' });
    expect(result).toEqual({ files: [gexf], nodes: 2, ties: 2 });
    const read = readGexf(readFileSync(gexf, 'utf8'), { signed: true });
    expect(read.edges.map((e) => e.sign).sort()).toEqual([-1, 1]);

    const csv = path.join(folder, 'sentra.csv');
    const atDate = await exportNetworkToFile(ctx.db, csv, { center, format: 'CSV', at: '2020-01-01' });
    expect(atDate.files).toEqual([csv, path.join(folder, 'sentra.nodes.csv')]);
    expect(readFileSync(csv, 'utf8').trim().split('\n')).toHaveLength(2);
    expect(readFileSync(nodesFileOf(csv), 'utf8').trim().split('\n')).toHaveLength(3);
    expect(existsSync(`${csv}.partial`)).toBe(false);
  });

  it('names the node list beside any file name', () => {
    expect(nodesFileOf('/x/jaringan.CSV')).toBe('/x/jaringan.nodes.csv');
    expect(nodesFileOf('/x/jaringan')).toBe('/x/jaringan.nodes.csv');
  });

  it('refuses an unknown centre in the chosen language', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const attempt = withLang('en', () =>
      exportNetworkToFile(ctx.db, path.join(folder, 'x.gexf'), { center: missing, format: 'gexf' }),
    );
    await expect(attempt).rejects.toMatchObject({ status: 404 });
    expect(existsSync(path.join(folder, 'x.gexf'))).toBe(false);
  });

  it('exits 2 with a clear message for an unknown format or centre', async () => {
    const out = path.join(folder, 'y.net');
    const format = await simpul(
      'network',
      'export',
      '--center',
      center,
      '--format',
      'pajek',
      '--lang',
      'en',
      out,
    );
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("Unknown format 'pajek'; choose one of: gexf, graphml, csv");
    const bad = await simpul('network', 'export', '--center', 'sentra-x', '--format', 'gexf', out);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/sentra-x/);
    expect(existsSync(out)).toBe(false);
  });
});
