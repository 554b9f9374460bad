/**
 * Overview of the whole country (issue #22, Speed: < 200 ms): `GET /api/overview` without a region on the
 * national synthetic set, as the web's overview screen asks for it (a ministry user, the browser's
 * accept-encoding), over loopback HTTP.
 *
 *   npm run bench:national-overview [-- scale]     (default 0.1: 1,376 centres; 1 = the whole country)
 *   node --import tsx bench/national-overview.bench.ts --quick    (scale 0.05: 688 centres)
 *
 * Loads the set with `simpul demo --national`'s generator (which fills the per-centre rollups, migration
 * 0040) into a scratch database on the embedded server (data/bench-natoverview, port SIMPUL_PG_PORT,
 * default 55340), times the generation, then 30 requests after 3 warm-ups each: p50 and p95 with the
 * browser's encoding (brotli), gzip only and uncompressed. Reference, same run: the overview computed live
 * from every member (`getOverview(…, { live: true })`, the path the rollup replaced), in process, against
 * the rollup path in process.
 */
import os from 'node:os';
import { loadPseudonymKey } from '../src/auth/pseudonym.ts';
import { createToken } from '../src/auth/tokens.ts';
import { createUser } from '../src/auth/users.service.ts';
import { DEFAULT_DEMO_SEED } from '../src/demo/demo-seed.ts';
import { loadNational } from '../src/demo/national/national.ts';
import { type AppConfig, buildApp } from '../src/http/app.ts';
import { getOverview } from '../src/overview/overview.service.ts';
import { ensureRegions } from '../src/regions/regions.loader.ts';
import { BENCH_APP_CONFIG } from './autocannon-run.ts';
import { profiled } from './cpu-profile.ts';
import { percentiles } from './percentiles.ts';
import { benchStart, QUICK } from './report.ts';
import { openScratchDatabase, settle } from './scratch-database.ts';

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const SCALE = Number(positional[0] ?? (QUICK ? 0.05 : 0.1));
const CONFIG: AppConfig = BENCH_APP_CONFIG;

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

const ms = (n: number) => `${n.toFixed(0)} ms`;

async function main(): Promise<void> {
  const report = benchStart();
  const scratch = await openScratchDatabase('natoverview', 55340);
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
    await settle(db);
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
      const parsed = JSON.parse(new TextDecoder().decode(body)) as {
        children: { code: string }[];
        centers: unknown[];
        centersListed: boolean;
      };
      console.log(
        `Body: ${body.byteLength.toLocaleString('en')} B, ${parsed.children.length} provinces, ` +
          `${parsed.centers.length} centres listed (centersListed ${parsed.centersListed})`,
      );
      const browser = await profiled('overview, br', () => percentiles(() => ask('', 'gzip, deflate, br')));
      const gzip = await percentiles(() => ask('', 'gzip'));
      const identity = await profiled('overview, identity', () => percentiles(() => ask('', 'identity')));
      const rollup = await percentiles(() => getOverview(db, {}));
      // The live path costs seconds at full scale: fewer samples.
      const live = await percentiles(() => getOverview(db, {}, { live: true }), SCALE >= 0.5 ? 5 : 10);
      console.log(`Whole country, browser encoding (br): p50 ${ms(browser.p50)}, p95 ${ms(browser.p95)}`);
      console.log(`Whole country, gzip:                  p50 ${ms(gzip.p50)}, p95 ${ms(gzip.p95)}`);
      console.log(`Whole country, uncompressed:          p50 ${ms(identity.p50)}, p95 ${ms(identity.p95)}`);
      console.log(`In process, from the rollups:         p50 ${ms(rollup.p50)}, p95 ${ms(rollup.p95)}`);
      console.log(
        `Reference, in process, live:          p50 ${ms(live.p50)}, p95 ${ms(live.p95)}; load ${load()}`,
      );
      report.headline({
        what: `GET /api/overview, whole country (${made.centers.toLocaleString('en')} centres, ${made.enterprises.toLocaleString('en')} firms), p50 / p95`,
        ours: `${ms(browser.p50)} / ${ms(browser.p95)}`,
        reference: `${ms(live.p50)} / ${ms(live.p95)} (live computation, in process)`,
        ratio: `${(live.p50 / browser.p50).toFixed(1)}×`,
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
