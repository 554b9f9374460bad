import { sql, type Transaction } from 'kysely';
import { currentActor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/database-types.ts';
import { detectEncoding } from './decode-text.ts';
import { importDeadline, watchedRows } from './import-guard.ts';
import type { ImportLimits } from './import-limits.ts';
import { ioPolicy } from './io.policy.ts';
import type { ImportKind, ImportReport, ImportSettings } from './io.schema.ts';
import { IssueCollector } from './issues.ts';
import { KINDS } from './kinds/index.ts';
import type { ColumnSpec, ImportScope } from './kinds/kind.ts';
import { type ExportRows, exportRows } from './kobo/export-rows.ts';
import { FileLayout } from './layout.ts';
import { readTable, type TableInput, type TableRows } from './read-table.ts';
import { checkResearchTarget } from './research-target.ts';
import { createStage, Stager } from './staging.ts';
import { checkXlsxContainer } from './zip-check.ts';

/** Stages of an import, reported in order: rows being read, all rows staged, checked, written. */
export type ImportPhase = 'reading' | 'staged' | 'checked' | 'written';

/** Called every few thousand rows while reading, then once at the end of each later phase. */
export type ImportProgress = (phase: ImportPhase, rows: number) => void;

/** How an import is bounded and watched. */
export interface ImportOptions {
  limits: ImportLimits;
  /** The whole import, statements included, is rolled back after this long. */
  timeoutSeconds: number;
  /** Aborts the import (the client hung up); its reason is what the import fails with. */
  signal?: AbortSignal;
  onProgress?: ImportProgress;
  /** Bytes of the file read so far (the CLI's progress bar). */
  onBytes?: (bytes: number) => void;
  /** Runs in the import's transaction once the report is known, so what it writes commits with the rows. */
  beforeCommit?: (trx: Transaction<Database>, report: ImportReport) => Promise<void>;
}

/**
 * Imports a CSV or XLSX file all-or-nothing, in one transaction: rows are validated and staged as they
 * stream in, then keys and references are resolved in SQL. If any row is wrong nothing is written and
 * the report lists every problem (up to 1,000); otherwise rows are upserted set-based, touching only
 * records whose values differ, so importing the same file twice changes nothing the second time.
 *
 * Before a connection is taken the file is checked (an XLSX's container, a CSV's character encoding, every
 * file's header), so a damaged file never holds one; the import then runs under a deadline that also
 * cancels its statement.
 */
export async function importTable(
  db: Db,
  kind: ImportKind,
  input: TableInput,
  settings: ImportSettings,
  options: ImportOptions,
): Promise<ImportReport> {
  const definition = KINDS[kind];
  const regions = ioPolicy.importRegions(currentActor());
  const deadline = importDeadline(options.timeoutSeconds, options.signal);
  const { signal } = deadline;
  try {
    await checkResearchTarget(db, currentActor(), kind, settings);
    const source =
      input.format === 'xlsx'
        ? { ...input, parts: await checkXlsxContainer(input.path, options.limits) }
        : { ...input, encoding: input.encoding ?? (await detectEncoding(input.path)) };
    await checkHeader(
      openRows(kind, source, settings, options.limits),
      definition.columns,
      options.limits,
      signal,
    );
    return await db.transaction().execute(async (trx) => {
      const cancel = await cancelOnAbort(db, trx, signal);
      try {
        const report = await importRows(trx, kind, source, settings, options, signal, regions);
        await options.beforeCommit?.(trx, report);
        return report;
      } finally {
        cancel.stop();
      }
    });
  } catch (error) {
    throw signal.aborted ? signal.reason : error;
  } finally {
    deadline.clear();
  }
}

async function importRows(
  trx: Transaction<Database>,
  kind: ImportKind,
  input: TableInput,
  settings: ImportSettings,
  options: ImportOptions,
  signal: AbortSignal,
  regions: ReturnType<typeof ioPolicy.importRegions>,
): Promise<ImportReport> {
  const definition = KINDS[kind];
  const { onProgress, limits } = options;
  // Room for the hash joins and sorts over a few hundred thousand staged rows; this transaction only.
  await sql`SET LOCAL work_mem = '64MB'`.execute(trx);
  // An import's statements run longer than a request's; the deadline above still cancels them first.
  await sql`SELECT set_config('statement_timeout', ${`${(options.timeoutSeconds + 5) * 1000}`}, true)`.execute(
    trx,
  );
  await sql`SELECT set_config('idle_in_transaction_session_timeout', ${`${(limits.stallSeconds + 30) * 1000}`}, true)`.execute(
    trx,
  );
  // One audit header per statement plus narrow per-row copies (migration 0004), not a full audit row each.
  await sql`SET LOCAL simpul.audit_bulk = 'on'`.execute(trx);
  const reader = await definition.rowReader(trx, settings);
  await createStage(trx, definition.stagingColumns);
  const layout = new FileLayout(definition.columns);
  const issues = new IssueCollector();
  const stager = new Stager(trx, definition.stagingColumns);
  let exported: ExportRows | undefined;
  let rows = 0;
  try {
    const table = openRows(kind, input, settings, limits, options.onBytes);
    if ('problems' in table) exported = table;
    for await (const raw of watchedRows(table, limits.stallSeconds, signal)) {
      const located = layout.accept(raw);
      if (!located) continue;
      rows += 1;
      if (onProgress && rows % 5000 === 0) onProgress('reading', rows);
      const read = reader.read(located.cells);
      if (read.ok) {
        read.value.sheet = located.sheet;
        read.value.row_no = located.row;
        // Most rows only join the buffer; a full buffer waits until PostgreSQL has taken the chunk before.
        if (stager.add(read.value)) await stager.send();
        continue;
      }
      for (const { column, message } of read.problems) {
        issues.add({ sheet: located.sheet, row: located.row, column, message });
      }
    }
    layout.finish();
    for (const problem of exported?.problems ?? []) issues.add(problem);
    await stager.flush();
  } catch (error) {
    await stager.abort(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
  onProgress?.('staged', rows);

  const scope: ImportScope = {
    present: layout.present(),
    settings,
    sheetNames: layout.sheetNames(),
    regions,
  };
  const report = { kind, dryRun: settings.dryRun, rows, inserted: 0, updated: 0, unchanged: 0 };
  if (stager.staged > 0) {
    for (const issue of await definition.resolve(trx, scope, issues.room())) issues.add(issue);
  }
  onProgress?.('checked', rows);
  if (issues.count === 0 && stager.staged > 0) {
    Object.assign(report, await definition.count(trx, scope));
    if (!settings.dryRun) {
      await definition.write(trx, scope);
      if (definition.afterWrite) Object.assign(report, await definition.afterWrite(trx, scope));
    }
  }
  onProgress?.('written', rows);
  const errors = issues.toErrors(scope.sheetNames);
  return {
    ...report,
    errors: exported ? exported.relabel(errors) : errors,
    errorCount: issues.count,
    ...(input.encoding && { encoding: input.encoding }),
  };
}

/** The file's rows; a KoboToolbox/ODK export's (`settings.tool`) turned into rows of the kind's layout. */
function openRows(
  kind: ImportKind,
  input: TableInput,
  settings: ImportSettings,
  limits: ImportLimits,
  onBytes?: (bytes: number) => void,
): TableRows | ExportRows {
  const table = readTable(input, limits, onBytes);
  return settings.tool ? exportRows(table, kind, limits.rows) : table;
}

/** Reads the file up to its first data row without a connection: a wrong header fails here. */
async function checkHeader(
  rows: TableRows,
  columns: readonly ColumnSpec[],
  limits: ImportLimits,
  signal: AbortSignal,
): Promise<void> {
  const layout = new FileLayout(columns);
  for await (const raw of watchedRows(rows, limits.stallSeconds, signal)) {
    if (layout.accept(raw)) return;
  }
}

/**
 * While the transaction runs, an abort cancels its current statement (from another connection), so a
 * long resolve or write stops at once and the transaction rolls back.
 */
async function cancelOnAbort(db: Db, trx: Db, signal: AbortSignal): Promise<{ stop(): void }> {
  const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(trx);
  const pid = rows[0]?.pid;
  let active = true;
  const onAbort = () => {
    // Only while this transaction still holds the session: afterwards the pid may serve someone else.
    if (active && pid !== undefined) sql`SELECT pg_cancel_backend(${pid})`.execute(db).catch(() => {});
  };
  signal.addEventListener('abort', onAbort, { once: true });
  return {
    stop: () => {
      active = false;
      signal.removeEventListener('abort', onAbort);
    },
  };
}
