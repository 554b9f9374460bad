import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { resolveCenter } from '../centers/centers.service.ts';
import { refreshAnalyses } from '../networks/analysis/analysis.service.ts';
import { analyzeCenters, DEFAULT_BATCH_SIZE } from '../networks/analysis/analyze-all.ts';
import { DateSchema } from '../shared/dates.ts';
import { AppError } from '../shared/errors.ts';
import { currentLang, tr } from '../shared/i18n.ts';
import { d } from './cli-lang.ts';
import { CLI_MESSAGES as W } from './cli-messages.ts';
import { action, say, withDatabase } from './runtime.ts';

interface AnalyzeCommandOptions {
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

async function runAnalyze(options: AnalyzeCommandOptions): Promise<void> {
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

/** `simpul analyze --center ID|NAME | --all [--at DATE]`: compute and store centre analyses. */
export function registerAnalyzeCommands(program: Command): void {
  program
    .command('analyze')
    .description(
      d({
        id: 'analisis jaringan sentra (indikator, pola, kubu, perantara) dan simpan hasilnya',
        en: 'analyse centre networks (indicators, pattern, camps, brokers) and store the results',
      }),
    )
    .option(
      '--center <center>',
      d({ id: 'satu sentra: id atau nama persisnya', en: 'one centre: its id or exact name' }),
    )
    .option(
      '--all',
      d({
        id: 'semua sentra, per batch, ikatan dimuat sekaligus',
        en: 'every centre, in batches, loading ties set-based',
      }),
    )
    .option(
      '--at <date>',
      d({
        id: 'analisis jaringan pada tanggal ini (YYYY-MM-DD); bawaan: semua ikatan yang pernah tercatat',
        en: 'analyse the network on this date (YYYY-MM-DD); default: every tie ever recorded',
      }),
    )
    .option(
      '--force',
      d({ id: 'hitung ulang hasil yang masih mutakhir', en: 'recompute results that are still current' }),
    )
    .option(
      '--batch <n>',
      d({ id: 'sentra per batch dengan --all', en: 'centres per batch with --all' }),
      String(DEFAULT_BATCH_SIZE),
    )
    .option(
      '--json',
      d({
        id: 'cetak analisis (dengan --center) atau ringkasan (dengan --all) sebagai JSON di stdout',
        en: 'print the analysis (with --center) or a summary (with --all) as JSON on stdout',
      }),
    )
    .action(action(runAnalyze));
}
