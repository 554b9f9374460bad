/**
 * The backup file: a tar archive (readable with `tar -tvf`) holding `manifest.json` first, then one
 * gzip-compressed `COPY … TO STDOUT` text stream per table (`tables/<name>.copy.gz`). The manifest names the
 * migrations the database had, and each table's columns, row count and SHA-256 of its uncompressed COPY
 * text, so a restore can prove the whole file sound before it changes anything.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import tar from 'tar-stream';
import { z } from 'zod';

/** What `manifest.json` holds. */
export const ManifestSchema = z.object({
  /** Always `simpul-backup`: a tar from anything else is refused. */
  format: z.literal('simpul-backup'),
  /** The layout of this file; a reader refuses a version it does not know. */
  formatVersion: z.literal(1),
  /** When the snapshot was taken (ISO). */
  createdAt: z.string(),
  /** The Simpul version that wrote the file. */
  simpulVersion: z.string(),
  /** The PostgreSQL server it was taken from (`SHOW server_version`). */
  serverVersion: z.string(),
  /** Names of the migrations applied in the backed-up database. */
  migrations: z.array(z.string()),
  /** Every table of the `public` schema with its data, in file order. */
  tables: z.array(
    z.object({
      name: z.string().min(1),
      columns: z.array(z.string().min(1)).min(1),
      rows: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
  /** Sequences' positions at the snapshot (`last_value` as text: a bigint). */
  sequences: z.array(z.object({ name: z.string().min(1), lastValue: z.string(), isCalled: z.boolean() })),
});

/** The parsed manifest. */
export type Manifest = z.infer<typeof ManifestSchema>;
/** One table's entry in the manifest. */
export type ManifestTable = Manifest['tables'][number];

const MANIFEST = 'manifest.json';
/** The entry name of a table's data. */
export const tableEntry = (name: string) => `tables/${name}.copy.gz`;

/** Counts rows (COPY text ends every row with a newline; newlines inside values are escaped) and hashes. */
export class CopyDigest extends Transform {
  rows = 0;
  private readonly hash = createHash('sha256');
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.hash.update(chunk);
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) this.rows++;
    this.push(chunk);
    done();
  }
  /** The SHA-256 of everything that passed, in hex (call once, after the stream ended). */
  digest(): string {
    return this.hash.digest('hex');
  }
}

/** Writes the archive to `file`: the manifest, then each table's already-compressed data file. */
export async function writeArchive(
  file: string,
  manifest: Manifest,
  dataFiles: ReadonlyMap<string, string>,
): Promise<void> {
  const pack = tar.pack();
  const written = pipeline(pack, fs.createWriteStream(file, { flags: 'wx', mode: 0o600 }));
  pack.entry({ name: MANIFEST }, JSON.stringify(manifest, null, 1));
  for (const table of manifest.tables) {
    const source = dataFiles.get(table.name);
    if (!source) throw new Error(`No data file for table ${table.name}`);
    const size = fs.statSync(source).size;
    await new Promise<void>((resolve, reject) => {
      const entry = pack.entry({ name: tableEntry(table.name), size }, (error) =>
        error ? reject(error) : resolve(),
      );
      fs.createReadStream(source).on('error', reject).pipe(entry);
    });
  }
  pack.finalize();
  await written;
}

/** Why a file is not a sound backup (the caller words it for people). */
export class ArchiveError extends Error {}

/**
 * Reads the archive at `file`: the manifest (checked), then each table's uncompressed COPY text handed to
 * `onTable` in manifest order, its row count and SHA-256 checked against the manifest afterwards.
 * `onManifest` runs before any table is read. Throws `ArchiveError` for an unsound layout or content; a
 * file that is not a tar, or not gzip inside, fails with the library's own error.
 */
export async function readArchive(
  file: string,
  handlers: {
    onManifest?: (manifest: Manifest) => Promise<void> | void;
    onTable: (table: ManifestTable, data: Readable) => Promise<void>;
  },
): Promise<Manifest> {
  const extract = tar.extract();
  const source = fs.createReadStream(file);
  source.on('error', (error) => extract.destroy(error));
  source.pipe(extract);
  let manifest: Manifest | undefined;
  let next = 0;
  try {
    for await (const entry of extract) {
      if (!manifest) {
        if (entry.header.name !== MANIFEST) throw new ArchiveError(`the first entry is not ${MANIFEST}`);
        manifest = parseManifest(await text(entry));
        await handlers.onManifest?.(manifest);
        continue;
      }
      const table = manifest.tables[next];
      if (!table || entry.header.name !== tableEntry(table.name)) {
        throw new ArchiveError(`unexpected entry ${entry.header.name}`);
      }
      next++;
      const digest = new CopyDigest();
      const gunzip = zlib.createGunzip();
      // Both settle before we go on: a failed read must not leave the handler's rejection unobserved.
      const settled = await Promise.allSettled([
        pipeline(entry, gunzip, digest),
        handlers.onTable(table, digest),
      ]);
      for (const outcome of settled) if (outcome.status === 'rejected') throw outcome.reason;
      const sha256 = digest.digest();
      if (digest.rows !== table.rows || sha256 !== table.sha256) {
        throw new ArchiveError(`the data of table ${table.name} does not match its manifest`);
      }
    }
  } finally {
    source.destroy();
  }
  if (!manifest) throw new ArchiveError(`no ${MANIFEST}`);
  if (next !== manifest.tables.length) {
    throw new ArchiveError(`the file ends after ${next} of ${manifest.tables.length} tables`);
  }
  return manifest;
}

function parseManifest(json: string): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new ArchiveError(`${MANIFEST} is not JSON`);
  }
  const parsed = ManifestSchema.safeParse(value);
  if (!parsed.success) throw new ArchiveError(`${MANIFEST} is not a Simpul backup manifest`);
  return parsed.data;
}

async function text(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
