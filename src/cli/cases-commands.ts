import { type Command, Option } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

const run = () => import('./cases-actions.ts');

// Kept beside the schema's lists by cases-commands.test.ts (this module imports commander only).
const STATUSES = [
  'reported',
  'verifying',
  'mediation_scheduled',
  'in_mediation',
  'agreed',
  'not_agreed',
  'referred',
  'closed',
  'cancelled',
];
const TYPES = [
  'PRICE_UNDERCUTTING',
  'DESIGN_COPYING',
  'MISREPRESENTATION',
  'BUYER_POACHING',
  'WORKER_POACHING',
  'BREACH_OF_CONTRACT',
  'RESOURCE_COMPETITION',
  'ENVIRONMENTAL_NUISANCE',
  'GOVERNANCE_DISPUTE',
];
const json = d({ id: 'keluaran JSON', en: 'JSON output' });

/** `simpul cases …`: conflict cases, run by the operator (every read is audited as the system). */
export function registerCaseCommands(program: Command): void {
  const cases = program
    .command('cases')
    .description(d({ id: 'kasus konflik antar-IKM', en: 'conflict cases between enterprises' }));
  cases
    .command('list')
    .description(d({ id: 'daftar kasus, terbaru dulu', en: 'list cases, newest first' }))
    .option('--center <id>', d({ id: 'hanya sentra ini', en: 'only this centre' }))
    .addOption(
      new Option('--status <status>', d({ id: 'hanya status ini', en: 'only this status' })).choices(
        STATUSES,
      ),
    )
    .option('--json', json)
    .action(lazyAction(run, 'listCasesCommand'));
  cases
    .command('show <id>')
    .description(
      d({
        id: 'satu kasus lengkap (pembacaan dicatat di jejak audit)',
        en: 'one case in full (the read is audited)',
      }),
    )
    .option('--json', json)
    .action(lazyAction(run, 'showCaseCommand'));
  cases
    .command('report')
    .description(
      d({ id: 'catat laporan kasus baru (sebagai Dinas)', en: 'record a new case report (as Dinas)' }),
    )
    .requiredOption('--center <id>', d({ id: 'sentra tempat konflik', en: 'the centre of the conflict' }))
    .addOption(
      new Option('--type <type>', d({ id: 'jenis konflik', en: 'conflict type' }))
        .choices(TYPES)
        .makeOptionMandatory(),
    )
    .requiredOption('--title <text>', d({ id: 'judul singkat', en: 'a short title' }))
    .requiredOption('--description <text>', d({ id: 'apa yang terjadi', en: 'what happened' }))
    .addOption(
      new Option('--severity <level>', d({ id: 'tingkat keparahan', en: 'severity' }))
        .choices(['low', 'medium', 'high'])
        .default('medium'),
    )
    .option('--json', json)
    .action(lazyAction(run, 'reportCaseCommand'));
  cases
    .command('move <id> <status>')
    .description(d({ id: 'pindahkan kasus ke status berikutnya', en: 'move a case to its next status' }))
    .addOption(
      new Option('--referral <to>', d({ id: 'dirujuk ke', en: 'referred to' })).choices([
        'DJKI',
        'KPPU',
        'court',
        'police',
      ]),
    )
    .option('--outcome <text>', d({ id: 'hasil akhir', en: 'the outcome' }))
    .option(
      '--note <text>',
      d({
        id: 'catatan perpindahan (tampil di riwayat status)',
        en: 'note on the move (shown in the status history)',
      }),
    )
    .option('--json', json)
    .action(lazyAction(run, 'moveCaseCommand'));
}
