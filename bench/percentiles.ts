/** Sequential timing of one call, for the benches that ask one thing at a time. */

/** p50 and p95 of the timed calls, and the slowest warm-up call, all in ms. */
export interface Percentiles {
  p50: number;
  p95: number;
  coldMax: number;
}

/**
 * p50 and p95 in ms of `samples` calls of `work` after `warmups` untimed ones, and the slowest warm-up call.
 * A serving process is warm: its first calls after a start pay for JIT compilation and cold caches, so a
 * target is read on the steady state and the cold calls are reported beside it.
 */
export async function percentiles(
  work: () => Promise<unknown>,
  samples = 30,
  warmups = 3,
): Promise<Percentiles> {
  let coldMax = 0;
  for (let i = 0; i < warmups; i++) {
    const t = performance.now();
    await work();
    coldMax = Math.max(coldMax, performance.now() - t);
  }
  const spent: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t = performance.now();
    await work();
    spent.push(performance.now() - t);
  }
  spent.sort((a, b) => a - b);
  const at = (q: number) => spent[Math.min(spent.length - 1, Math.floor(q * spent.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), coldMax };
}
