import { type AppError, type ErrorDetail, errors } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { IO_MESSAGES as M } from './io.messages.ts';
import type { ImportError, ImportReport } from './io.schema.ts';
import type { RowIssue } from './kinds/kind.ts';

/** Problems kept for the report; the rest are only counted, so a wholly wrong file stays cheap. */
export const MAX_REPORTED_ERRORS = 1000;

/** Collects row problems up to `MAX_REPORTED_ERRORS`, counting every one. */
export class IssueCollector {
  private readonly kept: RowIssue[] = [];
  count = 0;

  add(issue: RowIssue): void {
    this.count += 1;
    if (this.kept.length < MAX_REPORTED_ERRORS) this.kept.push(issue);
  }

  /** Room left before the cap, for SQL checks to `LIMIT` themselves. */
  room(): number {
    return Math.max(1, MAX_REPORTED_ERRORS - this.kept.length);
  }

  /** The kept problems in file order; sheet names given only for workbooks with several data sheets. */
  toErrors(sheetNames: readonly string[]): ImportError[] {
    const named = sheetNames.length > 1;
    return [...this.kept]
      .sort((a, b) => a.sheet - b.sheet || a.row - b.row)
      .map((issue) => ({
        row: issue.row,
        column: issue.column,
        message: issue.message,
        ...(named && { sheet: sheetNames[issue.sheet] ?? String(issue.sheet + 1) }),
      }));
  }
}

/** How a message names another row: its number, with its sheet when the workbook has several. */
export function rowLabel(row: number, sheet: string | undefined): string {
  return sheet ? tr(M.sheetRow, { row, sheet }) : String(row);
}

/** The `path` of an error detail: `row 12, column tkl` (machine-readable, so not translated). */
export function errorPath(error: ImportError): string {
  const where = `row ${error.row}, column ${error.column}`;
  return error.sheet ? `sheet ${error.sheet}, ${where}` : where;
}

/** The 422 an import with problems answers: nothing was written; details name row and column. */
export function reportToError(report: ImportReport): AppError {
  const details: ErrorDetail[] = report.errors.map((e) => ({ path: errorPath(e), message: e.message }));
  if (report.errorCount > report.errors.length) {
    details.push({
      path: 'file',
      message: tr(M.moreErrors, { count: report.errorCount - report.errors.length }),
    });
  }
  return errors.unprocessable(tr(M.rowsInvalid, { count: report.errorCount }), details);
}
