// The actions of `simpul pools …`, loaded when one runs (pools-commands.ts registers them).
import { POOL_STATUS_LABELS } from '../pools/pools.constants.ts';
import { type Pool, PoolListQuerySchema, type PoolSummary } from '../pools/pools.schema.ts';
import { closePool, getPool, listPools } from '../pools/pools.service.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { say } from './action.ts';
import { words } from './cli-lang.ts';
import { withDatabase } from './runtime.ts';

/** The options of `simpul pools list`. */
export interface ListOptions {
  center?: string;
  institution?: string;
  status?: string;
  json?: boolean;
}

const PAGE = 500;
const money = (n: number) => `Rp ${Math.round(n).toLocaleString('id-ID')}`;
const status = (pool: PoolSummary) => tr(POOL_STATUS_LABELS[pool.status]);

/** `simpul pools list`: every pool (the operator sees all), as lines or JSON. */
export async function listPoolsCommand(options: ListOptions): Promise<void> {
  const parsed = PoolListQuerySchema.safeParse({
    centerId: options.center,
    institutionId: options.institution,
    status: options.status,
    limit: PAGE,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message = issue?.message ?? '';
    throw new AppError('validation_failed', message, [
      { path: `--${String(issue?.path[0] ?? '')}`, message },
    ]);
  }
  await withDatabase(async ({ db }) => {
    const page = await listPools(db, parsed.data, undefined);
    if (options.json) {
      process.stdout.write(`${JSON.stringify(page.items, null, 2)}\n`);
    } else {
      for (const p of page.items) {
        const totals = `${p.pledgedTotal}/${p.minimumTotal} ${p.unit}`;
        process.stdout.write(
          `${p.id}\t${p.material}\t${p.institutionName}\t${status(p)}\t${totals}\t${p.closingDate}\n`,
        );
      }
    }
    say(words({ id: '{n} pembelian bersama', en: '{n} pools' }, { n: page.total }));
  });
}

/** `simpul pools show ID`: tiers, shares and savings, as text or JSON. */
export async function showPoolCommand(id: string, options: { json?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => print(await getPool(db, id), options.json));
}

/** `simpul pools close ID`: closes at the pool's current version (refused below the minimum). */
export async function closePoolCommand(id: string, options: { json?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const current = await getPool(db, id);
    print(await closePool(db, id, { version: current.version }), options.json);
  });
}

function print(pool: Pool, json: boolean | undefined): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(pool, null, 2)}\n`);
    return;
  }
  const lines = [
    `${pool.material} — ${pool.institutionName} (${pool.centerName}) — ${status(pool)}`,
    words(
      {
        id: 'Pemasok {supplier}; tutup {date}; total janji {total} dari minimum {minimum} {unit}',
        en: 'Supplier {supplier}; closes {date}; pledged {total} of a minimum {minimum} {unit}',
      },
      {
        supplier: pool.supplierName,
        date: pool.closingDate,
        total: pool.pledgedTotal,
        minimum: pool.minimumTotal,
        unit: pool.unit,
      },
    ),
    ...pool.tiers.map((t) => `${t.current ? '▶' : ' '} ≥ ${t.minTotal} ${pool.unit}: ${money(t.unitPrice)}`),
    ...pool.shares.map(
      (s) => `  ${s.enterpriseName}\t${s.quantity} ${pool.unit}\t${money(s.cost)}\t-${money(s.savings)}`,
    ),
    words(
      { id: 'Penghematan dibanding beli sendiri: {savings}', en: 'Savings against buying alone: {savings}' },
      {
        savings: money(pool.totals.savings),
      },
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
