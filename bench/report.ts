/**
 * The frame every bench prints, so that a figure in docs/PERFORMANCE.md can be reproduced and judged: the
 * command, the date, the machine, the load average before and after, and the headline lines that
 * `npm run bench:all` gathers into one table.
 */

import { cpus, loadavg } from 'node:os';
import path from 'node:path';

/** `--quick` (or BENCH_QUICK=1): the smaller sizes and fewer repeats that `bench:all -- --quick` runs. */
export const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';

/** What a headline line says: one measured quantity, ours beside the reference measured in the same run. */
export interface Headline {
  /** What was measured, e.g. "betweenness, ER 2,000 / 10,000, computation only". */
  what: string;
  /** Simpul's figure with its unit, e.g. "412 ms" or "1,830 req/s". */
  ours: string;
  /** The reference's figure measured in the same run (named), or "—" where there is none. */
  reference: string;
  /** Reference ÷ ours (or the target met), e.g. "1.62× igraph" or "p99 38 ms < 50 ms". */
  ratio: string;
}

/** Marks the lines that `bench/all.ts` collects; nothing else in a bench's output starts with it. */
export const HEADLINE_MARK = 'HEADLINE\t';

const loadAverage = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** Prints the command, date, machine and load average; call `end()` after the measurements. */
export function benchStart(): { headline(line: Headline): void; end(): void } {
  const script = path.relative(process.cwd(), process.argv[1] ?? 'bench');
  const args = process.argv.slice(2).join(' ');
  console.log(`Command: node --import tsx ${script}${args ? ` ${args}` : ''}${QUICK ? ' (quick)' : ''}`);
  console.log(`Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`);
  console.log(
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores; Node ${process.version}`,
  );
  console.log(`Load average before (1, 5, 15 min): ${loadAverage()}`);
  return {
    headline(line: Headline): void {
      console.log(`${HEADLINE_MARK}${line.what}\t${line.ours}\t${line.reference}\t${line.ratio}`);
    },
    end(): void {
      console.log(`Load average after (1, 5, 15 min): ${loadAverage()}`);
    },
  };
}
