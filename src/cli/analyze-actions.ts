// The action of `simpul analyze`, loaded when it runs (analyze-commands.ts registers it).
import { SingleBar } from 'cli-progress';
import { resolveCenter } from '../centers/centers.service.ts';
import { refreshAnalyses } from '../networks/analysis/analysis.service.ts';
import { analyzeCenters } from '../networks/analysis/analyze-all.ts';
import { DateSchema } from '../shared/dates.ts';
import { AppError } from '../shared/errors.ts';
import { currentLang, tr } from '../shared/i18n.ts';
import { say } from './action.ts';
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
}

const M = {
  oneOf: {
    id: 'Pilih tepat satu: --center ID atau --all (ID boleh nama persis sentra)',
    en: "Choose exactly one: --center ID or --all (ID may be the centre's exact name)",
  },
  badDate: {
    id: 'Tanggal harus berbentuk YYYY-MM-DD: {value}',
    en: 'The date must look like YYYY-MM-DD: {value}',
  },
  badBatch: {
    id: 'Ukuran batch harus bilangan bulat positif',
    en: 'The batch size must be a positive integer',
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

function checkOptions(options: AnalyzeCommandOptions): { at: string | null; batchSize: number } {
  if ((options.center === undefined) === (options.all !== true)) throw invalid('--center', tr(M.oneOf));
  if (options.at !== undefined && !DateSchema.safeParse(options.at).success) {
    throw invalid('--at', tr(M.badDate, { value: options.at }));
  }
  const batchSize = Number(options.batch);
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw invalid('--batch', tr(M.badBatch));
  return { at: options.at ?? null, batchSize };
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

/** `simpul analyze`: one centre's analysis refreshed (and printed), or every centre's, batch by batch. */
export async function runAnalyze(options: AnalyzeCommandOptions): Promise<void> {
  const { at, batchSize } = checkOptions(options);
  await withDatabase(async ({ db }) => {
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
