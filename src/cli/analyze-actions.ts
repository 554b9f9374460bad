// The action of `simpul analyze`, loaded when it runs (analyze-commands.ts registers it).
import { SingleBar } from 'cli-progress';
import { resolveCenter } from '../centers/centers.service.ts';
import { refreshAnalyses } from '../networks/analysis/analysis.service.ts';
import { analyzeCenters } from '../networks/analysis/analyze-all.ts';
import { DateSchema } from '../shared/dates.ts';
import { AppError } from '../shared/errors.ts';
import { currentLang, tr } from '../shared/i18n.ts';
import { say } from './action.ts';
import { queuedAnalyzeAll, showAnalysisRun } from './analyze-run-actions.ts';
import { CLI_MESSAGES as W } from './cli-messages.ts';
import { withDatabase } from './runtime.ts';

/** The options of `simpul analyze`. */
export interface AnalyzeCommandOptions {
  center?: string;
  all?: boolean;
  at?: string;
  force?: boolean;
  batch: string;
  json?: boolean;
  /** `--all` in this process, as before the queue (the benchmark's reference). */
  local?: boolean;
  /** False with `--no-wait`: start the run and return its id. */
  wait: boolean;
  chunk?: string;
  /** `--status [RUN]`: true without a run id (the latest). */
  status?: string | true;
}

const M = {
  oneOf: {
    id: 'Pilih tepat satu: --center ID atau --all (ID boleh nama persis sentra) atau --status [PROSES]',
    en: "Choose exactly one: --center ID or --all (ID may be the centre's exact name) or --status [RUN]",
  },
  badDate: {
    id: 'Tanggal harus berbentuk YYYY-MM-DD: {value}',
    en: 'The date must look like YYYY-MM-DD: {value}',
  },
  badBatch: {
    id: 'Ukuran batch harus bilangan bulat positif',
    en: 'The batch size must be a positive integer',
  },
  badChunk: {
    id: 'Ukuran potongan harus bilangan bulat 1–5000',
    en: 'The chunk size must be a whole number from 1 to 5000',
  },
  progress: { id: 'Dianalisis {done}/{total} sentra', en: 'Analysed {done}/{total} centres' },
  done: {
    id: '{total} sentra dianalisis dalam {seconds} detik; hasil tersimpan',
    en: '{total} centres analysed in {seconds} s; results stored',
  },
};

function invalid(path: string, message: string): AppError {
  return new AppError('validation_failed', message, [{ path, message }]);
}

function checkOptions(options: AnalyzeCommandOptions): {
  at: string | null;
  batchSize: number;
  chunkSize: number | undefined;
} {
  const chosen = [options.center !== undefined, options.all === true, options.status !== undefined];
  if (chosen.filter(Boolean).length !== 1) throw invalid('--center', tr(M.oneOf));
  if (options.at !== undefined && !DateSchema.safeParse(options.at).success) {
    throw invalid('--at', tr(M.badDate, { value: options.at }));
  }
  const batchSize = Number(options.batch);
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw invalid('--batch', tr(M.badBatch));
  const chunkSize = options.chunk === undefined ? undefined : Number(options.chunk);
  if (chunkSize !== undefined && (!Number.isSafeInteger(chunkSize) || chunkSize < 1 || chunkSize > 5000))
    throw invalid('--chunk', tr(M.badChunk));
  return { at: options.at ?? null, batchSize, chunkSize };
}

/** Progress on stderr: a bar when a person watches, one plain line per batch when piped or logged. */
function progressReporter(): { update(done: number, total: number): void; stop(): void } {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      format: tr(W.analyzeBar),
      stream: process.stderr,
      hideCursor: true,
    });
    let started = false;
    return {
      update(done, total) {
        if (!started) bar.start(total, done);
        started = true;
        bar.update(done);
      },
      stop: () => bar.stop(),
    };
  }
  return { update: (done, total) => say(tr(M.progress, { done, total })), stop: () => {} };
}

/**
 * `simpul analyze`: one centre's analysis refreshed (and printed); every centre's handed to the job
 * queue's workers and followed (`--all`), or computed here batch by batch (`--all --local`); or a run shown.
 */
export async function runAnalyze(options: AnalyzeCommandOptions): Promise<void> {
  const { at, batchSize, chunkSize } = checkOptions(options);
  await withDatabase(async ({ db }) => {
    if (options.status !== undefined) return showAnalysisRun(db, options.status, options.json === true);
    if (options.all && !options.local) {
      const json = options.json === true;
      const force = options.force === true;
      return queuedAnalyzeAll(db, { at, force, chunkSize, wait: options.wait, json });
    }
    if (options.center !== undefined) {
      const center = await resolveCenter(db, options.center);
      const analysis = (await refreshAnalyses(db, [center.id], at, { force: options.force })).get(center.id);
      if (!analysis) return;
      const lang = currentLang();
      say(`${center.name}: ${analysis.pattern.label[lang]}. ${analysis.pattern.explanation[lang]}`);
      if (options.json) process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
      return;
    }
    const started = performance.now();
    const progress = progressReporter();
    const { total } = await analyzeCenters(db, {
      at,
      force: options.force,
      batchSize,
      onProgress: (done, all) => progress.update(done, all),
    });
    progress.stop();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    say(tr(M.done, { total, seconds }));
    if (options.json)
      process.stdout.write(`${JSON.stringify({ centers: total, seconds: Number(seconds) })}\n`);
  });
}
