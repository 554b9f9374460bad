import type { Command } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

const interventions = () => import('./interventions-actions.ts');

const asUser = () =>
  [
    '--as <email>',
    d({
      id: 'bertindak sebagai pengguna ini (haknya diperiksa seperti di web)',
      en: 'act as this user (their rights are checked as on the web)',
    }),
  ] as const;
/** A repeatable option's values, in the order typed (`--firm A --firm B`). */
const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The options of an intervention's fields, for `add` and `edit` (`edit` takes each as a change). */
function fieldOptions(command: Command): Command {
  return command
    .option(
      '--type <kind>',
      d({
        id: 'jenis: dak_revitalisation, machine_grant, training, tpl_visit, promotion, certification, other',
        en: 'kind: dak_revitalisation, machine_grant, training, tpl_visit, promotion, certification, other',
      }),
    )
    .option('--title <text>', d({ id: 'judul singkat', en: 'a short title' }))
    .option('--start <YYYY-MM-DD>', d({ id: 'tanggal mulai', en: 'start date' }))
    .option(
      '--end <YYYY-MM-DD>',
      d({ id: 'tanggal selesai ("" mengosongkan)', en: 'end date ("" clears it)' }),
    )
    .option(
      '--cost <rupiah>',
      d({ id: 'biaya dalam rupiah ("" mengosongkan)', en: 'cost in rupiah ("" clears it)' }),
    )
    .option(
      '--funder <kind>',
      d({ id: 'sumber dana: apbn, apbd, dak, csr, other', en: 'funder: apbn, apbd, dak, csr, other' }),
    )
    .option('--funder-name <text>', d({ id: 'nama pemberi dana', en: "the funder's name" }))
    .option(
      '--firm <id>',
      d({
        id: 'IKM penerima (ulangi untuk beberapa; pada edit menggantikan daftar)',
        en: 'a beneficiary firm (repeat for several; on edit it replaces the list)',
      }),
      collect,
    )
    .option(
      '--institution <id>',
      d({
        id: 'lembaga penerima (ulangi untuk beberapa; pada edit menggantikan daftar)',
        en: 'a beneficiary institution (repeat for several; on edit it replaces the list)',
      }),
      collect,
    )
    .option('--notes <text>', d({ id: 'catatan', en: 'notes' }));
}

/** `simpul interventions list|effect|add|edit|delete`: a centre's programmes and their before/after from the terminal. */
export function registerInterventionCommands(program: Command): void {
  const group = program.command('interventions').description(
    d({
      id: 'intervensi sentra (DAK, hibah mesin, pelatihan, TPL…) dan dampaknya',
      en: "a centre's interventions (DAK, machine grants, training, TPL…) and their effect",
    }),
  );
  group
    .command('list')
    .description(
      d({
        id: 'daftar intervensi sentra: id, jenis, judul, tanggal, biaya, sumber dana',
        en: "list a centre's interventions: id, kind, title, dates, cost, funder",
      }),
    )
    .argument('<centerId>', d({ id: 'id sentra', en: 'centre id' }))
    .option('--json', d({ id: 'keluaran JSON', en: 'JSON output' }))
    .action(lazyAction(interventions, 'listInterventionsCommand'));
  group
    .command('effect')
    .description(
      d({
        id: 'sebelum/sesudah satu intervensi, selisih-dalam-selisih, sentra pembanding dan catatan kehati-hatian',
        en: 'before/after of one intervention, difference-in-differences, comparison centres and caveats',
      }),
    )
    .argument(
      '<id>',
      d({ id: 'id intervensi (lihat interventions list)', en: 'intervention id (see interventions list)' }),
    )
    .option('--json', d({ id: 'keluaran JSON', en: 'JSON output' }))
    .action(lazyAction(interventions, 'interventionEffectCommand'));
  fieldOptions(
    group
      .command('add')
      .description(
        d({
          id: 'catat intervensi sentra (penerima di luar sentra ditolak, tidak ada yang ditulis)',
          en: "record a centre's intervention (beneficiaries outside the centre are refused, nothing written)",
        }),
      )
      .argument('<centerId>', d({ id: 'id sentra', en: 'centre id' }))
      .requiredOption(...asUser()),
  )
    .option('--json', d({ id: 'keluaran JSON', en: 'JSON output' }))
    .action(lazyAction(interventions, 'addInterventionCommand'));
  fieldOptions(
    group
      .command('edit')
      .description(
        d({
          id: 'ubah intervensi: hanya opsi yang diberikan yang berubah',
          en: 'change an intervention: only the options given change',
        }),
      )
      .argument('<id>', d({ id: 'id intervensi', en: 'intervention id' }))
      .requiredOption(...asUser())
      .option(
        '--expect-version <n>',
        d({
          id: 'versi yang terakhir dibaca (ditolak bila orang lain sudah mengubahnya); tanpa ini, versi saat ini',
          en: 'the version last read (refused when someone changed it since); without it, the current one',
        }),
      ),
  )
    .option('--json', d({ id: 'keluaran JSON', en: 'JSON output' }))
    .action(lazyAction(interventions, 'editInterventionCommand'));
  group
    .command('delete')
    .description(
      d({
        id: 'hapus intervensi yang salah dicatat (perlu --yes)',
        en: 'delete an intervention recorded in error (needs --yes)',
      }),
    )
    .argument('<id>', d({ id: 'id intervensi', en: 'intervention id' }))
    .requiredOption(...asUser())
    .option('--yes', d({ id: 'ya, hapus', en: 'yes, delete it' }))
    .action(lazyAction(interventions, 'deleteInterventionCommand'));
}
