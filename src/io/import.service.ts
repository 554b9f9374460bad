import { sql } from 'kysely';
import { currentActor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { ioPolicy } from './io.policy.ts';
import type { ImportKind, ImportReport, ImportSettings } from './io.schema.ts';
import { IssueCollector } from './issues.ts';
import { KINDS } from './kinds/index.ts';
import type { ImportScope } from './kinds/kind.ts';
import { FileLayout } from './layout.ts';
import { readTable, type TableInput } from './read-table.ts';
import { createStage, Stager } from './staging.ts';

/** Stages of an import, reported in order: rows being read, all rows staged, checked, written. */
export type ImportPhase = 'reading' | 'staged' | 'checked' | 'written';

/** Called every few thousand rows while reading, then once at the end of each later phase. */
export type ImportProgress = (phase: ImportPhase, rows: number) => void;

/**
 * Imports a CSV or XLSX file all-or-nothing, in one transaction: rows are validated and staged as they
 * stream in, then keys and references are resolved in SQL. If any row is wrong nothing is written and
 * the report lists every problem (up to 1,000); otherwise rows are upserted set-based, touching only
 * records whose values differ, so importing the same file twice changes nothing the second time.
 */
export async function importTable(
  db: Db,
  kind: ImportKind,
  input: TableInput,
  settings: ImportSettings,
  onProgress?: ImportProgress,
): Promise<ImportReport> {
  const definition = KINDS[kind];
  const regions = ioPolicy.importRegions(currentActor());
  return db.transaction().execute(async (trx) => {
    // Room for the hash joins and sorts over a few hundred thousand staged rows; this transaction only.
    await sql`SET LOCAL work_mem = '64MB'`.execute(trx);
    // One audit header per statement plus narrow per-row copies (migration 0004), not a full audit row each.
    await sql`SET LOCAL simpul.audit_bulk = 'on'`.execute(trx);
    const reader = await definition.rowReader(trx, settings);
    await createStage(trx, definition.stagingColumns);
    const layout = new FileLayout(definition.columns);
    const issues = new IssueCollector();
    const stager = new Stager(trx, definition.stagingColumns);
    let rows = 0;
    try {
      for await (const raw of readTable(input)) {
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
      if (!settings.dryRun) await definition.write(trx, scope);
    }
    onProgress?.('written', rows);
    return { ...report, errors: issues.toErrors(scope.sheetNames), errorCount: issues.count };
  });
}
