import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { copyEscape, copyField } from './copy-text.ts';
import { col, createStage, Stager } from './staging.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

/** Values that the COPY text format must escape, or must not mistake for its own syntax. */
const AWKWARD = [
  'tab\there',
  'line\nbreak',
  'carriage\rreturn\r\n',
  'back\\slash \\N \\t',
  '\\N',
  '"quoted", \'single\'; semi',
  '{braces,"and" commas}',
  'NULL',
  '',
  ' spaced ',
  'Sukawarna – é ü 漢字 🙂',
];

describe('COPY text format', () => {
  it('escapes backslash, tab, newline and carriage return, and nothing else', () => {
    expect(copyEscape('a\tb\nc\rd\\e"f;g')).toBe('a\\tb\\nc\\rd\\\\e"f;g');
    expect(copyField(null, 'scalar')).toBe('\\N');
    expect(copyField('\\N', 'scalar')).toBe('\\\\N');
    expect(copyField(12.5, 'scalar')).toBe('12.5');
    expect(copyField(['a,b', 'c"d'], 'text[]')).toBe('{"a,b","c\\\\"d"}');
    expect(() => copyField(Number.NaN, 'scalar')).toThrow(RangeError);
  });

  it('round-trips awkward values exactly through COPY into the staging table', async () => {
    const columns = [
      col('label', 'text'),
      col('amount', 'numeric'),
      col('count', 'integer'),
      col('doc', 'jsonb'),
      col('items', 'text[]'),
    ];
    const records = AWKWARD.map((label, i) => ({
      row_no: i + 2,
      sheet: 0,
      label,
      amount: i === 3 ? null : 1_250_000.5 + i,
      count: i,
      doc: { label, nested: [label, null] },
      items: [label, `${label};x`, 'NULL'],
    }));
    records.push({
      row_no: 99,
      sheet: 0,
      label: null,
      amount: null,
      count: null,
      doc: null,
      items: null,
    } as never);
    const stored = await database.db.transaction().execute(async (trx) => {
      await createStage(trx, columns);
      const stager = new Stager(trx, columns);
      for (const record of records) if (stager.add(record)) await stager.send();
      await stager.flush();
      const { rows } = await sql<Record<string, unknown>>`
        SELECT row_no, sheet, label, amount, count, doc, items FROM io_stage ORDER BY row_no`.execute(trx);
      return rows;
    });
    expect(stored).toEqual(records);
  });

  it('fails the whole transaction when PostgreSQL refuses a row, and leaves the session usable', async () => {
    const columns = [col('label', 'text', true)];
    const attempt = database.db.transaction().execute(async (trx) => {
      await createStage(trx, columns);
      await sql`CREATE TABLE copy_probe (n integer)`.execute(trx);
      const stager = new Stager(trx, columns);
      stager.add({ row_no: 2, sheet: 0, label: 'ada' });
      stager.add({ row_no: 3, sheet: 0, label: null }); // NOT NULL in the staging table
      await stager.flush();
    });
    await expect(attempt).rejects.toThrow(/null value in column "label"/);
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'copy_probe'`.execute(database.db);
    expect(rows[0]?.n).toBe(0);
  });
});
