import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CenterAnalysis } from '../../src/networks/analysis/analysis.schema.ts';
import { screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, SLOW } from './page-helpers.ts';

const PDFTOPPM = '/usr/bin/pdftoppm';
const PDFINFO = '/usr/bin/pdfinfo';
const PDFTOTEXT = '/usr/bin/pdftotext';

describe.skipIf(skipBrowser)('the centre report', () => {
  const e2e = useE2e();

  it(
    'downloads from the centre page as a PDF naming the centre and its pattern, in the reader’s language',
    async () => {
      const page = await e2e.signedInPage('regional_officer');
      const center = (await apiGet<{ items: { id: string; name: string }[] }>(page, '/centers?q=Cibaduyut'))
        .items[0]!;
      const analysis = await apiGet<CenterAnalysis>(page, `/centers/${center.id}/analysis`);
      await page.goto(`/sentra/${center.id}`);
      const link = page.getByTestId('center-report-link');
      await link.waitFor();
      expect(await link.textContent()).toBe('Unduh laporan (PDF)');
      await screenshot(page, 'center-report-button');
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toBe(`/api/centers/${center.id}/report.pdf?lang=id`);
      // Fetched in the page, with the page's session, as the browser's download would be.
      const base64 = await page.evaluate(async (url) => {
        const response = await fetch(url);
        const bytes = new Uint8Array(await response.arrayBuffer());
        let binary = '';
        for (const b of bytes) binary += String.fromCharCode(b);
        return btoa(binary);
      }, href);
      const pdf = Buffer.from(base64, 'base64');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const dir = mkdtempSync(path.join(tmpdir(), 'simpul-center-report-'));
      const pdfPath = path.join(dir, 'report.pdf');
      writeFileSync(pdfPath, pdf);
      const text = execFileSync(PDFTOTEXT, [pdfPath, '-']).toString();
      expect(text).toContain(center.name);
      expect(text).toContain(analysis.pattern.label.id);
      expect(text).toContain('Tindakan yang disarankan');
      // The ecosystem radar's page: found by its heading, rendered to an image that is not blank.
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync(PDFINFO, [pdfPath]).toString())?.[1]);
      const radarPage = Array.from({ length: pages }, (_, i) => i + 1).find((n) =>
        execFileSync(PDFTOTEXT, ['-f', String(n), '-l', String(n), pdfPath, '-'])
          .toString()
          .includes('Ekosistem sentra'),
      );
      if (radarPage === undefined) throw new Error('the report has no ecosystem radar');
      execFileSync(PDFTOPPM, ['-png', '-r', '70', '-f', '1', '-l', '2', pdfPath, path.join(dir, 'page')]);
      execFileSync(PDFTOPPM, [
        '-png',
        '-r',
        '70',
        '-f',
        String(radarPage),
        '-l',
        String(radarPage),
        '-singlefile',
        pdfPath,
        path.join(dir, 'radar'),
      ]);
      expect(statSync(path.join(dir, 'radar.png')).size).toBeGreaterThan(10_000);
      if (process.env.SIMPUL_SCREENSHOTS === '1') {
        copyFileSync(path.join(dir, 'page-1.png'), path.join('docs/screenshots', 'center-report-page-1.png'));
        copyFileSync(path.join(dir, 'page-2.png'), path.join('docs/screenshots', 'center-report-page-2.png'));
        copyFileSync(
          path.join(dir, 'radar.png'),
          path.join('docs/screenshots', 'center-report-ecosystem.png'),
        );
      }
    },
    SLOW,
  );

  it(
    'downloads the region report from the region page, in English after a switch',
    async () => {
      const page = await e2e.signedInPage('regional_officer');
      await page.goto('/wilayah/32.73');
      await page.getByTestId('lang-en').click();
      const link = page.getByTestId('region-report-link');
      await expect.poll(() => link.textContent()).toBe('Download the region report (PDF)');
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toBe('/api/regions/32.73/report.pdf?lang=en');
      const base64 = await page.evaluate(async (url) => {
        const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
        let binary = '';
        for (const b of bytes) binary += String.fromCharCode(b);
        return btoa(binary);
      }, href);
      const dir = mkdtempSync(path.join(tmpdir(), 'simpul-region-report-'));
      const pdfPath = path.join(dir, 'region.pdf');
      writeFileSync(pdfPath, Buffer.from(base64, 'base64'));
      const text = execFileSync(PDFTOTEXT, [pdfPath, '-']).toString();
      expect(text).toContain('Region Report');
      expect(text).toContain('Sentra Sepatu Cibaduyut');
      // A viewer may not read networks: no link.
      const viewer = await e2e.signedInPage('viewer');
      await viewer.goto('/wilayah/32.73');
      await viewer.locator('h1').waitFor();
      expect(await viewer.getByTestId('region-report-link').count()).toBe(0);
    },
    SLOW,
  );
});
