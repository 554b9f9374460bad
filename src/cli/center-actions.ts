// The action of `simpul centers list`, loaded when it runs (center-commands.ts registers it).
import { CenterListQuerySchema } from '../centers/centers.schema.ts';
import { listCenters } from '../centers/centers.service.ts';
import type { Db } from '../db/database.ts';
import { CENTER_STATUS_LABELS } from '../io/labels.ts';
import { regionNames } from '../regions/regions.service.ts';
import { AppError } from '../shared/errors.ts';
import { currentLang } from '../shared/i18n.ts';
import { say } from './action.ts';
import { words } from './cli-lang.ts';
import { CLI_MESSAGES as W } from './cli-messages.ts';
import { withDatabase } from './runtime.ts';

/** The options of `simpul centers list`. */
export interface ListOptions {
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

/** `simpul centers list`: every centre with its id, status and regions, as lines or JSON. */
export async function listCommand(options: ListOptions): Promise<void> {
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
