import type { Command } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

const matching = () => import('./matching-actions.ts');

/**
 * `simpul requests candidates` and `simpul requests fairness`: the explained ranking and the fairness
 * report. Joins the `requests` group if another module registered it already (the requests commands).
 */
export function registerMatchingCommands(program: Command): void {
  const group =
    program.commands.find((c) => c.name() === 'requests') ??
    program
      .command('requests')
      .description(
        d({ id: 'permintaan penawaran dan oper pesanan', en: 'requests for quotation and order sharing' }),
      );
  group
    .command('candidates')
    .description(
      d({
        id: 'peringkat calon mitra sebuah permintaan, dengan alasannya (yang berkonflik dengan pemesan dipisahkan)',
        en: "a request's ranked candidates with their reasons (those in conflict with the poster set apart)",
      }),
    )
    .argument('<request>', d({ id: 'id permintaan', en: 'request id' }))
    .option('--json', d({ id: 'keluaran JSON (bentuk API)', en: "JSON output (the API's shape)" }))
    .option(
      '--include-conflicted',
      d({
        id: 'ikut peringkatkan yang berkonflik dengan pemesan',
        en: 'rank those in conflict with the poster too',
      }),
    )
    .option('--fair', d({ id: 'sebar pekerjaan ke usaha mikro', en: 'spread work to micro firms' }))
    .option(
      '--limit <n>',
      d({ id: 'paling banyak calon yang ditampilkan', en: 'most candidates shown' }),
      '50',
    )
    .action(lazyAction(matching, 'candidatesCommand'));
  group
    .command('fairness')
    .description(
      d({
        id: 'koefisien Gini volume yang diberikan per sentra dan kuartal, dan pengaruh opsi keadilan (diputar ulang)',
        en: 'Gini coefficient of awarded volume per centre and quarter, and what the fairness option changes (replayed)',
      }),
    )
    .option('--center <id...>', d({ id: 'hanya sentra ini', en: 'only these centres' }))
    .option(
      '--seed <n>',
      d({ id: 'benih permintaan yang diputar ulang', en: 'seed of the replayed requests' }),
      '18',
    )
    .option('--json', d({ id: 'keluaran JSON', en: 'JSON output' }))
    .action(lazyAction(matching, 'fairnessCommand'));
}
