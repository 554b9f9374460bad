import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { loadDemo } from '../demo/demo.ts';
import { IMPORT_KINDS } from './io.schema.ts';
import { exportBytes, importContent } from './io.test-helpers.ts';

const ctx = useTestApp();

/** How many audit entries exist: any row an import inserts, updates or deletes adds one. */
async function auditEntries(): Promise<number> {
  const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM audit_entries`.execute(ctx.db);
  return Number(rows[0]?.n);
}

beforeAll(async () => {
  await loadDemo(ctx.db, { seed: 7 });
}, 120_000);

// Issue #15: the demo's KBLI title "Batik (kode belum terverifikasi; sumber lain: 13133)" holds the list
// separator, and re-importing the export refused 400+ rows. Every kind, the whole demo, both formats.
describe.each(['csv', 'xlsx'] as const)('the whole demo dataset, exported as %s', (format) => {
  it.each(IMPORT_KINDS)(
    're-imports %s into the same database unchanged',
    async (kind) => {
      const file = await exportBytes(ctx.db, kind, format);
      const before = await auditEntries();
      const report = await importContent(ctx.db, kind, format === 'csv' ? file.toString() : file);
      expect(report.errors).toEqual([]);
      expect(report).toMatchObject({ inserted: 0, updated: 0, unchanged: report.rows, errorCount: 0 });
      expect(await auditEntries()).toBe(before);
      expect(await exportBytes(ctx.db, kind, format)).toEqual(file);
    },
    120_000,
  );
});

describe('the demo export', () => {
  it('writes the KBLI title that holds a semicolon as one quoted list item', async () => {
    const csv = (await exportBytes(ctx.db, 'centers', 'csv')).toString();
    expect(csv).toContain('""Batik (kode belum terverifikasi; sumber lain: 13133)""');
    const rows = csv.split('\r\n').length - 2;
    expect(rows).toBeGreaterThan(10);
  });

  it('holds rows of every kind but the survey (the demo has no name-generator answers)', async () => {
    for (const kind of IMPORT_KINDS) {
      const lines = (await exportBytes(ctx.db, kind, 'csv')).toString().trimEnd().split('\r\n').length;
      if (kind === 'name-generator') expect(lines).toBe(1);
      else expect(lines, kind).toBeGreaterThan(10);
    }
  });
});
