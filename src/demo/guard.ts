import type { Db } from '../db/database.ts';
import { AppError, type ErrorDetail } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import type { DemoDataset } from './dataset.ts';

const OTHER_DEMO = {
  id: 'Data demo dengan seed lain (atau data lain dengan id eksternal yang sama) sudah ada: {count} baris. Muat dengan --reset untuk menggantinya.',
  en: 'Demo data from another seed (or other data with the same external ids) is already loaded: {count} rows. Load with --reset to replace it.',
};
const CLASH = { id: '{value} sudah dipakai oleh baris lain.', en: '{value} is already used by another row.' };

/**
 * Refuses to load when rows with the demo's external ids or NIBs exist under other ids (typically the
 * demo of another seed), or a tie with a demo id links other firms: inserting would otherwise skip those
 * rows and break the links to them.
 */
export async function assertNoClash(db: Db, dataset: DemoDataset): Promise<void> {
  const all = (
    pick: (b: DemoDataset['batches'][number]) => { id?: string; key: string | null | undefined }[],
  ) => dataset.batches.flatMap(pick).filter((r): r is { id: string; key: string } => !!r.id && !!r.key);
  const centers = all((b) => b.rows.centers.map((r) => ({ id: r.id, key: r.external_id })));
  const enterprises = all((b) => b.rows.enterprises.map((r) => ({ id: r.id, key: r.external_id })));
  const nibs = all((b) => b.rows.enterprises.map((r) => ({ id: r.id, key: r.nib })));
  const institutions = all((b) => b.rows.institutions.map((r) => ({ id: r.id, key: r.external_id })));
  const found = [
    ...(await clashes(db, 'centers', 'external_id', centers)),
    ...(await clashes(db, 'enterprises', 'external_id', enterprises)),
    ...(await clashes(db, 'enterprises', 'nib', nibs)),
    ...(await clashes(db, 'institutions', 'external_id', institutions)),
    ...(await tieClashes(db, dataset)),
  ];
  if (found.length === 0) return;
  const details: ErrorDetail[] = found
    .slice(0, 20)
    .map((c) => ({ path: `${c.table}.${c.column}`, message: tr(CLASH, { value: c.value }) }));
  throw new AppError('conflict', tr(OTHER_DEMO, { count: found.length }), details);
}

async function clashes(
  db: Db,
  table: 'centers' | 'enterprises' | 'institutions',
  column: 'external_id' | 'nib',
  planned: { id: string; key: string }[],
): Promise<{ table: string; column: string; value: string }[]> {
  if (planned.length === 0) return [];
  const ours = new Map(planned.map((p) => [p.key, p.id]));
  const rows = await db
    .selectFrom(table)
    .select(['id', `${column} as value`] as const)
    .where(column, 'in', [...ours.keys()])
    .execute();
  return rows
    .filter((r) => r.value !== null && ours.get(r.value) !== r.id)
    .map((r) => ({ table, column, value: String(r.value) }));
}

/** Ties have no external id; one with a demo id but another type or other ends is a clash. */
async function tieClashes(
  db: Db,
  dataset: DemoDataset,
): Promise<{ table: string; column: string; value: string }[]> {
  const signature = (r: { type: string; from_enterprise_id: string; to_enterprise_id?: string | null }) =>
    `${r.type}|${r.from_enterprise_id}|${r.to_enterprise_id ?? ''}`;
  const ours = new Map<string, string>();
  for (const batch of dataset.batches) {
    for (const tie of batch.rows.interactions) if (tie.id) ours.set(tie.id, signature(tie));
  }
  if (ours.size === 0) return [];
  const rows = await db
    .selectFrom('interactions')
    .select(['id', 'type', 'from_enterprise_id', 'to_enterprise_id'])
    .where('id', 'in', [...ours.keys()])
    .execute();
  return rows
    .filter((r) => ours.get(r.id) !== signature(r))
    .map((r) => ({ table: 'interactions', column: 'id', value: r.id }));
}
