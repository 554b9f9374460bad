import { currentActor, withActor } from '../auth/actor.ts';
import { type Db, inTransaction } from '../db/database.ts';
import { errors } from '../shared/errors.ts';
import { currentLang, tr } from '../shared/i18n.ts';
import type { DemoDataset } from './dataset.ts';
import { DEFAULT_DEMO_SEED } from './demo-seed.ts';
import { addDemoDesigns } from './design-ledger.ts';
import { buildDemoDataset } from './generate.ts';
import { assertNoClash } from './guard.ts';
import { addDemoAssessments } from './institution-assessments.ts';
import { addDemoInterventions } from './interventions.ts';
import { addDemoScenario } from './scenarios.ts';
import { clearRegistry, insertRows } from './writer.ts';

export { DEFAULT_DEMO_SEED } from './demo-seed.ts';

export interface DemoOptions {
  /** Seed of the generator; the same seed gives the same rows and ids. */
  seed?: number;
  /** Delete all registry data (every table but `regions`) first. */
  reset?: boolean;
  /** Receives one line for the Dinas offices, then one per loaded centre. */
  onProgress?: (message: string) => void;
}

const MESSAGES = {
  badSeed: {
    id: 'Seed harus bilangan bulat 0 atau lebih.',
    en: 'The seed must be a whole number, 0 or more.',
  },
  offices: {
    id: 'Dinas: {institutions} kantor, {people} pejabat',
    en: 'Dinas: {institutions} offices, {people} officials',
  },
  center: {
    id: '[{n}/{total}] {name}: {enterprises} IKM, {institutions} lembaga, {ties} ikatan',
    en: '[{n}/{total}] {name}: {enterprises} enterprises, {institutions} institutions, {ties} ties',
  },
  summary: {
    id: '{centers} sentra, {enterprises} IKM, {people} orang, {institutions} lembaga, {years} baris data tahunan, {ties} ikatan (seed {seed})',
    en: '{centers} centres, {enterprises} enterprises, {people} people, {institutions} institutions, {years} yearly rows, {ties} ties (seed {seed})',
  },
  unchanged: { id: 'sudah ada; tidak ada yang berubah', en: 'already there; nothing changed' },
  added: { id: '{rows} baris baru', en: '{rows} new rows' },
};

/**
 * Loads the deterministic demo dataset — the 14 real centres of DOMAIN.md §10 with synthetic firms,
 * people, yearly figures, institutions and interaction ties — in one transaction; returns a one-line
 * summary. Loading the same seed again changes nothing; other data stays unless `reset` is set.
 */
export async function loadDemo(db: Db, options: DemoOptions = {}): Promise<string> {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw errors.validation([{ path: 'seed', message: tr(MESSAGES.badSeed) }]);
  }
  const dataset = buildDemoDataset(seed);
  const progress = options.onProgress ?? (() => {});
  const load = async (trx: Db) => {
    if (options.reset) await clearRegistry(trx);
    await assertNoClash(trx, dataset);
    let inserted = 0;
    const centers = dataset.batches.filter((b) => b.centerId !== null);
    for (const batch of dataset.batches) {
      inserted += await insertRows(trx, batch.rows);
      const counts = {
        institutions: fmt(batch.rows.institutions.length),
        people: fmt(batch.rows.people.length),
      };
      progress(
        batch.centerId === null
          ? tr(MESSAGES.offices, counts)
          : tr(MESSAGES.center, {
              ...counts,
              n: centers.indexOf(batch) + 1,
              total: centers.length,
              name: batch.label,
              enterprises: fmt(batch.rows.enterprises.length),
              ties: fmt(batch.rows.interactions.length),
            }),
      );
    }
    // The design ledger's records go through its chaining service, once the firms they name are written.
    inserted += await addDemoDesigns(trx, dataset);
    inserted += await addDemoInterventions(trx, dataset);
    inserted += await addDemoAssessments(trx, dataset);
    inserted += await addDemoScenario(trx, dataset);
    return inserted;
  };
  const run = () => inTransaction(db, load);
  // Without a more specific actor (a signed-in user, a CLI user), the audit trail names the demo loader.
  const actor = currentActor();
  const unattributed = actor.kind === 'system' && actor.label === 'system';
  const inserted = unattributed ? await withActor({ kind: 'system', label: 'demo' }, run) : await run();
  const change = inserted === 0 ? tr(MESSAGES.unchanged) : tr(MESSAGES.added, { rows: fmt(inserted) });
  return `${summarize(dataset)}; ${change}`;
}

/** Counts of what the dataset holds, as one translated line. */
export function summarize(dataset: DemoDataset): string {
  const count = (pick: (b: DemoDataset['batches'][number]) => unknown[]) =>
    fmt(dataset.batches.reduce((sum, b) => sum + pick(b).length, 0));
  return tr(MESSAGES.summary, {
    centers: count((b) => b.rows.centers),
    enterprises: count((b) => b.rows.enterprises),
    people: count((b) => b.rows.people),
    institutions: count((b) => b.rows.institutions),
    years: count((b) => b.rows.enterprise_year_data),
    ties: count((b) => b.rows.interactions),
    seed: dataset.seed,
  });
}

/** A count with the current language's digit grouping (1.234 in Bahasa Indonesia, 1,234 in English). */
function fmt(n: number): string {
  return n.toLocaleString(currentLang() === 'id' ? 'id-ID' : 'en-GB');
}
