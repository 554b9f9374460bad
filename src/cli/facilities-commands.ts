import { type Command, Option } from 'commander';
import { FACILITY_KINDS, FACILITY_STATUSES } from '../facilities/facilities.constants.ts';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

const load = () => import('./facilities-actions.ts');
const json = () => ['--json', d({ id: 'keluaran JSON', en: 'JSON output' })] as const;

const asUser = () =>
  [
    '--as <email>',
    d({
      id: 'bertindak sebagai pengguna ini (haknya diperiksa seperti di web)',
      en: 'act as this user (their rights are checked as on the web)',
    }),
  ] as const;

/** The facts of a facility as options, shared by `add` and `edit`. */
function facilityOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '--kind <kind>',
        d({
          id: 'jenis fasilitas: kiln = tungku, wastewater_plant = IPAL, showroom = ruang pamer, machine_pool = pusat mesin, other = lainnya',
          en: 'kind of facility (wastewater_plant is the IPAL)',
        }),
      ).choices([...FACILITY_KINDS]),
    )
    .option('--name <text>', d({ id: 'nama fasilitas', en: 'the facility’s name' }))
    .option(
      '--capacity <n>',
      d({ id: 'kapasitas sekaligus (bilangan positif)', en: 'capacity at once (a positive number)' }),
    )
    .option(
      '--unit <text>',
      d({ id: 'satuan kapasitas (tungku, m3/hari)', en: 'capacity unit (kilns, m3/day)' }),
    )
    .option(
      '--institution <id>',
      d({
        id: 'lembaga pengelola (harus melayani sentra)',
        en: 'managing institution (must serve the centre)',
      }),
    )
    .option(
      '--funded-by <text>',
      d({ id: 'sumber dana (mis. DAK 2019)', en: 'who paid for it (e.g. DAK 2019)' }),
    )
    .option('--built <year>', d({ id: 'tahun dibangun', en: 'year built' }))
    .option('--notes <text>', d({ id: 'catatan untuk pemesan', en: 'notes for members booking' }));
}

/** `simpul facilities list|book|add|edit`: a centre's shared facilities and their bookings from the terminal. */
export function registerFacilityCommands(program: Command): void {
  const group = program.command('facilities').description(
    d({
      id: 'fasilitas bersama sentra (tungku, IPAL, UPT…)',
      en: 'shared facilities of a centre (kiln, IPAL, UPT…)',
    }),
  );
  group
    .command('list')
    .description(
      d({
        id: 'fasilitas sentra: id, jenis, nama, pemanfaatan 90 hari, tanda menganggur',
        en: "a centre's facilities: id, kind, name, 90-day utilisation, idle flag",
      }),
    )
    .argument('<center-id>', d({ id: 'id sentra', en: 'centre id' }))
    .option(...json())
    .action(lazyAction(load, 'listFacilitiesCommand'));
  group
    .command('book')
    .description(
      d({
        id: 'pesan fasilitas untuk satu usaha anggota, hari penuh dari–sampai (tanggal bentrok ditolak)',
        en: 'book a facility for a member firm, whole days from–to (overlapping days are refused)',
      }),
    )
    .argument(
      '<facility-id>',
      d({ id: 'id fasilitas (lihat facilities list)', en: 'facility id (see facilities list)' }),
    )
    .requiredOption(
      '--as <email>',
      d({
        id: 'bertindak sebagai pengguna ini (haknya diperiksa seperti di web)',
        en: 'act as this user (their rights are checked as on the web)',
      }),
    )
    .option('--firm <id>', d({ id: 'usaha anggota yang memesan', en: 'the member firm booking' }))
    .option('--from <YYYY-MM-DD>', d({ id: 'hari pertama', en: 'first day' }))
    .option(
      '--to <YYYY-MM-DD>',
      d({ id: 'hari terakhir (sama untuk satu hari)', en: 'last day (the same for one day)' }),
    )
    .option('--purpose <text>', d({ id: 'keperluan', en: 'purpose' }))
    .option(...json())
    .action(lazyAction(load, 'bookFacilityCommand'));
  facilityOptions(
    group
      .command('add')
      .description(
        d({
          id: 'catat fasilitas bersama baru di sentra (pengelola sentra dan Dinas dalam cakupannya)',
          en: 'record a new shared facility of a centre (centre managers and Dinas in scope)',
        }),
      )
      .argument('<center-id>', d({ id: 'id sentra', en: 'centre id' }))
      .requiredOption(...asUser()),
  )
    .option(...json())
    .action(lazyAction(load, 'addFacilityCommand'));
  facilityOptions(
    group
      .command('edit')
      .description(
        d({
          id: 'ubah fasilitas: hanya isian yang disebut; --status archived mengarsipkannya',
          en: 'change a facility: only the options given; --status archived archives it',
        }),
      )
      .argument(
        '<facility-id>',
        d({ id: 'id fasilitas (lihat facilities list)', en: 'facility id (see facilities list)' }),
      )
      .requiredOption(...asUser()),
  )
    .addOption(
      new Option('--status <status>', d({ id: 'aktif atau diarsipkan', en: 'active or archived' })).choices([
        ...FACILITY_STATUSES,
      ]),
    )
    .option(
      '--expect-version <n>',
      d({
        id: 'versi yang dibaca (versi lebih baru ditolak); tanpa ini: versi saat ini',
        en: 'the version read (a newer one is refused); without it: the current version',
      }),
    )
    .option(...json())
    .action(lazyAction(load, 'editFacilityCommand'));
}
