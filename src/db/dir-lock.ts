import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Runs `work` while holding a lock directory (mkdir is atomic). A lock left by a dead process is
 * taken over; otherwise waits up to `timeoutMs`.
 */
export async function withDirLock<T>(
  lockDir: string,
  work: () => Promise<T>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (true) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(`${lockDir}/pid`, String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (holderIsDead(lockDir)) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for lock ${lockDir}`);
      await sleep(50);
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

function holderIsDead(lockDir: string): boolean {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(`${lockDir}/pid`, 'utf8'));
  } catch {
    return false; // the holder is between mkdir and writing its pid
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}
