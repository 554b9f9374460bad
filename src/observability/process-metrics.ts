import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

// What this process does whatever serves it (the app's `/metrics`, or `simpul worker --metrics-port`):
// jobs run, centres analysed, and Node's own figures. One registry per process, created on first use.

/** The process-wide registry: job and analysis durations and prom-client's default process metrics. */
export const processRegistry = new Registry();
collectDefaultMetrics({ register: processRegistry });

/** Seconds a job's body took, by task and outcome (`done`, `failed`). */
export const jobDuration = new Histogram({
  name: 'simpul_job_duration_seconds',
  help: 'Seconds a job took to run, by task and outcome (done, failed).',
  labelNames: ['task', 'outcome'] as const,
  buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 1800],
  registers: [processRegistry],
});

/** Seconds one centre's analysis took (the CPU part, `analyzeCenter`), stored or computed on the spot. */
export const analysisDuration = new Histogram({
  name: 'simpul_analysis_duration_seconds',
  help: "Seconds one centre's network analysis took (analyzeCenter), by kind (stored, restricted).",
  labelNames: ['kind'] as const,
  buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30],
  registers: [processRegistry],
});

/** Runs `work` (one centre's analysis) and records how long it took under `kind`. */
export function timedAnalysis<T>(kind: 'stored' | 'restricted', work: () => T): T {
  const end = analysisDuration.startTimer({ kind });
  try {
    return work();
  } finally {
    end();
  }
}
