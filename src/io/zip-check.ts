import { open } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import type { ImportLimits } from './import-limits.ts';
import { IO_MESSAGES as M } from './io.messages.ts';

const STORED = 0;
const DEFLATED = 8;
const HAS_DATA_DESCRIPTOR = 0x08;
const DATA_DESCRIPTOR_SIGNATURE = 0x08074b50;

/**
 * Checks an XLSX file (a zip) before anything reads its rows, without a database connection: its directory
 * is sound, its entries follow one another with nothing between them (so a streaming reader sees exactly
 * the entries the directory lists), each local header agrees with the directory, and every entry inflates
 * to its declared size and checksum, within `limits`. A damaged or hostile file fails here, with a message
 * for the person who sent it, instead of stalling the streaming reader later.
 *
 * Returns where each part lies, so the reader can be given the parts in the order it needs (`xlsxReadOrder`).
 */
export async function checkXlsxContainer(file: string, limits: ImportLimits): Promise<ByteRange[]> {
  const handle = await open(file, 'r');
  try {
    const zip = await yauzl
      .fromFdPromise(handle.fd, { lazyEntries: true, autoClose: false, validateEntrySizes: true })
      .catch(() => {
        throw damaged();
      });
    // Before the first entry is read, yauzl's cursor is the directory's offset (its types call it boolean).
    const directoryStart = Number(zip.readEntryCursor);
    if (zip.entryCount > limits.zipEntries) throw tooManyEntries(limits);
    const entries = await listEntries(zip, limits);
    let expected = 0;
    const parts: ByteRange[] = [];
    for (const entry of entries) {
      if (entry.relativeOffsetOfLocalHeader !== expected) throw damaged();
      const start = expected;
      expected = await checkEntry(zip, handle, entry);
      parts.push({ name: entry.fileName, start, end: expected });
    }
    if (expected !== directoryStart) throw damaged();
    return xlsxReadOrder(parts, { name: '', start: directoryStart, end: (await handle.stat()).size });
  } finally {
    // The fd is the handle's: yauzl's close would close it under us.
    await handle.close();
  }
}

/** The directory's entries in file order, refusing more expansion than the limit before inflating any. */
/** A part of a zip file: its name (empty for the directory) and its bytes `[start, end)`. */
export interface ByteRange {
  name: string;
  start: number;
  end: number;
}

/** Parts the streaming reader must have met before any worksheet: the workbook, its links, strings, styles. */
const FIRST = [
  '_rels/.rels',
  'xl/_rels/workbook.xml.rels',
  'xl/workbook.xml',
  'xl/sharedStrings.xml',
  'xl/styles.xml',
];
const WORKSHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/**
 * The parts in the order exceljs's streaming reader needs them, then the directory. Excel and exceljs may
 * store `xl/workbook.xml` after the worksheets; the streaming reader then meets a worksheet before it knows
 * the sheets' names and fails at random ("reading 'sheets'", exceljs issue #3064). Every local part is
 * self-contained, so the same bytes in another order are the same workbook.
 */
export function xlsxReadOrder(parts: readonly ByteRange[], directory: ByteRange): ByteRange[] {
  const rank = (part: ByteRange) => {
    const first = FIRST.indexOf(part.name);
    if (first >= 0) return first;
    const sheet = WORKSHEET.exec(part.name);
    return sheet ? FIRST.length + 1 + Number(sheet[1]) / 1e6 : FIRST.length;
  };
  return [...parts].sort((a, b) => rank(a) - rank(b)).concat(directory);
}

async function listEntries(zip: ZipFile, limits: ImportLimits): Promise<Entry[]> {
  const entries: Entry[] = [];
  let declared = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      if (declared > limits.expandedBytes) throw tooLarge(limits);
      if (entry.isEncrypted() || ![STORED, DEFLATED].includes(entry.compressionMethod)) throw damaged();
      entries.push(entry);
    }
  } catch (error) {
    throw error instanceof AppError ? error : damaged();
  }
  return entries.sort((a, b) => a.relativeOffsetOfLocalHeader - b.relativeOffsetOfLocalHeader);
}

/** Checks one entry's local header and content; returns the offset where the next entry must start. */
async function checkEntry(
  zip: ZipFile,
  handle: Awaited<ReturnType<typeof open>>,
  entry: Entry,
): Promise<number> {
  const local = await zip.readLocalFileHeaderPromise(entry).catch(() => {
    throw damaged();
  });
  const flags = entry.generalPurposeBitFlag;
  const agrees =
    local.fileName.equals(entry.fileNameRaw) &&
    local.compressionMethod === entry.compressionMethod &&
    (local.generalPurposeBitFlag & HAS_DATA_DESCRIPTOR) === (flags & HAS_DATA_DESCRIPTOR) &&
    ((flags & HAS_DATA_DESCRIPTOR) !== 0 ||
      (local.compressedSize === entry.compressedSize &&
        local.uncompressedSize === entry.uncompressedSize &&
        local.crc32 === entry.crc32));
  if (!agrees) throw damaged();
  await checkContent(zip, entry);
  const dataEnd = local.fileDataStart + entry.compressedSize;
  if ((flags & HAS_DATA_DESCRIPTOR) === 0) return dataEnd;
  // The descriptor: optional signature, crc, then 4-byte sizes (zip64 entries are not XLSX's).
  const head = Buffer.alloc(4);
  await handle.read(head, 0, 4, dataEnd);
  return dataEnd + (head.readUInt32LE(0) === DATA_DESCRIPTOR_SIGNATURE ? 16 : 12);
}

/** Inflates an entry: yauzl fails when the bytes differ from the declared size, we check the CRC. */
async function checkContent(zip: ZipFile, entry: Entry): Promise<void> {
  try {
    const stream = await zip.openReadStreamPromise(entry);
    let crc = 0;
    for await (const chunk of stream) crc = crc32(chunk as Buffer, crc);
    if (crc !== entry.crc32) throw damaged();
  } catch (error) {
    throw error instanceof AppError ? error : damaged();
  }
}

function damaged(): AppError {
  return new AppError('unprocessable', tr(M.damagedXlsx));
}

function tooLarge(limits: ImportLimits): AppError {
  return new AppError('unprocessable', tr(M.xlsxExpandsTooMuch, { limit: megabytes(limits.expandedBytes) }));
}

function tooManyEntries(limits: ImportLimits): AppError {
  return new AppError('unprocessable', tr(M.xlsxTooManyParts, { limit: limits.zipEntries }));
}

/** Bytes as whole megabytes for a message (e.g. "400"). */
export function megabytes(bytes: number): string {
  return String(Math.round(bytes / (1024 * 1024)));
}
