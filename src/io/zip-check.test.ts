import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../analysis/rng.ts';
import { importLimits } from './import-limits.ts';
import { dinasRows, toXlsx } from './io.test-helpers.ts';
import { readTable } from './read-table.ts';
import { unzipParts, zipParts } from './zip.test-helpers.ts';
import { checkXlsxContainer } from './zip-check.ts';

const limits = importLimits(1024 * 1024);
let folder = '';
let workbook: Buffer;
let serial = 0;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'simpul-zip-check-'));
  workbook = await toXlsx({ ikm: dinasRows(60, [2023]) });
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function fileOf(bytes: Buffer): Promise<string> {
  serial += 1;
  const file = path.join(folder, `f${serial}.xlsx`);
  await writeFile(file, bytes);
  return file;
}

/** Reads every row of an XLSX file; resolves with how it ended, or 'stalled' after `ms`. */
async function readToEnd(file: string, ms: number): Promise<'read' | 'failed' | 'stalled'> {
  const rows = readTable({ format: 'xlsx', path: file }, limits);
  const reading = (async () => {
    try {
      for await (const _ of rows);
      return 'read' as const;
    } catch {
      return 'failed' as const;
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<'stalled'>((resolve) => {
    timer = setTimeout(() => resolve('stalled'), ms);
  });
  const outcome = await Promise.race([reading, stalled]);
  clearTimeout(timer);
  rows.close();
  return outcome;
}

describe('XLSX container check', () => {
  it('passes a workbook as Simpul and Excel write it', async () => {
    await expect(checkXlsxContainer(await fileOf(workbook), limits)).resolves.toHaveLength(17);
  });

  it('leaves no damaged copy of a workbook to stall the reader: each is refused or read to its end', async () => {
    // About a quarter of these copies made the streaming reader wait forever before the check existed.
    const rng = createRng(13);
    const outcomes = { refused: 0, read: 0, failed: 0, stalled: 0 };
    for (let copy = 0; copy < 60; copy += 1) {
      const damaged = Buffer.from(workbook);
      for (let flip = 0; flip < 3; flip += 1) {
        const at = Math.floor(rng() * damaged.length);
        damaged[at] = (damaged[at] ?? 0) ^ (1 << Math.floor(rng() * 8));
      }
      const file = await fileOf(damaged);
      const refused = await checkXlsxContainer(file, limits).then(
        () => false,
        (error: Error) => {
          expect(error.message).toMatch(/^Berkas XLSX (rusak|ini akan menjadi lebih dari)/);
          return true;
        },
      );
      if (refused) outcomes.refused += 1;
      else outcomes[await readToEnd(file, 5000)] += 1;
    }
    expect(outcomes.stalled).toBe(0);
    expect(outcomes.refused).toBeGreaterThan(50);
  });

  it('refuses a workbook that would expand beyond the limit, saying the limit', async () => {
    const parts = await unzipParts(workbook);
    const row = '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>';
    const bomb = Buffer.from(row.repeat(Math.ceil((limits.expandedBytes + 1) / row.length)));
    const inflated = parts.map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { ...p, data: bomb } : p));
    const file = await fileOf(zipParts(inflated));
    await expect(checkXlsxContainer(file, limits)).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining(`lebih dari ${limits.expandedBytes / 1024 / 1024} MB`),
    });
  });

  it('refuses entries whose local header disagrees with the directory, or bytes between entries', async () => {
    const parts = await unzipParts(workbook);
    await expect(checkXlsxContainer(await fileOf(zipParts(parts)), limits)).resolves.toHaveLength(
      parts.length + 1,
    );
    const renamed = zipParts(parts, { localName: (name) => name.replace('sheet1', 'sheet9') });
    await expect(checkXlsxContainer(await fileOf(renamed), limits)).rejects.toMatchObject({ status: 422 });
    const gaps = zipParts(parts, { gap: 64 });
    await expect(checkXlsxContainer(await fileOf(gaps), limits)).rejects.toMatchObject({ status: 422 });
  });

  it('gives the reader the workbook before its worksheets, so a workbook reads the same every time', async () => {
    const parts = await unzipParts(workbook);
    // exceljs (like Excel) stores xl/workbook.xml after the worksheets; its streaming reader then failed
    // now and then ("reading 'sheets'", exceljs #3064): 3 of 600 reads here.
    expect(parts.map((p) => p.name).indexOf('xl/workbook.xml')).toBeGreaterThan(
      parts.map((p) => p.name).indexOf('xl/worksheets/sheet1.xml'),
    );
    const file = await fileOf(workbook);
    const order = await checkXlsxContainer(file, limits);
    expect(order.map((p) => p.name).slice(0, 3)).toEqual([
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/workbook.xml',
    ]);
    expect(order.at(-1)?.name).toBe('');
    let failures = 0;
    for (let read = 0; read < 400; read += 1) {
      const rows = readTable({ format: 'xlsx', path: file, parts: order }, limits);
      try {
        let count = 0;
        for await (const _ of rows) count += 1;
        if (count !== 61) failures += 1;
      } catch {
        failures += 1;
      }
    }
    expect(failures).toBe(0);
  });
});
