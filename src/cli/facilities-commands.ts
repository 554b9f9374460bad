import type { Command } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

const load = () => import('./facilities-actions.ts');
const json = () => ['--json', d({ id: 'keluaran JSON', en: 'JSON output' })] as const;

/** `simpul facilities list|book`: a centre's shared facilities and their bookings from the terminal. */
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
}
