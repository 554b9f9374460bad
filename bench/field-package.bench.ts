/// <reference lib="dom" />
/**
 * Offline field capture on a phone (issue #23, Speed): the field package of a synthetic 1,500-firm centre
 * downloaded under a slow-3G profile, and the member picker's search on a 4× throttled CPU.
 *
 *   npm run bench:field   (node --import tsx bench/field-package.bench.ts)
 *
 * A plain Node server answers the package gzip-compressed, as the app's compression does; Chromium (Debian,
 * headless) fetches it under CDP `Network.emulateNetworkConditions` (400 kbit/s down, 400 ms RTT) and, as
 * the reference in the same run, without emulation. The search is the web's own `member-search.ts`
 * (bundled by esbuild into the page), timed per keystroke over typical queries at
 * `Emulation.setCPUThrottlingRate` 4 and, as the reference, unthrottled. Targets: < 3 s and < 50 ms.
 */

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { createRng } from '../src/analysis/rng.ts';
import type { FieldPackage } from '../src/field/field.schema.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../web/e2e/chromium.ts';
import { benchStart } from './report.ts';

const FIRMS = Number(process.env.BENCH_FIRMS ?? 1500);
const WORDS = [
  'Sepatu',
  'Tas',
  'Jaket',
  'Sandal',
  'Dompet',
  'Kulit',
  'Jaya',
  'Maju',
  'Abadi',
  'Sentosa',
  'Mulia',
];
const PRODUCTS = [
  'sepatu kulit',
  'sandal',
  'tas wanita',
  'dompet',
  'jaket kulit',
  'sepatu anak',
  'ikat pinggang',
];

/** A centre's package with `n` members, names and villages as varied as Cibaduyut's. */
function syntheticPackage(n: number): FieldPackage {
  const rng = createRng(23);
  const pickWord = (list: string[]) => list[Math.floor(rng() * list.length)] ?? '';
  const villages = Array.from({ length: 40 }, (_, i) => ({
    code: `32.73.01.${2001 + i}`,
    name: `Desa ${pickWord(WORDS)} ${i}`,
  }));
  const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  return {
    format: 1,
    packageVersion: 'bench',
    generatedAt: new Date().toISOString(),
    center: {
      id: uuid(0),
      name: 'Sentra Bench',
      mainProduct: 'Sepatu',
      commodityGroup: 'kulit',
      regionCodes: ['32.73.01'],
      version: 1,
    },
    villages,
    members: Array.from({ length: n }, (_, i) => ({
      id: uuid(i + 1),
      name: `${pickWord(['CV', 'UD', 'PT', 'Usaha'])} ${pickWord(WORDS)} ${pickWord(WORDS)} ${i}`,
      owner: `Bapak ${pickWord(WORDS)} ${i}`,
      village: villages[i % villages.length]?.code ?? null,
      products: `${pickWord(PRODUCTS)}, ${pickWord(PRODUCTS)}`,
      version: 1 + (i % 5),
      pending: false,
    })),
    institutions: Array.from({ length: 12 }, (_, i) => ({
      id: uuid(10_000 + i),
      name: `Koperasi ${i}`,
      type: 'cooperative',
    })),
    facilities: Array.from({ length: 4 }, (_, i) => ({
      id: uuid(20_000 + i),
      name: `UPT ${i}`,
      kind: 'workshop',
    })),
    processes: Array.from({ length: 60 }, (_, i) => ({
      code: `P${i}`,
      sector: 'leather',
      label: { id: `Proses ${i}`, en: `Process ${i}` },
    })),
    questions: [],
  };
}

async function searchBundle(): Promise<string> {
  const out = await build({
    entryPoints: [new URL('../web/src/field/member-search.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'memberSearch',
  });
  return out.outputFiles[0]?.text ?? '';
}

/** Median and worst of the page's download time of the package, `runs` times. */
async function download(page: Page, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(
      await page.evaluate(async () => {
        const started = performance.now();
        await (await fetch('/package', { cache: 'no-store' })).json();
        return performance.now() - started;
      }),
    );
  }
  return times.sort((a, b) => a - b);
}

/** Per-keystroke times (ms) of the search over the index built once, for typical typed prefixes. */
async function search(page: Page): Promise<{ build: number; times: number[] }> {
  return page.evaluate(async () => {
    const pkg = await (await fetch('/package')).json();
    const buildStarted = performance.now();
    const ms = (globalThis as unknown as { memberSearch: typeof import('../web/src/field/member-search.ts') })
      .memberSearch;
    const index = ms.buildIndex(ms.packageFirms(pkg));
    const build = performance.now() - buildStarted;
    const times: number[] = [];
    for (const query of [
      's',
      'se',
      'sep',
      'sepa',
      'sepatu j',
      'desa ma',
      'kulit',
      'dompet ab',
      'cv maju 14',
      'zzz',
    ]) {
      // 20 repeats per query: one search is below the timer's 0.1 ms resolution.
      const started = performance.now();
      for (let r = 0; r < 20; r++) ms.searchMembers(index, query, 40);
      times.push((performance.now() - started) / 20);
    }
    return { build, times: times.sort((a, b) => a - b) };
  });
}

const median = (xs: number[]) => xs[Math.floor(xs.length / 2)] ?? 0;
const worst = (xs: number[]) => xs[xs.length - 1] ?? 0;

const report = benchStart();
const pkg = syntheticPackage(FIRMS);
const json = Buffer.from(JSON.stringify(pkg));
const gz = gzipSync(json, { level: 6 });
console.log(`Package: ${FIRMS} members, ${json.length} bytes JSON, ${gz.length} bytes gzip`);
const server = createServer((req, res) => {
  if (req.url === '/package') {
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
      'cache-control': 'no-store',
    });
    res.end(gz);
  } else {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>bench</title>');
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
  await page.goto(`${base}/`);
  await page.addScriptTag({ content: await searchBundle() });
  const cdp = await page.context().newCDPSession(page);
  const fast = await download(page, 5);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: 400_000 / 8,
    uploadThroughput: 400_000 / 8,
  });
  const slow = await download(page, 3);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  console.log(
    `Download, no emulation: median ${median(fast).toFixed(0)} ms; slow 3G: median ${median(slow).toFixed(0)} ms, worst ${worst(slow).toFixed(0)} ms`,
  );
  report.headline({
    what: `field package, ${FIRMS} firms (${Math.round(gz.length / 1000)} kB gzip), slow 3G 400 kbit/s 400 ms RTT`,
    ours: `${median(slow).toFixed(0)} ms`,
    reference: `${median(fast).toFixed(0)} ms unthrottled`,
    ratio: `worst ${worst(slow).toFixed(0)} ms ${worst(slow) < 3000 ? '<' : '≥'} 3 s`,
  });
  const plainRun = await search(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const throttledRun = await search(page);
  const plain = plainRun.times;
  const throttled = throttledRun.times;
  console.log(
    `Index build (once per package): unthrottled ${plainRun.build.toFixed(1)} ms, 4× CPU ${throttledRun.build.toFixed(1)} ms`,
  );
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  console.log(
    `Search per keystroke: unthrottled median ${median(plain).toFixed(2)} ms worst ${worst(plain).toFixed(2)} ms; 4× CPU median ${median(throttled).toFixed(2)} ms worst ${worst(throttled).toFixed(2)} ms`,
  );
  report.headline({
    what: `member search, ${FIRMS} firms, 4× CPU throttling, per keystroke`,
    ours: `${median(throttled).toFixed(2)} ms`,
    reference: `${median(plain).toFixed(2)} ms unthrottled`,
    ratio: `worst ${worst(throttled).toFixed(2)} ms ${worst(throttled) < 50 ? '<' : '≥'} 50 ms`,
  });
} finally {
  await browser.close();
  server.close();
  report.end();
}
