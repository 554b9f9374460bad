// Is the compiled CLI (dist/cli) current? Plain JavaScript: bin/simpul asks this before anything is
// compiled, and the build (scripts/build-cli.mjs) writes the stamp it reads. docs/design-choices.md,
// "The CLI runs compiled JavaScript", says why and what it costs.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository (or installed package) folder: this file is in its bin/. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the build writes the CLI and the server, and its stamp. */
export const CLI_DIST = path.join(ROOT, 'dist', 'cli');
export const STAMP = path.join(CLI_DIST, 'build-stamp.json');
/** The compiled CLI's entry. */
export const CLI_MAIN = pathToFileURL(path.join(CLI_DIST, 'main.js')).href;

/**
 * The newest modification time (ms) of `files` (relative to ROOT), or Infinity when one is missing:
 * a deleted or renamed source makes the build stale too.
 */
export function newestMtime(files) {
  let newest = 0;
  for (const file of files) {
    const stat = statSync(path.join(ROOT, file), { throwIfNoEntry: false });
    if (!stat) return Number.POSITIVE_INFINITY;
    if (stat.mtimeMs > newest) newest = stat.mtimeMs;
  }
  return newest;
}

/**
 * 'fresh' when dist/cli was built from the sources as they are now (no source it was built from is
 * newer than the stamp, none is missing), else 'missing' (never built) or 'stale'.
 */
export function buildState() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return 'missing';
  }
  if (!Array.isArray(stamp.inputs) || typeof stamp.newest !== 'number') return 'missing';
  return newestMtime(stamp.inputs) <= stamp.newest ? 'fresh' : 'stale';
}

/** The run's language as the CLI will choose it (--lang anywhere, else SIMPUL_LANG, else Indonesian). */
export function noticeLang(argv, env) {
  for (let i = argv.length - 1; i >= 0; i--) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : '';
    if (value === 'id' || value === 'en') return value;
  }
  const fromEnv = env.SIMPUL_LANG?.trim().toLowerCase();
  return fromEnv === 'en' ? 'en' : 'id';
}

const NOTICE = {
  missing: {
    id: 'simpul: CLI belum dibangun (dist/cli); sumber TypeScript dijalankan langsung, lebih lambat. Bangun dengan: npm run build:cli',
    en: 'simpul: the CLI is not built (dist/cli); running the TypeScript sources directly, which is slower. Build it with: npm run build:cli',
  },
  stale: {
    id: 'simpul: hasil build CLI (dist/cli) lebih lama dari sumbernya; sumber TypeScript dijalankan langsung, lebih lambat. Bangun ulang dengan: npm run build:cli',
    en: 'simpul: the CLI build (dist/cli) is older than its sources; running the TypeScript sources directly, which is slower. Rebuild with: npm run build:cli',
  },
};

/** The one line bin/simpul writes on stderr when it runs the sources instead of the build. */
export function notice(state, lang) {
  return NOTICE[state === 'stale' ? 'stale' : 'missing'][lang];
}
