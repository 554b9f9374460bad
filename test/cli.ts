import { execFile } from 'node:child_process';
import path from 'node:path';

/** What a run of the CLI printed, and its exit code. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `./bin/simpul …` as a user would from a terminal (not a TTY here, so progress comes as plain
 * lines). With `databaseUrl` the command uses that database; without, it gets none from the test; `input`
 * is what arrives on stdin; `env` adds variables (SIMPUL_LANG, say).
 */
export function runSimpul(
  args: readonly string[],
  options: { databaseUrl?: string; timeout?: number; input?: string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  const env = {
    ...process.env,
    ...(options.databaseUrl && { DATABASE_URL: options.databaseUrl }),
    ...options.env,
  };
  return new Promise((resolve) => {
    const child = execFile(
      path.resolve('bin/simpul'),
      [...args],
      { env, timeout: options.timeout ?? 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    // Piped stdin, as `echo secret | simpul user create …`; closed at once when there is none.
    child.stdin?.end(options.input ?? '');
  });
}
