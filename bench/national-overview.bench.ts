/**
 * Overview of the whole country (issue #22, Speed: < 200 ms): `GET /api/overview` without a region on the
 * national synthetic set, as the web's overview screen asks for it (a ministry user, the browser's
 * accept-encoding), over loopback HTTP.
 *
 *   node --import tsx bench/national-overview.bench.ts [scale=1]
 *   node --import tsx bench/national-overview.bench.ts --quick    (scale 0.05: 688 centres)
 *
 * Loads the set with `simpul demo --national`'s generator into a scratch database on the embedded server
 * (data/bench-natoverview, port SIMPUL_PG_PORT, default 55101), times the generation, then 30
 * requests after 3 warm-ups: p50 and p95. Reference, same run: the naive way to the same totals, one
 * request per province (38 in a row), and the same request uncompressed.
 */
import os from 'node:os';
import { loadPseudonymKey } from '../src/auth/pseudonym.ts';
import { createToken } from '../src/auth/tokens.ts';
import { createUser } from '../src/auth/users.service.ts';
import { DEFAULT_DEMO_SEED } from '../src/demo/demo-seed.ts';
import { loadNational } from '../src/demo/national/national.ts';
import { type AppConfig, buildApp } from '../src/http/app.ts';
import { ensureRegions } from '../src/regions/regions.loader.ts';
import { benchStart, QUICK } from './report.ts';
import { openScratchDatabase } from './scratch-database.ts';

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const SCALE = Number(positional[0] ?? (QUICK ? 0.05 : 1));
const SAMPLES = 30;
const CONFIG: AppConfig = {
  bodyLimit: 1024 * 1024,
  logLevel: 'silent',
  sessionIdleMinutes: 30,
  sessionMaxHours: 12,
  rateLimitPerMinute: 100_000_000,
  loginRateLimitPerMinute: 100_000,
  trustProxy: false,
  requestTimeoutSeconds: 120,
  importTimeoutSeconds: 600,
  importsPerUser: 2,
  importsAtOnce: 4,
};

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

/** p50 and p95 in ms of `work` over SAMPLES runs after 3 warm-ups. */
async function percentiles(work: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i++) await work();
  const spent: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const t = performance.now();
    await work();
    spent.push(performance.now() - t);
  }
  spent.sort((a, b) => a - b);
  const at = (q: number) => spent[Math.min(spent.length - 1, Math.floor(q * spent.length))] as number;
  return { p50: at(0.5), p95: at(0.95) };
}

const ms = (n: number) => `${n.toFixed(0)} ms`;

async function main(): Promise<void> {
  const report = benchStart();
  const scratch = await openScratchDatabase('natoverview', 55101);
  const { db } = scratch;
  try {
    console.log(
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; load ${load()}`,
    );
    await ensureRegions(db);
    const made = await loadNational(db, { scale: SCALE, seed: DEFAULT_DEMO_SEED });
    console.log(
      `Generated scale ${SCALE}: ${made.centers} centres, ${made.enterprises} firms, ${made.yearRows} yearly rows, ${made.ties} ties in ${made.seconds.toFixed(1)} s (load ${load()})`,
    );
    const user = await createUser(db, {
      email: 'bench@simpul.example',
      displayName: 'Bench',
      role: 'ministry',
      scopes: { regions: [], centers: [], enterprises: [], projects: [] },
      personalDataAccess: false,
    });
    const token = await createToken(db, user.id, { name: 'bench', access: 'read' });
    const app = await buildApp({ db, mode: 'embedded', pseudonymKey: await loadPseudonymKey(db) }, CONFIG);
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const ask = async (query: string, encoding: string) => {
        const response = await fetch(`${base}/api/overview${query}`, {
          headers: { authorization: `Bearer ${token.token}`, 'accept-encoding': encoding },
        });
        if (!response.ok) throw new Error(`${query}: HTTP ${response.status}`);
        return response.arrayBuffer();
      };
      const body = await ask('', 'identity');
      const parsed = JSON.parse(new TextDecoder().decode(body)) as { children: { code: string }[] };
      console.log(`Body: ${body.byteLength.toLocaleString('en')} B, ${parsed.children.length} provinces`);
      const browser = await percentiles(() => ask('', 'gzip, deflate, br'));
      const identity = await percentiles(() => ask('', 'identity'));
      const provinces = parsed.children.map((c) => c.code);
      const t = performance.now();
      for (const code of provinces) await ask(`?region=${code}`, 'gzip, deflate, br');
      const naive = performance.now() - t;
      console.log(`Whole country, browser encoding: p50 ${ms(browser.p50)}, p95 ${ms(browser.p95)}`);
      console.log(`Whole country, uncompressed:     p50 ${ms(identity.p50)}, p95 ${ms(identity.p95)}`);
      console.log(
        `Reference, one request per province (${provinces.length} in a row): ${ms(naive)}; load ${load()}`,
      );
      report.headline({
        what: `GET /api/overview, whole country (${made.centers.toLocaleString('en')} centres, ${made.enterprises.toLocaleString('en')} firms), p50 / p95`,
        ours: `${ms(browser.p50)} / ${ms(browser.p95)}`,
        reference: `${ms(naive)} (38 province requests)`,
        ratio: `${(naive / browser.p50).toFixed(1)}×`,
      });
    } finally {
      await app.close();
    }
  } finally {
    await scratch.close();
    report.end();
  }
}

await main();
