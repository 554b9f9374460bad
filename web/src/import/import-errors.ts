import type { ErrorDetail } from '../../../src/shared/error-body.ts';

/** One problem of a refused file, located by sheet, row and column. */
export interface FileProblem {
  sheet: string | null;
  row: number | null;
  column: string | null;
  message: string;
}

// The API's machine-readable paths (src/io/issues.ts errorPath): `row 12, column tkl`, with
// `sheet Data, ` in front for workbooks of several sheets; `file` for a summary line.
const PATH = /^(?:sheet (.+), )?row (\d+), column (.+)$/;

/** Turns a 422's details into table rows; a detail without a row (e.g. `file`) keeps only its message. */
export function toProblems(details: readonly ErrorDetail[]): FileProblem[] {
  return details.map((d) => {
    const match = PATH.exec(d.path);
    if (!match) return { sheet: null, row: null, column: null, message: d.message };
    return { sheet: match[1] ?? null, row: Number(match[2]), column: match[3] ?? null, message: d.message };
  });
}
