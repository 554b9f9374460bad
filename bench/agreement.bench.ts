/**
 * Inter-coder agreement (issue #21, point 6): Krippendorff's α of 10,000 units × 6 coders at the interval
 * level (10 % missing), target < 200 ms; the reference is NLTK's AnnotationTask.alpha on the same table in
 * the same run (scripts/reference/agreement_reference.py, Debian's python3-nltk), which also checks the value.
 */
import { spawnSync } from 'node:child_process';
import { randomTable } from '../src/analysis/agreement/random-tables.ts';
import { agreementReport, krippendorffAlpha } from '../src/analysis/index.ts';
import { benchStart, QUICK } from './report.ts';

const RUNS = QUICK ? 10 : 30;
const report = benchStart();
const table = randomTable(7, { units: 10_000, coders: 6, level: 'interval', categories: 7, missing: 0.1 });

const times: number[] = [];
let alpha = 0;
for (let i = 0; i < RUNS + 3; i++) {
  const t0 = performance.now();
  alpha = krippendorffAlpha(table, 'interval').value ?? Number.NaN;
  if (i >= 3) times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const p50 = times[Math.floor(times.length / 2)] ?? 0;
const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? 0;
const t0 = performance.now();
agreementReport(table, 'interval');
const whole = performance.now() - t0;
console.log(
  `α (interval) = ${alpha.toFixed(6)}; p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${RUNS} runs`,
);
console.log(`Whole report (percent agreement, α; Fleiss does not apply to interval): ${whole.toFixed(1)} ms`);

const python = spawnSync('/usr/bin/python3', ['scripts/reference/agreement_reference.py'], {
  input: JSON.stringify([{ level: 'interval', ...table }]),
  encoding: 'utf8',
  timeout: 600_000,
  maxBuffer: 64 * 1024 * 1024,
});
let reference = '— (NLTK not installed: apt-get install python3-nltk python3-statsmodels)';
let ratio = 'target < 200 ms';
if (python.status === 0) {
  const [nltk] = JSON.parse(python.stdout) as { krippendorffAlpha: number; alphaMs: number }[];
  if (nltk) {
    console.log(
      `NLTK α = ${nltk.krippendorffAlpha.toFixed(6)} in ${nltk.alphaMs.toFixed(0)} ms (same table)`,
    );
    if (Math.abs(nltk.krippendorffAlpha - alpha) > 1e-9) throw new Error('α differs from NLTK');
    reference = `NLTK ${nltk.alphaMs.toFixed(0)} ms`;
    ratio = `${(nltk.alphaMs / p95).toFixed(0)}× NLTK; target < 200 ms`;
  }
} else console.log(`NLTK reference not run: ${python.stderr || python.error?.message}`);
report.headline({
  what: "Krippendorff's α, 10,000 units × 6 coders, interval, p95",
  ours: `${p95.toFixed(1)} ms`,
  reference,
  ratio,
});
report.end();
