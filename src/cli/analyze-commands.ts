import type { Command } from 'commander';
import { DEFAULT_BATCH_SIZE } from '../networks/analysis/batch-size.ts';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

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
    .action(lazyAction(() => import('./analyze-actions.ts'), 'runAnalyze'));
}
