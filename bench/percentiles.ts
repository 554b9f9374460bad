/** Sequential timing of one call, for the benches that ask one thing at a time. */

const SAMPLES = 30;

/** p50 and p95 in ms of `work` over `samples` runs after 3 warm-ups. */
export async function percentiles(
  work: () => Promise<unknown>,
  samples = SAMPLES,
): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i++) await work();
  const spent: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t = performance.now();
    await work();
    spent.push(performance.now() - t);
  }
  spent.sort((a, b) => a - b);
  const at = (q: number) => spent[Math.min(spent.length - 1, Math.floor(q * spent.length))] as number;
  return { p50: at(0.5), p95: at(0.95) };
}
