/**
 * Reads a `.qdpx` package, or a bare `.qde`/`.qdc`, within limits: the ZIP is checked before anything is
 * inflated (entry count, declared sizes, names that would climb out of the package) and every entry is
 * inflated under a byte cap, so a ZIP bomb, a path-traversal name or a file that is not a ZIP at all is
 * refused with a message instead of filling the disk or memory.
 */

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { AppError } from '../../shared/errors.ts';
import { type Message, tr } from '../../shared/lang.ts';
import { type ReadOptions, type ReadResult, readRefiTree } from './read-qde.ts';
import { parseXmlTree } from './xml-tree.ts';

export interface QdpxLimits {
  /** The package file itself. */
  fileBytes: number;
  /** Entries in the ZIP. */
  entries: number;
  /** One inflated entry. */
  entryBytes: number;
  /** All inflated entries together. */
  totalBytes: number;
}

export const DEFAULT_QDPX_LIMITS: QdpxLimits = {
  fileBytes: 512 * 1024 * 1024,
  entries: 20_000,
  entryBytes: 128 * 1024 * 1024,
  totalBytes: 1024 * 1024 * 1024,
};

const M = {
  notZip: {
    id: 'Berkas ini bukan paket QDPX (ZIP) maupun XML REFI-QDA (.qde/.qdc)',
    en: 'This file is neither a QDPX package (ZIP) nor REFI-QDA XML (.qde/.qdc)',
  },
  damaged: {
    id: 'Paket QDPX rusak atau tidak dapat dibaca sebagai ZIP',
    en: 'The QDPX package is damaged or cannot be read as a ZIP',
  },
  tooBig: {
    id: 'Berkas terlalu besar ({size} MB; batas {limit} MB)',
    en: 'The file is too large ({size} MB; the limit is {limit} MB)',
  },
  tooManyEntries: {
    id: 'Paket QDPX memuat terlalu banyak berkas ({count}; batas {limit})',
    en: 'The QDPX package holds too many files ({count}; the limit is {limit})',
  },
  expandsTooMuch: {
    id: 'Paket QDPX mengembang melebihi {limit} MB saat dibuka (bom ZIP?); ditolak',
    en: 'The QDPX package expands beyond {limit} MB when opened (a ZIP bomb?); refused',
  },
  traversal: {
    id: 'Paket QDPX memuat nama berkas yang keluar dari paket ({name}); ditolak',
    en: 'The QDPX package holds a file name that leaves the package ({name}); refused',
  },
  noQde: {
    id: 'Paket QDPX tidak memuat berkas proyek .qde di akarnya',
    en: 'The QDPX package holds no .qde project file at its root',
  },
  manyQde: {
    id: 'Paket QDPX memuat lebih dari satu berkas .qde di akarnya ({names})',
    en: 'The QDPX package holds more than one .qde file at its root ({names})',
  },
  encrypted: {
    id: 'Paket QDPX memuat berkas terenkripsi ({name}); tidak dapat dibaca',
    en: 'The QDPX package holds an encrypted file ({name}); it cannot be read',
  },
  notUtf8Xml: {
    id: 'Berkas {file} bukan teks UTF-8',
    en: 'The file {file} is not UTF-8 text',
  },
} satisfies Record<string, Message>;

const refuse = (message: Message, params: Record<string, string | number> = {}) =>
  new AppError('unprocessable', tr(message, params));

const mb = (bytes: number) => Math.ceil(bytes / (1024 * 1024));

/** Whether a ZIP entry name stays inside the package. */
function safeName(name: string): boolean {
  if (name.includes('\\') || name.includes('\u0000')) return false;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return false;
  return !name.split('/').some((part) => part === '..');
}

/** Reads a REFI-QDA file from disk: a `.qdpx`, `.qde` or `.qdc` (told apart by their bytes). */
export async function readRefiQdaFile(
  file: string,
  options: ReadOptions & { limits?: Partial<QdpxLimits> } = {},
): Promise<ReadResult> {
  const limits = { ...DEFAULT_QDPX_LIMITS, ...options.limits };
  const size = (await stat(file)).size;
  if (size > limits.fileBytes) throw refuse(M.tooBig, { size: mb(size), limit: mb(limits.fileBytes) });
  return readRefiQda(await readFile(file), path.basename(file), options);
}

/** Reads REFI-QDA bytes: a ZIP package, or the XML of a `.qde`/`.qdc` on its own. */
export async function readRefiQda(
  bytes: Buffer,
  name = 'project.qdpx',
  options: ReadOptions & { limits?: Partial<QdpxLimits> } = {},
): Promise<ReadResult> {
  const limits = { ...DEFAULT_QDPX_LIMITS, ...options.limits };
  if (bytes.length > limits.fileBytes)
    throw refuse(M.tooBig, { size: mb(bytes.length), limit: mb(limits.fileBytes) });
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return readPackage(bytes, limits, options);
  const start = bytes
    .subarray(0, 64)
    .toString('latin1')
    .replace(/^\xef\xbb\xbf/, '')
    .trimStart();
  if (!start.startsWith('<')) throw refuse(M.notZip);
  const text = decodeXml(bytes, name);
  const root = parseXmlTree(text, name);
  // A bare .qde can only use text written into it (PlainTextContent): there is no package to look in.
  return readRefiTree(root, name, async () => undefined, options);
}

function decodeXml(bytes: Buffer, file: string): string {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
  } catch {
    throw refuse(M.notUtf8Xml, { file });
  }
}

async function readPackage(bytes: Buffer, limits: QdpxLimits, options: ReadOptions): Promise<ReadResult> {
  let zip: ZipFile;
  try {
    // Names are checked below; yauzl's own check would fail with an English message.
    zip = await yauzl.fromBufferPromise(bytes, {
      lazyEntries: true,
      validateEntrySizes: true,
      strictFileNames: false,
      decodeStrings: true,
    });
  } catch {
    throw refuse(M.damaged);
  }
  try {
    if (zip.entryCount > limits.entries)
      throw refuse(M.tooManyEntries, { count: zip.entryCount, limit: limits.entries });
    const entries = new Map<string, Entry>();
    let declared = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        if (!safeName(entry.fileName)) throw refuse(M.traversal, { name: entry.fileName.slice(0, 200) });
        if (entry.fileName.endsWith('/')) continue;
        if (entry.isEncrypted()) throw refuse(M.encrypted, { name: entry.fileName.slice(0, 200) });
        declared += entry.uncompressedSize;
        if (entry.uncompressedSize > limits.entryBytes || declared > limits.totalBytes) {
          throw refuse(M.expandsTooMuch, { limit: mb(Math.min(limits.totalBytes, limits.entryBytes)) });
        }
        entries.set(entry.fileName, entry);
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      // yauzl refuses some names itself ("invalid relative path", absolute paths).
      if (error instanceof Error && /relative path|absolute path|characters/i.test(error.message)) {
        throw refuse(M.traversal, { name: '…' });
      }
      throw refuse(M.damaged);
    }
    const qdes = [...entries.keys()].filter((n) => !n.includes('/') && n.toLowerCase().endsWith('.qde'));
    if (qdes.length === 0) throw refuse(M.noQde);
    if (qdes.length > 1) throw refuse(M.manyQde, { names: qdes.slice(0, 5).join(', ') });
    const qdeName = qdes[0] as string;
    let inflated = 0;
    const inflate = async (entry: Entry): Promise<Buffer> => {
      const chunks: Buffer[] = [];
      let size = 0;
      try {
        const stream = await zip.openReadStreamPromise(entry);
        for await (const chunk of stream) {
          size += (chunk as Buffer).length;
          inflated += (chunk as Buffer).length;
          if (size > limits.entryBytes || inflated > limits.totalBytes) {
            stream.destroy();
            throw refuse(M.expandsTooMuch, { limit: mb(Math.min(limits.totalBytes, limits.entryBytes)) });
          }
          chunks.push(chunk as Buffer);
        }
      } catch (error) {
        throw error instanceof AppError ? error : refuse(M.damaged);
      }
      return Buffer.concat(chunks);
    };
    const root = parseXmlTree(decodeXml(await inflate(entries.get(qdeName) as Entry), qdeName), qdeName);

    // Source files by basename, case-insensitively, under sources/, Sources/ or the root; also without
    // extension, since MAXQDA drops it.
    const byBase = new Map<string, Entry>();
    for (const [fileName, entry] of entries) {
      const folder = fileName.includes('/') ? fileName.slice(0, fileName.lastIndexOf('/')).toLowerCase() : '';
      if (folder !== '' && folder !== 'sources') continue;
      const base = fileName.slice(fileName.lastIndexOf('/') + 1).toLowerCase();
      if (!byBase.has(base)) byBase.set(base, entry);
      const bare = base.replace(/\.[^.]*$/, '');
      if (bare !== base && !byBase.has(bare)) byBase.set(bare, entry);
    }
    const resolve = async (reference: string): Promise<Buffer | undefined> => {
      const base =
        reference
          .replace(/^[a-z]+:\/\//i, '')
          .split(/[\\/]/)
          .pop()
          ?.toLowerCase() ?? '';
      const entry = byBase.get(base) ?? byBase.get(base.replace(/\.[^.]*$/, ''));
      return entry ? inflate(entry) : undefined;
    };
    return await readRefiTree(root, qdeName, resolve, options);
  } finally {
    zip.close();
  }
}
