// `simpul analyze --all` on the job queue and `simpul analyze --status`: start or join a run, follow it.
import { setTimeout as sleep } from 'node:timers/promises';
import { SingleBar } from 'cli-progress';
import type { Db } from '../db/database.ts';
import { queueHealth } from '../jobs/jobs.service.ts';
import type { AnalysisRun } from '../networks/analysis/analysis-runs.schema.ts';
import {
  analysisRun,
  recentAnalysisRuns,
  startAnalysisRun,
} from '../networks/analysis/analysis-runs.service.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { say } from './action.ts';

const M = {
  noWorker: {
    id: 'Tidak ada pekerja antrean yang berjalan: jalankan `simpul worker` (di mesin ini atau mesin lain), atau analisis di proses ini dengan --local',
    en: 'No job worker is running: start `simpul worker` (on this machine or another), or analyse in this process with --local',
  },
  started: {
    id: 'Proses analisis {id}: {total} sentra dalam {chunks} tugas antrean',
    en: 'Analysis run {id}: {total} centres in {chunks} queue jobs',
  },
  joined: {
    id: 'Proses analisis {id} sedang berjalan: diikuti, tidak diantrekan lagi',
    en: 'Analysis run {id} is under way: following it rather than queueing again',
  },
  noWait: {
    id: 'Pantau dengan: simpul analyze --status {id}',
    en: 'Follow it with: simpul analyze --status {id}',
  },
  none: { id: 'Belum ada proses analisis.', en: 'No analysis run yet.' },
  line: {
    id: 'Proses {id}: {state}, {done}/{total} sentra, {failed} gagal, {rate} sentra/detik, sisa {eta}',
    en: 'Run {id}: {state}, {done}/{total} centres, {failed} failed, {rate} centres/s, {eta} left',
  },
  finished: {
    id: '{done} sentra dianalisis oleh pekerja dalam {seconds} detik ({rate} sentra/detik); {failed} gagal',
    en: '{done} centres analysed by the workers in {seconds} s ({rate} centres/s); {failed} failed',
  },
  failedList: { id: 'Sentra yang gagal: {ids}', en: 'Centres that failed: {ids}' },
  running: { id: 'berjalan', en: 'running' },
  ended: { id: 'selesai', en: 'finished' },
};

/** How `analyze --all` uses the queue. */
export interface QueuedAnalyzeOptions {
  at: string | null;
  force: boolean;
  chunkSize: number | undefined;
  wait: boolean;
  json: boolean;
}

/** One line describing a run (the `--status` output and the plain progress when piped). */
function runLine(run: AnalysisRun): string {
  return tr(M.line, {
    id: run.id,
    state: tr(run.state === 'running' ? M.running : M.ended),
    done: run.done,
    total: run.total,
    failed: run.failed,
    rate: run.centersPerSecond ?? '—',
    eta: run.etaSeconds === null ? '—' : `${run.etaSeconds} s`,
  });
}

/** Polls the run once a second until it is finished, with a bar (ETA from the run's own rate) on a terminal. */
async function follow(db: Db, first: AnalysisRun): Promise<AnalysisRun> {
  const bar = process.stderr.isTTY
    ? new SingleBar({
        format: ` {bar} {value}/{total} · {rate}/s · ETA {eta_run}`,
        stream: process.stderr,
        hideCursor: true,
      })
    : null;
  bar?.start(first.total, first.done, { rate: '—', eta_run: '—' });
  let run = first;
  let lastLine = 0;
  while (run.state === 'running') {
    await sleep(1000);
    run = await analysisRun(db, run.id);
    const eta = run.etaSeconds === null ? '—' : `${run.etaSeconds} s`;
    bar?.update(run.done, { rate: run.centersPerSecond ?? '—', eta_run: eta });
    if (!bar && Date.now() - lastLine >= 5000) {
      say(runLine(run));
      lastLine = Date.now();
    }
  }
  bar?.stop();
  return run;
}

/** Starts (or joins) a run on the queue, then follows it to the end unless `wait` is false. */
export async function queuedAnalyzeAll(db: Db, options: QueuedAnalyzeOptions): Promise<void> {
  if (options.wait && (await queueHealth(db)).workers === 0) throw new AppError('conflict', tr(M.noWorker));
  const { run, joined } = await startAnalysisRun(db, options);
  say(
    joined
      ? tr(M.joined, { id: run.id })
      : tr(M.started, { id: run.id, total: run.total, chunks: run.chunks }),
  );
  if (!options.wait) {
    if ((await queueHealth(db)).workers === 0) say(tr(M.noWorker));
    say(tr(M.noWait, { id: run.id }));
    if (options.json) process.stdout.write(`${JSON.stringify(run)}\n`);
    else process.stdout.write(`${run.id}\n`);
    return;
  }
  const end = await follow(db, run);
  const seconds = end.finishedAt
    ? ((Date.parse(end.finishedAt) - Date.parse(end.startedAt)) / 1000).toFixed(1)
    : '—';
  const rate = end.centersPerSecond ?? '—';
  say(tr(M.finished, { done: end.done, failed: end.failed, seconds, rate }));
  if (end.failed > 0) {
    say(tr(M.failedList, { ids: end.failedCenterIds.join(', ') }));
    process.exitCode = 1;
  }
  if (options.json) process.stdout.write(`${JSON.stringify(end)}\n`);
}

/** `simpul analyze --status [RUN]`: the run (default: the latest) in one line, or as JSON. */
export async function showAnalysisRun(db: Db, id: string | true, json: boolean): Promise<void> {
  const run = id === true ? (await recentAnalysisRuns(db, 1))[0] : await analysisRun(db, id);
  if (!run) {
    say(tr(M.none));
    return;
  }
  say(runLine(run));
  if (run.failed > 0) say(tr(M.failedList, { ids: run.failedCenterIds.join(', ') }));
  if (json) process.stdout.write(`${JSON.stringify(run)}\n`);
}
