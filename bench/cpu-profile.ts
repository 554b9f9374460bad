/**
 * In-process CPU profiling of one stretch of a bench (`BENCH_PROFILE=1`): where the server's own CPU time
 * went while a load generator in another process drove it, summed by self time per package or source
 * file and per function. The inspector samples only this process, so the load generator is not counted.
 */

import { Session } from 'node:inspector/promises';

/** Whether benches profile their measured stretches (`BENCH_PROFILE=1`). */
export const PROFILE = process.env.BENCH_PROFILE === '1';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** Runs `work`, and with BENCH_PROFILE=1 prints the top self-time entries of this process meanwhile. */
export async function profiled<T>(label: string, work: () => Promise<T>): Promise<T> {
  if (!PROFILE) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const result = await work();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const nodes = new Map((profile.nodes as ProfileNode[]).map((n) => [n.id, n]));
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples?.forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame;
    const dt = profile.timeDeltas?.[i] ?? 0;
    if (!frame) return;
    total += dt;
    const place = where(frame.url, frame.functionName);
    byPlace.set(place, (byPlace.get(place) ?? 0) + dt);
    const fn = `${frame.functionName || '(anonymous)'} ${place}:${frame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `    ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n');
  console.log(`  CPU profile of the server during "${label}" (self time):\n${top(byPlace, 10)}`);
  console.log(`  top functions:\n${top(byFunction, 10)}`);
  return result;
}

/** A package name, a source file, or V8's own category ((garbage collector), (idle), (program)). */
function where(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : 'node internals';
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1] as string;
  if (url.startsWith('node:')) return url;
  const src = url.match(/\/((?:src|bench)\/.*)$/);
  return src ? (src[1] as string) : url;
}
