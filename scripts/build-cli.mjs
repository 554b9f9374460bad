// Builds the CLI and the server it starts (`simpul serve`) into dist/cli: one esbuild bundle of
// src/cli/main.ts, ESM for Node 20, packages left to node_modules, split so each command's code loads
// only when it runs. Writes dist/cli/build-stamp.json (the sources it was built from and their newest
// modification time), which bin/simpul checks before running the build.
// `node scripts/build-cli.mjs --if-stale` builds only when the stamp says the build is not current.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildState, CLI_DIST, newestMtime, ROOT } from '../bin/build-stamp.js';

if (process.argv.includes('--if-stale') && buildState() === 'fresh') process.exit(0);

const { build } = await import('esbuild');
const started = Date.now();
// Built beside the old build and swapped in at the end: a run in progress never sees half a build.
const staging = `${CLI_DIST}.building-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
const result = await build({
  absWorkingDir: ROOT,
  entryPoints: ['src/cli/main.ts'],
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outdir: staging,
  // Every chunk sits in dist/cli/ itself, two folders below the root as src/<folder>/ modules are, so the
  // modules that find files from import.meta.url ('../../vendor/…', '../../dist/web/', the workers) find
  // the same ones from the build.
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});
const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('node_modules/'));
const newest = newestMtime(inputs);
if (newest >= started) {
  // A source changed while it was being bundled: no stamp, so bin/simpul runs the sources until the next build.
  console.warn('build:cli: a source changed during the build; run it again');
  writeFileSync(path.join(staging, 'build-stamp.json'), '{}\n');
} else {
  writeFileSync(path.join(staging, 'build-stamp.json'), `${JSON.stringify({ newest, inputs })}\n`);
}
mkdirSync(path.dirname(CLI_DIST), { recursive: true });
rmSync(CLI_DIST, { recursive: true, force: true });
renameSync(staging, CLI_DIST);
