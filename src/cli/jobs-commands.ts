import { type Command, Option } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

const jobs = () => import('./jobs-actions.ts');

/** `simpul worker` and `simpul jobs …`: the job queue from the terminal. */
export function registerJobCommands(program: Command): void {
  program
    .command('worker')
    .description(
      d({
        id: 'jalankan pekerja antrean tugas sebagai proses tersendiri (boleh beberapa, pada basis data yang sama)',
        en: 'run job-queue workers as a process of their own (any number of them, on the same database)',
      }),
    )
    .option('--concurrency <n>', d({ id: 'tugas yang dijalankan sekaligus', en: 'jobs run at once' }), '2')
    .option(
      '--metrics-port <port>',
      d({
        id: 'sajikan metrik Prometheus di GET /metrics pada port ini (HOST; perlu SIMPUL_METRICS_TOKEN)',
        en: 'serve Prometheus metrics at GET /metrics on this port (HOST; needs SIMPUL_METRICS_TOKEN)',
      }),
    )
    .action(lazyAction(() => import('./worker-actions.ts'), 'workerCommand'));

  const group = program
    .command('jobs')
    .description(d({ id: 'lihat dan kelola antrean tugas', en: 'show and manage the job queue' }));
  group
    .command('list')
    .description(
      d({
        id: 'daftar tugas: menunggu, berjalan, gagal (dengan galatnya) dan selesai sehari terakhir',
        en: 'list jobs: waiting, running, failed (with their error) and done in the last day',
      }),
    )
    .addOption(
      new Option('--status <status>', d({ id: 'hanya keadaan ini', en: 'only this state' })).choices([
        'waiting',
        'running',
        'failed',
        'done',
      ]),
    )
    .option('--limit <n>', d({ id: 'paling banyak', en: 'at most' }), '100')
    .option('--json', d({ id: 'keluaran JSON', en: 'JSON output' }))
    .action(lazyAction(jobs, 'listJobsCommand'));
  group
    .command('retry')
    .description(
      d({
        id: 'jalankan lagi tugas yang menunggu atau gagal, sekarang',
        en: 'run a waiting or failed job again, now',
      }),
    )
    .argument('<id>', d({ id: 'nomor tugas (lihat jobs list)', en: 'job number (see jobs list)' }))
    .action(lazyAction(jobs, 'retryJobCommand'));
  group
    .command('cancel')
    .description(
      d({
        id: 'batalkan tugas yang menunggu (tetap tercantum sebagai gagal)',
        en: 'cancel a waiting job (it stays listed as failed)',
      }),
    )
    .argument('<id>', d({ id: 'nomor tugas (lihat jobs list)', en: 'job number (see jobs list)' }))
    .action(lazyAction(jobs, 'cancelJobCommand'));
}
