import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The operator's script under test. */
export const REPLICA_SCRIPT = path.resolve(import.meta.dirname, '../../deploy/replica.sh');

/** Why the replica tests cannot run here (no Debian PostgreSQL server binaries), or null. */
export function replicaSkipReason(): string | null {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root) : [];
  const found = versions.some((v) => fs.existsSync(path.join(root, v, 'bin', 'pg_basebackup')));
  return found ? null : `no Debian PostgreSQL server under ${root} (apt-get install postgresql)`;
}

/** A primary and a hot standby started by `deploy/replica.sh` in a folder of their own. */
export interface ReplicaPair {
  dir: string;
  primaryPort: number;
  standbyPort: number;
  /** Both hosts, `target_session_attrs=read-write`: what the app is given as DATABASE_URL. */
  databaseUrl: string;
  /** The standby alone (DATABASE_REPLICA_URL). */
  replicaUrl: string;
  /** The standby's own single-host URL to the `simpul` database (for checks after a promotion). */
  standbyUrl: string;
  script(command: 'promote' | 'stop' | 'status'): Promise<string>;
  /** The primary postmaster's pid (to kill it). */
  primaryPid(): number;
  /** Stops both (whatever still runs) and removes the folder. */
  remove(): Promise<void>;
}

/** Starts a pair on the two ports, in a new folder every user may traverse. */
export async function startReplicaPair(primaryPort: number, standbyPort: number): Promise<ReplicaPair> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-replica-'));
  fs.chmodSync(dir, 0o755);
  const script = async (command: string, ...args: string[]) =>
    (await run(REPLICA_SCRIPT, [command, dir, ...args], { timeout: 120_000 })).stdout;
  await script('start', String(primaryPort), String(standbyPort));
  const env = Object.fromEntries(
    fs
      .readFileSync(path.join(dir, 'env'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  const databaseUrl = env.DATABASE_URL ?? '';
  const replicaUrl = env.DATABASE_REPLICA_URL ?? '';
  return {
    dir,
    primaryPort,
    standbyPort,
    databaseUrl,
    replicaUrl,
    standbyUrl: replicaUrl,
    script: (command) => script(command),
    primaryPid: () =>
      Number(fs.readFileSync(path.join(dir, 'primary', 'postmaster.pid'), 'utf8').split('\n')[0]),
    remove: async () => {
      await script('stop').catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
