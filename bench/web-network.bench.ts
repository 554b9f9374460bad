/// <reference lib="dom" />
/**
 * Speed of the web network view (sigma 4 / WebGL) on a synthetic large network, and first-screen load.
 *
 *   npm run build:web && npm run bench:web   (node --import tsx bench/web-network.bench.ts)
 *
 * Serves dist/web from a plain Node static server and answers the API from here (Playwright routing), so
 * the centre page renders a synthetic network of BENCH_NODES (5,000) firms and BENCH_TIES (20,000) ties
 * (one in eight a dashed conflict, one in sixteen coopetition, a third directed) in the real NetworkView
 * component — at that size its Canvas 2D drawing (canvas-renderer.ts); below LARGE_GRAPH_TIES ties sigma
 * where WebGL has a GPU, Canvas 2D again here, where it is software (renderer-choice.ts).
 * Chromium is Debian's, headless, without GPU: WebGL runs in software (SwiftShader via ANGLE) and
 * canvases are rasterised on the CPU, so times are an upper bound for a machine with a graphics card.
 * Measures:
 *  - first render: navigation start → the first frame of the whole graph (app, chunks, JSON, graph
 *    build, first frame), and when the network answer was requested and received;
 *  - frame times (requestAnimationFrame deltas) during 4 s of wheel zooms and drags after the layout ended,
 *    with a 300 ms pause after each drag so the frames in which the drawing settles are counted too;
 *  - first-screen load of `/` (navigation timing: the sign-in screen, as a visitor first sees it);
 *  - code splitting: which chunks `/` loads (sigma must not be among them) and which the centre page adds.
 * BENCH_NODES / BENCH_TIES change the size, BENCH_WEB_DIR the built app, BENCH_PROFILE=1 prints a CPU
 * profile of the first render, BENCH_SCREENSHOT=file.png saves the page after the layout.
 */

import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createRng } from '../src/analysis/rng.ts';
import { abilitiesFor } from '../src/auth/abilities.ts';
import { WEB_DIST } from '../src/http/web.ts';
import { INTERACTION_TYPES, LEGAL_PATTERNS } from '../src/interactions/interaction-types.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../web/e2e/chromium.ts';
import { firmNode, syntheticId, syntheticTie } from '../web/e2e/synthetic-network.ts';
import { benchStart } from './report.ts';

// Another folder (e.g. a private `vite build --outDir`) when dist/web is being rebuilt by someone else.
const WEB = process.env.BENCH_WEB_DIR ? path.resolve(process.env.BENCH_WEB_DIR) : WEB_DIST;
const NODES = Number(process.env.BENCH_NODES ?? 5000);
const TIES = Number(process.env.BENCH_TIES ?? 20000);
const CENTER = '00000000-0000-4000-8000-00000000b3c4';
const TYPES = { 'text/html': 'html', 'text/javascript': 'js', 'text/css': 'css', 'application/json': 'map' };

/** A centre network of NODES firms and TIES ties in the API's shape (preferential attachment-ish). */
function syntheticNetwork() {
  // Seeded (the analysis library's mulberry32): the same synthetic network on every run.
  const random = createRng(20231);
  const nodes = Array.from({ length: NODES }, (_, i) => firmNode(syntheticId(1, i), `IKM Sintetis ${i + 1}`));
  const ties = Array.from({ length: TIES }, (_, k) => {
    const a = Math.floor(random() * NODES);
    // Half the ties go to the first 5% of firms: hubs, as order-givers are in real centres.
    const b = random() < 0.5 ? Math.floor(random() * NODES * 0.05) : Math.floor(random() * NODES);
    const roll = random();
    const year = 2010 + Math.floor(random() * 15);
    return syntheticTie({
      id: syntheticId(2, k),
      source: nodes[a]!.id,
      target: nodes[b === a ? (b + 1) % NODES : b]!.id,
      valence: roll < 0.125 ? 'conflict' : roll < 0.1875 ? 'coopetition' : 'collaboration',
      directed: random() < 0.33,
      startDate: `${year}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
      endDate: random() < 0.2 ? `${year + 2}-06-01` : null,
    });
  });
  return { centerId: CENTER, at: null, nodes, ties };
}

/**
 * dist/web over HTTP; unknown paths get index.html (deep links), like the Simpul server. The network
 * answer (megabytes of JSON) comes from here too, over real HTTP: Playwright's routing would hand it over
 * the DevTools protocol, which took seconds and is no part of what a user waits for.
 */
async function serveWeb(networkJson: string): Promise<{ url: string; close(): void }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === `/api/centers/${CENTER}/network`) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(networkJson);
      return;
    }
    let file = path.join(WEB, decodeURIComponent(url.pathname));
    if (!file.startsWith(WEB) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      file = path.join(WEB, 'index.html');
    }
    const ext = path.extname(file).slice(1);
    const type = Object.entries(TYPES).find(([, e]) => e === ext)?.[0] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** Answers the API calls of the centre page; `signedIn` false makes `/auth/me` a 401 (the sign-in screen). */
async function stubApi(page: Page, signedIn: boolean) {
  const me = {
    user: {
      id: syntheticId(3, 1),
      email: 'bench@simpul.demo',
      displayName: 'Bench',
      role: 'admin',
      scopes: { regions: [], centers: [], enterprises: [], projects: [] },
      personalDataAccess: true,
      active: true,
      hasPassword: true,
      lockedUntil: null,
      lastLoginAt: null,
    },
    csrfToken: 'bench',
    // What the web asks before showing any screen: without it the page waits for a session it never gets.
    abilities: abilitiesFor('admin', false),
  };
  const center = {
    id: CENTER,
    externalId: null,
    name: 'Sentra Sintetis',
    mainProduct: 'Sepatu',
    commodityGroup: 'crafts_misc',
    dinasGroup: null,
    kbli: [],
    origin: 'organic',
    status: 'coached',
    designation: null,
    statisticalCriteria: null,
    foundingYear: null,
    description: null,
    latitude: null,
    longitude: null,
    regionCodes: ['32.73'],
    activeMemberCount: NODES,
    warnings: [],
    figures: [],
    version: 1,
    archivedAt: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
  const catalogue = {
    types: INTERACTION_TYPES,
    legalPatterns: Object.entries(LEGAL_PATTERNS).map(([code, label]) => ({ code, label })),
  };
  await page.route('**/api/**', (route) => {
    const url = new URL(route.request().url());
    const json = (status: number, body: unknown) =>
      route.fulfill({
        status,
        contentType: 'application/json',
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    if (url.pathname === '/api/auth/me')
      return signedIn
        ? json(200, me)
        : json(401, { error: { code: 'unauthorized', message: 'Belum masuk', details: [] } });
    if (url.pathname === `/api/centers/${CENTER}/network`) return route.fallback();
    if (url.pathname === `/api/centers/${CENTER}`) return json(200, center);
    if (url.pathname === '/api/interaction-types') return json(200, catalogue);
    return json(404, { error: { code: 'not_found', message: 'bench: not stubbed', details: [] } });
  });
}

/** BENCH_PROFILE=1: the 25 functions with the most self time up to the first render (to stderr). */
function printProfile(profile: {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}) {
  const self = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  for (const [i, id] of (profile.samples ?? []).entries())
    self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0));
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${path.basename(f.url)}:${f.lineNumber + 1}`;
    byName.set(key, (byName.get(key) ?? 0) + (self.get(node.id) ?? 0) / 1000);
  }
  for (const [key, value] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.error(`${value.toFixed(0).padStart(7)} ms  ${key}`);
  }
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1)!, frames: sorted.length };
}
const ms = (v: number) => `${v.toFixed(1)} ms`;

async function main() {
  const frame = benchStart();
  if (!statSync(path.join(WEB, 'index.html'), { throwIfNoEntry: false }))
    throw new Error('run npm run build:web first');
  const network = syntheticNetwork();
  const web = await serveWeb(JSON.stringify(network));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const rows: [string, string][] = [];
  try {
    // 1. First screen of `/` (a visitor: the sign-in page), best of 5 cold loads.
    const loads: { ttfb: number; dcl: number; load: number; fcp: number; scripts: string[] }[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await stubApi(page, false);
      const scripts: string[] = [];
      page.on(
        'request',
        (r) => r.resourceType() === 'script' && scripts.push(path.basename(new URL(r.url()).pathname)),
      );
      await page.goto(`${web.url}/`, { waitUntil: 'load' });
      await page.locator('#signin-email').waitFor();
      const timing = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
        return { ttfb: nav.responseStart, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, fcp };
      });
      loads.push({ ...timing, scripts });
      await context.close();
    }
    const best = loads.sort((a, b) => a.fcp - b.fcp)[0]!;
    rows.push(
      ['`/` first byte', ms(best.ttfb)],
      ['`/` DOMContentLoaded', ms(best.dcl)],
      ['`/` first contentful paint', ms(best.fcp)],
      ['`/` load event', ms(best.load)],
    );

    // 2. The centre page with the synthetic network.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await stubApi(page, true);
    const scripts: string[] = [];
    page.on(
      'request',
      (r) => r.resourceType() === 'script' && scripts.push(path.basename(new URL(r.url()).pathname)),
    );
    await page.addInitScript(() => {
      const w = window as unknown as { __firstRender?: number };
      new MutationObserver(() => {
        if (
          w.__firstRender === undefined &&
          document.querySelector('[data-testid=network-canvas][data-node-count]')
        )
          w.__firstRender = performance.now();
      }).observe(document, { subtree: true, attributes: true, childList: true });
    });
    const cdp = process.env.BENCH_PROFILE === '1' ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    await page.goto(`${web.url}/sentra/${CENTER}`);
    const canvas = page.getByTestId('network-canvas');
    await page.waitForFunction(
      () => (window as unknown as { __firstRender?: number }).__firstRender !== undefined,
      null,
      { timeout: 120_000 },
    );
    const firstRender = await page.evaluate(
      () => (window as unknown as { __firstRender: number }).__firstRender,
    );
    // When the network answer was asked for and had arrived: the app and chunks before, the graph and
    // its first frame after.
    const received = (await page.evaluate(`(() => {
      const entry = performance.getEntriesByType('resource').find((e) => /\\/network(\\?|$)/.test(e.name));
      return entry ? [entry.requestStart, entry.responseEnd] : [NaN, NaN];
    })()`)) as [number, number];
    const drawn = {
      renderer: (await canvas.getAttribute('data-renderer')) ?? 'sigma (WebGL)',
      nodes: await canvas.getAttribute('data-node-count'),
      edges: await canvas.getAttribute('data-edge-count'),
    };
    rows.push([
      `first render, ${NODES.toLocaleString('en')} nodes / ${TIES.toLocaleString('en')} ties (navigation → first frame of the whole graph)`,
      ms(firstRender),
    ]);
    rows.push(
      ['… network answer requested (navigation → requestStart)', ms(received[0])],
      ['… network answer received (navigation → responseEnd)', ms(received[1])],
    );
    if (cdp) printProfile((await cdp.send('Profiler.stop')).profile);
    console.error(`first render after ${firstRender.toFixed(0)} ms; waiting for the layout…`);
    const layoutStart = Date.now();
    await page.waitForFunction(
      () => document.querySelector('[data-testid=network-canvas]')?.getAttribute('data-layout') === 'done',
      null,
      { timeout: 120_000 },
    );
    rows.push(['ForceAtlas2 in the worker (budget, wall clock)', ms(Date.now() - layoutStart)]);
    // BENCH_SCREENSHOT=file.png: what the reader sees once the layout has settled.
    if (process.env.BENCH_SCREENSHOT) await canvas.screenshot({ path: process.env.BENCH_SCREENSHOT });

    // 3. Frame times while zooming and panning for about 4 s.
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    // A string, not a function: tsx would wrap named functions in a `__name` helper the page lacks.
    await page.evaluate(`(() => {
      window.__frames = [];
      window.__stop = false;
      let last = performance.now();
      const tick = (now) => {
        window.__frames.push(now - last);
        last = now;
        if (!window.__stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const started = Date.now();
    for (let round = 0; Date.now() - started < 4000; round++) {
      await page.mouse.move(cx, cy);
      for (let i = 0; i < 5; i++) {
        await page.mouse.wheel(0, round % 2 ? 120 : -120);
        await page.waitForTimeout(40);
      }
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) {
        await page.mouse.move(cx + i * 15 * (round % 2 ? -1 : 1), cy + i * 8);
        await page.waitForTimeout(16);
      }
      await page.mouse.up();
      // A reader pauses between gestures: the drawing settles (full redraw), and that frame counts too.
      await page.waitForTimeout(300);
    }
    const frames = await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __stop: boolean };
      w.__stop = true;
      return w.__frames.slice(1);
    });
    const f = stats(frames);
    rows.push(
      ['frame time during pan/zoom — median', ms(f.median)],
      ['frame time — p95', ms(f.p95)],
      ['frame time — longest', ms(f.max)],
      ['frames measured', String(f.frames)],
    );
    const onRoot = best.scripts;
    const centerOnly = scripts.filter((s) => !onRoot.includes(s));
    const sigmaOnRoot = onRoot.some((s) => /CenterNetwork|sigma/i.test(s));
    rows.push(
      ['chunks loaded by `/`', onRoot.join(', ')],
      ['chunks the centre page adds', centerOnly.join(', ')],
      ['network code on `/`?', sigmaOnRoot ? 'YES (not split)' : 'no (split)'],
    );
    console.log(`\nDrawn by ${drawn.renderer}: ${drawn.nodes} nodes and ${drawn.edges} ties.\n`);
    console.log('| measure | value |\n|---|---|');
    for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
    const size = `${NODES.toLocaleString('en')} / ${TIES.toLocaleString('en')}`;
    frame.headline({
      what: `web: first render of a ${size} network (navigation → first frame)`,
      ours: ms(firstRender),
      reference: '—',
      ratio: '—',
    });
    frame.headline({
      what: `web: pan/zoom frame time, ${size}, p95`,
      ours: ms(f.p95),
      reference: '—',
      ratio: f.p95 < 100 ? 'target < 100 ms: met' : 'target < 100 ms: not met',
    });
    await context.close();
  } finally {
    await browser.close();
    web.close();
    frame.end();
  }
}

await main();
