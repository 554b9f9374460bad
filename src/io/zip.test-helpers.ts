import { crc32, deflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';

/** One file inside a zip. */
export interface ZipPart {
  name: string;
  data: Buffer;
}

/** The parts of a zip (an XLSX), in file order. */
export async function unzipParts(zip: Buffer): Promise<ZipPart[]> {
  const file = await yauzl.fromBufferPromise(zip, { lazyEntries: true });
  const parts: ZipPart[] = [];
  for await (const entry of file.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await file.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    parts.push({ name: entry.fileName, data: Buffer.concat(chunks) });
  }
  return parts;
}

/**
 * A zip of `parts`, deflated, sizes in the local headers (no data descriptors). `localName` may give a
 * part a different name in its local header than in the directory, and `gap` puts junk bytes after each
 * part: both make a damaged file for the tests.
 */
export function zipParts(
  parts: readonly ZipPart[],
  damage: { localName?: (name: string) => string; gap?: number } = {},
): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const localName = Buffer.from(damage.localName?.(part.name) ?? part.name);
    const compressed = deflateRawSync(part.data);
    const crc = crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(part.data.length, 22);
    local.writeUInt16LE(localName.length, 26);
    const gap = Buffer.alloc(damage.gap ?? 0, 0x41);
    locals.push(local, localName, compressed, gap);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(part.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    offset += local.length + localName.length + compressed.length + gap.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}
