import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const architecture = read('docs/ARCHITECTURE.md');

/** Every folder under `dir` (relative to the repository, with a trailing slash), depth first. */
function foldersUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const folder = `${dir}${entry.name}/`;
      return [folder, ...foldersUnder(folder)];
    });
}

/**
 * The folders the "folder tree" code block of ARCHITECTURE.md shows, as full paths: a line whose first word
 * ends in `/` is a folder inside the nearest less-indented folder above it (`src/` then `  db/` then
 * `    migrations/` is `src/db/migrations/`). Files and annotation lines name no folder.
 */
function treeFolders(markdown: string): Set<string> {
  const block = markdown.split('## The folder tree')[1]?.split('```')[1] ?? '';
  const folders = new Set<string>();
  const open: { indent: number; path: string }[] = [];
  for (const line of block.split('\n')) {
    const match = /^( *)(\S+)/.exec(line);
    if (!match) continue;
    const indent = match[1]?.length ?? 0;
    const word = match[2] ?? '';
    while ((open.at(-1)?.indent ?? -1) >= indent) open.pop();
    if (!word.endsWith('/')) continue;
    const folder = (open.at(-1)?.path ?? '') + word;
    open.push({ indent, path: folder });
    folders.add(folder);
  }
  return folders;
}

/** Migration names as `src/db/migrate.ts` registers them (`'0007_text_controls': …`). */
const registered = [...read('src/db/migrate.ts').matchAll(/^\s+'(\d{4}_\w+)':/gm)].map((m) => m[1] ?? '');
/** Migration files in `src/db/migrations/`, without `.ts`. */
const files = readdirSync(path.join(root, 'src/db/migrations'))
  .filter((name) => /^\d{4}_.*\.ts$/.test(name))
  .map((name) => name.replace(/\.ts$/, ''));

describe('docs/ARCHITECTURE.md keeps step with the code', () => {
  it('reads the migrations and the tree it checks against', () => {
    expect(registered.length, 'migrations parsed from src/db/migrate.ts').toBeGreaterThanOrEqual(7);
    expect(treeFolders(architecture).has('src/db/'), 'the folder tree was parsed').toBe(true);
  });

  it('registers every migration file in src/db/migrate.ts, and nothing else', () => {
    const unregistered = files.filter((f) => !registered.includes(f));
    const fileless = registered.filter((m) => !files.includes(m));
    expect(unregistered, 'migration files missing from migrate.ts').toEqual([]);
    expect(fileless, 'registered in migrate.ts without a file').toEqual([]);
  });

  it('names every migration by its number', () => {
    const numbers = [...new Set([...registered, ...files])].map((name) => name.slice(0, 4));
    const missing = numbers.filter((n) => !new RegExp(`\\b${n}\\b`).test(architecture));
    expect(missing, 'migrations not named in docs/ARCHITECTURE.md (its migrations/ line)').toEqual([]);
  });

  it('shows every folder of src/ and web/src/ in its folder tree', () => {
    const shown = treeFolders(architecture);
    const missing = [...foldersUnder('src/'), ...foldersUnder('web/src/')].filter((f) => !shown.has(f));
    expect(missing, 'folders missing from the folder tree of docs/ARCHITECTURE.md').toEqual([]);
  });
});
