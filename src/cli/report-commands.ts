import type { Command } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

/** `simpul report CENTER FILE.pdf` and `simpul report --region CODE FILE.pdf`: the printable reports. */
export function registerReportCommands(program: Command): void {
  program
    .command('report')
    .description(
      d({
        id: 'tulis laporan sentra (id atau nama) atau, dengan --region, laporan kabupaten/kota sebagai PDF A4',
        en: "write a centre's report (id or name) or, with --region, a regency's or city's report as an A4 PDF",
      }),
    )
    .argument(
      '<center-or-file>',
      d({ id: 'sentra (tanpa --region) atau berkas PDF', en: 'centre (without --region) or PDF file' }),
    )
    .argument('[file]', d({ id: 'berkas PDF', en: 'PDF file' }))
    .option(
      '--region <code>',
      d({ id: 'kode kabupaten/kota (mis. 33.20)', en: 'regency or city code (e.g. 33.20)' }),
    )
    .action(lazyAction(() => import('./report-actions.ts'), 'reportCommand'));
}
