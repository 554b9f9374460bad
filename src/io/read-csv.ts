import type { Readable } from 'node:stream';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import type { Cell } from './cells.ts';
import { CsvSyntaxError, CsvTokenizer } from './csv-tokenizer.ts';
import { encodingLabel, TextDecodeError } from './decode-text.ts';
import { IO_MESSAGES as M } from './io.messages.ts';
import type { RawTableRow } from './read-table.ts';

const SYNTAX_MESSAGES = {
  quoteInField: M.csvQuoteInField,
  afterClosingQuote: M.csvAfterClosingQuote,
  quoteNotClosed: M.csvQuoteNotClosed,
} as const;

/**
 * Streams a CSV file's text (already decoded, see `decodeText`) as rows. The delimiter (`,`, `;` or tab) is
 * guessed from the first chunk, because Excel in the Indonesian locale saves with `;` and its "Unicode
 * Text" with tabs. Row numbers count records from 1 (the header), as a spreadsheet shows them; blank
 * records keep their number but are not yielded.
 */
export async function* readCsv(stream: Readable): AsyncGenerator<RawTableRow> {
  let tokenizer: CsvTokenizer | undefined;
  let rowNumber = 0;
  try {
    for await (const text of stream as AsyncIterable<string>) {
      tokenizer ??= new CsvTokenizer(guessDelimiter(text));
      for (const record of tokenizer.push(text)) {
        rowNumber += 1;
        const row = toRow(record, rowNumber);
        if (row) yield row;
      }
    }
    if (!tokenizer) return;
    for (const record of tokenizer.end()) {
      rowNumber += 1;
      const row = toRow(record, rowNumber);
      if (row) yield row;
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      const detail = tr(SYNTAX_MESSAGES[error.problem], { row: error.record });
      throw new AppError('unprocessable', tr(M.malformedCsv, { detail }));
    }
    if (error instanceof TextDecodeError) {
      const encoding = encodingLabel(error.encoding);
      const name = error.encoding.name.toUpperCase();
      throw new AppError('unprocessable', tr(M.notEncodedAs, { encoding, name, row: rowNumber + 1 }));
    }
    throw error;
  } finally {
    // Stopping early (a header error) must not leave the file open; the caller owns no other handle.
    stream.destroy();
  }
}

/** The record as a row of cells, or `undefined` when every cell is empty. */
function toRow(record: string[], rowNumber: number): RawTableRow | undefined {
  const cells: (Cell | undefined)[] = new Array(record.length);
  let any = false;
  for (let i = 0; i < record.length; i += 1) {
    const cell = toCell(record[i] as string);
    cells[i] = cell;
    if (cell !== undefined) any = true;
  }
  return any ? { sheet: 0, sheetName: '', rowNumber, cells } : undefined;
}

/** Counts candidate delimiters outside quotes in the first chunk and takes the most frequent. */
export function guessDelimiter(sample: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of sample) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

// Export writes `'` before text that a spreadsheet would run as a formula; reading takes it off again.
const ESCAPED_FORMULA = /^'[=+\-@\t\r]/;

function toCell(value: string): Cell | undefined {
  if (value === '') return undefined;
  return value.charCodeAt(0) === 0x27 && ESCAPED_FORMULA.test(value) ? value.slice(1) : value;
}
