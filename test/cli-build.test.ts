import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runSimpul } from './cli.ts';
import { createTestDatabase } from './database.ts';
import { freePort, startServe } from './e2e/serve-process.ts';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '..');
const built = path.join(repo, 'dist', 'cli');

/** What a command prints on stdout, run from the build and from the sources. */
async function bothWays(args: string[]): Promise<[string, string]> {
  const env = { ...process.env, SIMPUL_LANG: '' };
  const fromBuild = await run(process.execPath, [path.join(built, 'main.js'), ...args], { env });
  const fromSources = await run(
    process.execPath,
    ['--import', 'tsx', path.join(repo, 'src/cli/main.ts'), ...args],
    { env },
  );
  return [fromBuild.stdout, fromSources.stdout];
}

// The global setup builds the CLI when it is stale, so dist/cli here is made from the sources under test.
describe('the compiled CLI (dist/cli)', () => {
  it('prints the same help, in both languages, as the sources', async () => {
    for (const args of [
      ['--help'],
      ['--help', '--lang', 'en'],
      ['network', 'analyze', '--help'],
      ['import', '--help', '--lang', 'en'],
      ['user', 'create', '--help'],
      ['--version'],
    ]) {
      const [fromBuild, fromSources] = await bothWays(args);
      expect(fromBuild, args.join(' ')).toBe(fromSources);
    }
    const { version } = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
    expect((await bothWays(['--version']))[0].trim()).toBe(version);
  }, 60_000);

  it('loads nothing but commander for help, and no database, zod or XML parser to analyse an edge list', () => {
    // The packages a chunk imports statically, with those of the chunks it imports (what loads with it).
    const packagesOf = (start: string): Set<string> => {
      const seen = new Set<string>();
      const packages = new Set<string>();
      const walk = (chunk: string) => {
        if (seen.has(chunk)) return;
        seen.add(chunk);
        const code = fs.readFileSync(path.join(built, chunk), 'utf8');
        for (const [, from] of code.matchAll(
          /^(?:import|export)\s[^;]*?from\s*"([^"]+)"|^import\s*"([^"]+)"/gms,
        )) {
          if (from?.startsWith('./')) walk(from.slice(2));
          else if (from && !from.startsWith('node:')) packages.add(from);
        }
      };
      walk(start);
      return packages;
    };
    expect([...packagesOf('main.js')]).toEqual(['commander']);
    const analyze = fs.readdirSync(built).find((name) => /^network-analyze-.*\.js$/.test(name))!;
    expect([...packagesOf(analyze)]).toEqual([]);
  });

  it('finds every file it locates from its own place (vendor data, web app, workers)', () => {
    const located: string[] = [];
    for (const chunk of fs.readdirSync(built).filter((name) => name.endsWith('.js'))) {
      const code = fs.readFileSync(path.join(built, chunk), 'utf8');
      for (const [, relative] of code.matchAll(/new URL\(\s*"([^"]+)",\s*import\.meta\.url\)/g)) {
        located.push(path.resolve(built, relative!));
      }
    }
    // The region CSVs and the web app, at least (the path-sweep worker is not the CLI's); a new one is
    // checked without changing this test.
    expect(located).toEqual(
      expect.arrayContaining([path.join(repo, 'vendor/idn-area-data'), path.join(repo, 'dist/web')]),
    );
    for (const target of located) expect(fs.existsSync(target), target).toBe(true);
  });

  it('serves the built web app and the API from the build', async () => {
    const database = await createTestDatabase();
    const port = await freePort();
    const server = await startServe({ ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'warn' }, port);
    try {
      // No notice: bin/simpul ran the build, not the sources.
      expect(server.output()).not.toContain('dist/cli');
      const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
      expect(health).toMatchObject({ status: 'ok' });
      const page = await fetch(`http://127.0.0.1:${port}/`);
      const hasWeb = fs.existsSync(path.join(repo, 'dist/web/index.html'));
      expect(await page.text()).toContain(hasWeb ? '<div id="root">' : 'the web app is not built');
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
      await database.drop();
    }
  }, 90_000);
});

describe('bin/simpul', () => {
  // A copy of bin/ beside a stand-in build and stand-in sources that say which one ran.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-bin-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  fs.mkdirSync(path.join(root, 'bin'));
  for (const file of ['simpul', 'build-stamp.js'])
    fs.copyFileSync(path.join(repo, 'bin', file), path.join(root, 'bin', file));
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'));
  fs.writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }\n');
  fs.mkdirSync(path.join(root, 'src', 'cli'), { recursive: true });
  const source = path.join(root, 'src', 'cli', 'main.ts');
  fs.writeFileSync(source, "const from: string = 'sources';\nconsole.log(from);\n");
  fs.mkdirSync(path.join(root, 'dist', 'cli'), { recursive: true });
  fs.writeFileSync(path.join(root, 'dist', 'cli', 'main.js'), "console.log('build');\n");
  const stamp = path.join(root, 'dist', 'cli', 'build-stamp.json');
  const stampAt = (newest: number, inputs = ['src/cli/main.ts']) =>
    fs.writeFileSync(stamp, JSON.stringify({ newest, inputs }));
  const bin = (args: string[] = [], env: Record<string, string> = {}) =>
    run(path.join(root, 'bin', 'simpul'), args, { env: { ...process.env, SIMPUL_LANG: '', ...env } });
  const sourceTime = () => fs.statSync(source).mtimeMs;

  it('runs the build, saying nothing, when no source it was built from is newer', async () => {
    stampAt(sourceTime());
    expect(await bin()).toEqual({ stdout: 'build\n', stderr: '' });
  });

  it('runs the sources when one is newer, saying so once, in Indonesian unless told otherwise', async () => {
    stampAt(sourceTime() - 1000);
    const id = await bin();
    expect(id.stdout).toBe('sources\n');
    expect(id.stderr.trim().split('\n')).toEqual([
      'simpul: hasil build CLI (dist/cli) lebih lama dari sumbernya; sumber TypeScript dijalankan langsung, lebih lambat. Bangun ulang dengan: npm run build:cli',
    ]);
    const en = await bin(['--lang', 'en']);
    expect(en.stderr).toContain('the CLI build (dist/cli) is older than its sources');
    expect((await bin([], { SIMPUL_LANG: 'en' })).stderr).toContain('older than its sources');
  });

  it('runs the sources when one it was built from is gone, or when it was never built', async () => {
    stampAt(Date.now() + 60_000, ['src/cli/main.ts', 'src/cli/removed.ts']);
    expect((await bin()).stdout).toBe('sources\n');
    fs.rmSync(stamp);
    const never = await bin(['--lang=en']);
    expect(never.stdout).toBe('sources\n');
    expect(never.stderr).toContain('the CLI is not built (dist/cli)');
  });

  it('runs the real build with nothing said on stderr', async () => {
    const help = await runSimpul(['--help']);
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
  });
});
