// The actions of `simpul jobs …`, loaded when one runs (jobs-commands.ts registers them).
import { JobStateSchema } from '../jobs/jobs.schema.ts';
import { cancelJob, listJobs, retryJob } from '../jobs/jobs.service.ts';
import { say } from './action.ts';
import { words } from './cli-lang.ts';
import { withDatabase } from './runtime.ts';

const W = {
  none: { id: 'Tidak ada tugas.', en: 'No jobs.' },
  retried: {
    id: 'Tugas {id} ({task}) dijadwalkan ulang sekarang.',
    en: 'Job {id} ({task}) rescheduled for now.',
  },
  cancelled: { id: 'Tugas {id} ({task}) dibatalkan.', en: 'Job {id} ({task}) cancelled.' },
  states: {
    waiting: { id: 'menunggu', en: 'waiting' },
    running: { id: 'berjalan', en: 'running' },
    failed: { id: 'gagal', en: 'failed' },
    done: { id: 'selesai', en: 'done' },
  },
};

/** `simpul jobs list`: one line per job (tab-separated; --json for the API's shape). */
export async function listJobsCommand(options: {
  status?: string;
  limit: string;
  json?: boolean;
}): Promise<void> {
  await withDatabase(async ({ db }) => {
    const status = options.status ? JobStateSchema.parse(options.status) : undefined;
    const jobs = await listJobs(db, { status, limit: Number(options.limit) });
    if (options.json) {
      process.stdout.write(`${JSON.stringify(jobs, null, 2)}\n`);
      return;
    }
    if (jobs.length === 0) say(words(W.none));
    for (const j of jobs) {
      const state = words(W.states[j.state]);
      process.stdout.write(
        `${j.id}\t${j.task}\t${state}\t${j.attempts}/${j.maxAttempts}\t${j.updatedAt}\t${j.key ?? '-'}\t${j.error ?? ''}\n`,
      );
    }
  });
}

/** `simpul jobs retry ID`. */
export async function retryJobCommand(id: string): Promise<void> {
  await withDatabase(async ({ db }) => {
    const job = await retryJob(db, id);
    say(words(W.retried, { id: job.id, task: job.task }));
  });
}

/** `simpul jobs cancel ID`. */
export async function cancelJobCommand(id: string): Promise<void> {
  await withDatabase(async ({ db }) => {
    const job = await cancelJob(db, id);
    say(words(W.cancelled, { id: job.id, task: job.task }));
  });
}
