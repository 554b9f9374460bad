import { existsSync, readFileSync } from 'node:fs';

/**
 * The nearest package.json above this module: the repository's from the sources, and from the
 * bundled CLI (dist/cli/*.js, one folder deeper) the same file, so both report the same version.
 */
function packageFile(): URL {
  for (let folder = new URL('./', import.meta.url); ; folder = new URL('../', folder)) {
    const file = new URL('package.json', folder);
    if (existsSync(file) || folder.pathname === '/') return file;
  }
}

/** The package version, reported by `/api/health` and the CLI. */
export const VERSION: string = (JSON.parse(readFileSync(packageFile(), 'utf8')) as { version: string })
  .version;
