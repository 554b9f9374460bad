import type { Command } from 'commander';
import { DEFAULT_BATCH_SIZE } from '../networks/analysis/batch-size.ts';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

/**
 * `simpul analyze --center ID|NAME | --all [--local] [--no-wait] [--at DATE] | --status [RUN]`: compute and
 * store centre analyses, every centre's on the job queue's workers unless `--local`.
 */
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
        id: 'semua sentra: dibagi ke pekerja antrean (`simpul worker`), kemajuan dan perkiraan sisa waktu diikuti',
        en: 'every centre: handed to the job workers (`simpul worker`), progress and ETA followed',
      }),
    )
    .option(
      '--local',
      d({
        id: 'dengan --all: hitung di proses ini, per batch, tanpa pekerja',
        en: 'with --all: compute in this process, batch by batch, without workers',
      }),
    )
    .option(
      '--no-wait',
      d({
        id: 'dengan --all: antrekan lalu kembali, mencetak id proses',
        en: 'with --all: queue the run and return, printing its id',
      }),
    )
    .option(
      '--chunk <n>',
      d({
        id: 'sentra per tugas antrean dengan --all (bawaan: sekitar 200 tugas, 5–200 sentra per tugas)',
        en: 'centres per queue job with --all (default: about 200 jobs, 5–200 centres each)',
      }),
    )
    .option(
      '--status [run]',
      d({
        id: 'tampilkan proses analisis (bawaan: yang terakhir)',
        en: 'show an analysis run (default: the latest)',
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
      d({ id: 'sentra per batch dengan --all --local', en: 'centres per batch with --all --local' }),
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
