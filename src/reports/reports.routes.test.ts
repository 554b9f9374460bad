import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { runSimpul } from '../../test/cli.ts';
import { BANDUNG, centerWith, enterpriseIn, JEPARA, tie } from '../interactions/interactions.test-helpers.ts';
import { writeReportFile } from './report-cli.ts';

const ctx = useTestApp();
const PDFTOTEXT = '/usr/bin/pdftotext';
const PDFTOPPM = '/usr/bin/pdftoppm';
const tools = existsSync(PDFTOTEXT) && existsSync(PDFTOPPM);
if (!tools) {
  // CI installs poppler-utils and requires the check; elsewhere it is skipped with this reason.
  const reason =
    'pdftotext/pdftoppm (Debian’s poppler-utils) are not installed: the reports’ pages are not checked.';
  if (process.env.SIMPUL_REQUIRE_REFERENCE_TOOLS === '1')
    throw new Error(`required by SIMPUL_REQUIRE_REFERENCE_TOOLS but ${reason}`);
  console.log(reason);
}

let center: string;
let elsewhere: string;
let firm: string;
let folder: string;
const name = async (id: string) =>
  (await ctx.app.inject({ url: `/api/centers/${id}` })).json().name as string;
const text = (pdf: Buffer) => execFileSync(PDFTOTEXT, ['-layout', '-', '-'], { input: pdf }).toString();

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'simpul-report-'));
  const firms = [];
  for (let i = 0; i < 6; i += 1) firms.push(await enterpriseIn(ctx));
  const [a, b, c, d, e] = firms as [string, string, string, string, string];
  firm = a;
  center = await centerWith(ctx, firms, BANDUNG);
  await tie(ctx, a, b, { centerId: center, startDate: '2019-01-01' });
  await tie(ctx, a, c, { centerId: center, startDate: '2019-01-01' });
  await tie(ctx, c, d, { centerId: center, type: 'MATERIAL_SUPPLY', startDate: '2020-01-01' });
  await tie(ctx, b, c, { centerId: center, type: 'PRICE_UNDERCUTTING', startDate: '2021-01-01' });
  await tie(ctx, d, e, { centerId: center, type: 'WORKER_POACHING', startDate: '2021-01-01' });
  const outside = await enterpriseIn(ctx, JEPARA);
  elsewhere = await centerWith(ctx, [outside], JEPARA);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function report(url: string, headers?: Record<string, string>) {
  return ctx.app.inject({ url, ...(headers && { headers }) });
}

describe('GET /api/centers/:id/report.pdf', () => {
  it.skipIf(!tools)('is a PDF naming the centre, its pattern and the section titles in English', async () => {
    const response = await report(`/api/centers/${center}/report.pdf?lang=en`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const analysis = (await report(`/api/centers/${center}/analysis?lang=en`)).json();
    const words = text(response.rawPayload);
    expect(words).toContain(await name(center));
    expect(words).toContain(analysis.pattern.label.en);
    for (const title of [
      'Profile and figures',
      'The centre network',
      'Network indicators',
      'Recommended actions',
    ])
      expect(words).toContain(title);
    expect(words).toContain('Conflict-case KPIs');
  });

  it.skipIf(!tools)(
    'speaks Bahasa Indonesia with ?lang=id and cites the figure behind each action',
    async () => {
      const response = await report(`/api/centers/${center}/report.pdf?lang=id`);
      const words = text(response.rawPayload);
      for (const title of ['Profil dan angka', 'Jaringan sentra', 'Tindakan yang disarankan'])
        expect(words).toContain(title);
      // Two conflict ties among 6 firms: conflict density 2/15 triggers mediation.
      expect(words).toContain('Fasilitasi mediasi');
      expect(words).toContain('Dasar: kepadatan konflik');
    },
  );

  it.skipIf(!tools)('renders pages that are not blank (the network drawing on them)', async () => {
    const response = await report(`/api/centers/${center}/report.pdf?lang=en`);
    const pdfPath = path.join(folder, 'page-test.pdf');
    writeFileSync(pdfPath, response.rawPayload);
    const root = path.join(folder, 'page');
    execFileSync(PDFTOPPM, ['-r', '30', '-gray', '-f', '1', '-l', '1', '-singlefile', pdfPath, root]);
    const ppm = readFileSync(`${root}.pgm`);
    // PGM: "P5\nW H\n255\n" then one byte a pixel; dark pixels are the text and the drawing.
    const header = ppm.subarray(0, 20).toString('latin1').split(/\s+/);
    const pixels = ppm.subarray(ppm.length - Number(header[1]) * Number(header[2]));
    const dark = pixels.filter((p) => p < 128).length;
    expect(dark).toBeGreaterThan(200);
  });

  it('gives the same bytes twice, and the CLI writes the same file', async () => {
    const first = (await report(`/api/centers/${center}/report.pdf?lang=en`)).rawPayload;
    const second = (await report(`/api/centers/${center}/report.pdf?lang=en`)).rawPayload;
    expect(second.equals(first)).toBe(true);
    const file = path.join(folder, 'sentra.pdf');
    await writeReportFile(ctx.db, file, { center }, 'en');
    expect(readFileSync(file).equals(first)).toBe(true);
  });

  it('`simpul report` from the terminal writes the API’s bytes', async () => {
    const api = (await report(`/api/centers/${center}/report.pdf?lang=en`)).rawPayload;
    const file = path.join(folder, 'terminal.pdf');
    const run = await runSimpul(['report', center, file, '--lang', 'en'], { databaseUrl: ctx.url });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Report written to');
    expect(readFileSync(file).equals(api)).toBe(true);
    const missing = await runSimpul(['report', '--region', '32.73'], { databaseUrl: ctx.url });
    expect(missing.code).not.toBe(0);
  });

  it('is refused to a manager of another centre and to a firm, 404 for an unknown centre', async () => {
    const url = `/api/centers/${center}/report.pdf`;
    expect((await report(url, await ctx.as('center_manager', { centers: [elsewhere] }))).statusCode).toBe(
      403,
    );
    expect((await report(url, await ctx.as('enterprise', { enterprises: [firm] }))).statusCode).toBe(403);
    expect((await report(url, await ctx.as('center_manager', { centers: [center] }))).statusCode).toBe(200);
    const unknown = await report('/api/centers/00000000-0000-4000-8000-000000000000/report.pdf');
    expect(unknown.statusCode).toBe(404);
  });

  it.skipIf(!tools)(
    'shows a researcher without personal-data access pseudonyms, never the firms’ names',
    async () => {
      const analysis = (await report(`/api/centers/${center}/analysis`)).json();
      const broker = analysis.brokers[0]?.id as string;
      const firm = (await report(`/api/enterprises/${broker}`)).json().name as string;
      const words = text(
        (await report(`/api/centers/${center}/report.pdf`, await ctx.as('researcher'))).rawPayload,
      );
      expect(words).toContain('IKM-');
      expect(words).not.toContain(firm);
      expect(text((await report(`/api/centers/${center}/report.pdf`)).rawPayload)).toContain(firm);
    },
  );
});

describe('GET /api/regions/:code/report.pdf', () => {
  it.skipIf(!tools)('lists the region’s centres and gives each its own page', async () => {
    const response = await report('/api/regions/32.73/report.pdf?lang=en');
    expect(response.statusCode, response.body).toBe(200);
    const words = text(response.rawPayload);
    expect(words).toContain('Centres at a glance');
    expect(words).toContain(await name(center));
    expect(words).not.toContain(await name(elsewhere));
    const file = path.join(folder, 'wilayah.pdf');
    await writeReportFile(ctx.db, file, { region: '32.73' }, 'en');
    expect(readFileSync(file).equals(response.rawPayload)).toBe(true);
  });

  it('is refused to an officer of another region, and 404 for an unknown region', async () => {
    const officer = await ctx.as('regional_officer', { regions: ['33.20'] });
    expect((await report('/api/regions/32.73/report.pdf', officer)).statusCode).toBe(403);
    expect((await report('/api/regions/33.20/report.pdf', officer)).statusCode).toBe(200);
    expect((await report('/api/regions/99.99/report.pdf')).statusCode).toBe(404);
  });
});
