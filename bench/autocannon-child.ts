/**
 * The load generator of bench/autocannon-run.ts, run as its own process: autocannon with the options
 * given as JSON in the file argv[2] (the whole country's 13,762 paths do not fit in an argument list),
 * each request on the next of `paths` when given; prints the figures as JSON.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { CannonOptions, CannonResult } from './autocannon-run.ts';

const options = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as CannonOptions & { url: string };
const paths = options.paths ?? [];
let next = 0;
const spent: number[] = [];
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const instance = autocannon(
    {
      url: options.url,
      connections: options.connections,
      headers: options.headers,
      ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 10 }),
      ...(paths.length > 0
        ? {
            requests: [
              {
                setupRequest: (request: autocannon.Request) => {
                  const path = paths[next % paths.length] as string;
                  next += 1;
                  return { ...request, path };
                },
              },
            ],
          }
        : {}),
    },
    (error, done) => (error ? reject(error) : resolve(done)),
  );
  // Every answer's time, for exact percentiles (autocannon's summary has no p95).
  instance.on('response', (_client, _status, _bytes, responseTime) => spent.push(responseTime));
});
spent.sort((a, b) => a - b);
const at = (q: number) => spent[Math.min(spent.length - 1, Math.floor(q * spent.length))] ?? Number.NaN;
const figures: CannonResult = {
  rps: result.requests.total / result.duration,
  p50: at(0.5),
  p95: at(0.95),
  p99: at(0.99),
  non2xx: result.non2xx,
  errors: result.errors,
  requests: result.requests.total,
};
process.stdout.write(JSON.stringify(figures));
