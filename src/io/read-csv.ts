import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import type { Cell } from './cells.ts';
import { IO_MESSAGES as M } from './io.messages.ts';
import type { RawTableRow } from './read-table.ts';

/**
 * Streams a CSV file as rows. The delimiter (`,`, `;` or tab) is guessed from the first chunk, because
 * Excel in the Indonesian locale saves with `;`. Row numbers count records from 1 (the header), as a
 * spreadsheet shows them; blank records keep their number but are not yielded.
 */
export async function* readCsv(stream: Readable): AsyncGenerator<RawTableRow> {
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const first = await chunks.next();
  if (first.done) return;
  const head = Buffer.isBuffer(first.value) ? first.value : Buffer.from(first.value);
  const parser = parse({
    delimiter: guessDelimiter(head.toString('utf8')),
    bom: true,
    trim: true,
    relax_column_count: true,
    skip_empty_lines: false,
  });
  const source = Readable.from(
    (async function* () {
      yield head;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
    })(),
  );
  // The pipeline's own promise is observed through the parser: a source error destroys the parser.
  pipeline(source, parser).catch(() => {});
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber += 1;
      const cells = record.map(toCell);
      if (cells.some((c) => c !== undefined)) yield { sheet: 0, sheetName: '', rowNumber, cells };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      throw new AppError('unprocessable', tr(M.malformedCsv, { detail: error.message }));
    }
    throw error;
  } finally {
    // Stopping early (a header error) must not leave the file open; the caller owns no other handle.
    stream.destroy();
  }
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
  return ESCAPED_FORMULA.test(value) ? value.slice(1) : value;
}
