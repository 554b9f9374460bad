/**
 * CPU seconds spent so far by this process's reaped children (the Simpul processes a bench spawned and
 * waited for) and by every PostgreSQL process on the machine (live backends, and the exited ones through
 * their postmaster), read from /proc: where a multi-process run's core-seconds went. Linux only; zeros
 * elsewhere.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Ticks per second of /proc's times (USER_HZ: 100 on Linux). */
const HZ = 100;

/** Fields 14–17 of /proc/<pid>/stat: utime, stime, cutime, cstime (after the command's parentheses). */
function times(pid: string): { own: number; children: number; command: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const command = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    const at = (i: number) => Number(fields[i - 3]);
    return { own: at(14) + at(15), children: at(16) + at(17), command };
  } catch {
    return null;
  }
}

/** CPU seconds of reaped children of this process, and of all PostgreSQL processes. */
export function cpuSeconds(): { children: number; postgres: number } {
  const self = times('self');
  let postgres = 0;
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return { children: 0, postgres: 0 };
  }
  for (const pid of pids) {
    const t = times(pid);
    if (t?.command === 'postgres') postgres += t.own + t.children;
  }
  return { children: (self?.children ?? 0) / HZ, postgres: postgres / HZ };
}
