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
 * lines). With `databaseUrl` the command uses that database; without, it gets none from the test.
 */
export function runSimpul(
  args: readonly string[],
  options: { databaseUrl?: string; timeout?: number } = {},
): Promise<CliRun> {
  const env = options.databaseUrl ? { ...process.env, DATABASE_URL: options.databaseUrl } : process.env;
  return new Promise((resolve) => {
    execFile(
      path.resolve('bin/simpul'),
      [...args],
      { env, timeout: options.timeout ?? 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
