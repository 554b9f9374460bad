import type { Command } from 'commander';
import { CenterListQuerySchema } from '../centers/centers.schema.ts';
import { listCenters } from '../centers/centers.service.ts';
import type { Db } from '../db/database.ts';
import { CENTER_STATUS_LABELS } from '../io/labels.ts';
import { regionNames } from '../regions/regions.service.ts';
import { AppError } from '../shared/errors.ts';
import { currentLang } from '../shared/i18n.ts';
import { d, words } from './cli-lang.ts';
import { CLI_MESSAGES as W } from './cli-messages.ts';
import { action, say, withDatabase } from './runtime.ts';

interface ListOptions {
  region?: string;
  json?: boolean;
}

const PAGE = 500;
// The terminal's operator sees every centre, as in `simpul audit` without --as.
const CLI_ACTOR = { kind: 'system', label: 'cli' } as const;

/** Every centre (archived ones aside) under the region, page by page. */
async function allCenters(db: Db, region: string | undefined) {
  const parsed = CenterListQuerySchema.safeParse({ region, limit: PAGE });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? '';
    throw new AppError('validation_failed', message, [{ path: '--region', message }]);
  }
  const query = parsed.data;
  const first = await listCenters(db, CLI_ACTOR, query);
  const items = [...first.items];
  for (let offset = PAGE; offset < first.total; offset += PAGE) {
    items.push(...(await listCenters(db, CLI_ACTOR, { ...query, offset })).items);
  }
  return items;
}

async function listCommand(options: ListOptions): Promise<void> {
  await withDatabase(async ({ db }) => {
    const centers = await allCenters(db, options.region);
    const names = await regionNames(
      db,
      centers.flatMap((c) => c.regionCodes),
    );
    // A village's name alone may repeat across regencies: the code stays beside it.
    const regions = (codes: string[]) => codes.map((code) => ({ code, name: names.get(code) ?? code }));
    if (options.json) {
      const rows = centers.map((c) => ({ ...c, regions: regions(c.regionCodes) }));
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    } else {
      const en = currentLang() === 'en';
      for (const c of centers) {
        const where = regions(c.regionCodes)
          .map((r) => `${r.name} (${r.code})`)
          .join('; ');
        const status = en ? c.status : CENTER_STATUS_LABELS[c.status];
        process.stdout.write(`${c.id}\t${c.name}\t${status}\t${where}\n`);
      }
    }
    say(words(W.centersCount, { n: centers.length }));
  });
}

/** `simpul centers list`: the centres with their ids, so `--center` elsewhere can name one. */
export function registerCenterCommands(program: Command): void {
  const centers = program
    .command('centers')
    .description(d({ id: 'sentra IKM dalam registri', en: 'small-industry centres in the registry' }));
  centers
    .command('list')
    .description(
      d({
        id: 'daftar sentra: id, nama, status dan wilayahnya (nama dengan kode); id atau nama dipakai --center',
        en: 'list centres: id, name, status and regions (names with codes); --center takes the id or name',
      }),
    )
    .option(
      '--region <code>',
      d({
        id: 'hanya sentra di wilayah ini atau di bawahnya (provinsi, kabupaten/kota, kecamatan, desa)',
        en: 'only centres in this region or below it (province, regency/city, district, village)',
      }),
    )
    .option(
      '--json',
      d({ id: 'cetak sentra sebagai JSON di stdout', en: 'print the centres as JSON on stdout' }),
    )
    .action(action(listCommand));
}
