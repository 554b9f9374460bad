import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import yazl from 'yazl';
import { type Actor, withActor } from '../../auth/actor.ts';
import type { Db } from '../../db/database.ts';
import { exportTable } from '../export.service.ts';
import type { TableFormat } from '../read-table.ts';
import { FIXED_WORKBOOK_DATE } from '../write-xlsx.ts';
import { REGION_EXPORT_KINDS, type RegionExportKind } from './region-exports.schema.ts';
import type { RegionExportCounts } from './region-exports.table.ts';

/** What writing reports as it goes: the file being written and the rows written so far in all files. */
export type RegionExportProgress = (kind: RegionExportKind, rowsWritten: number) => void;

/**
 * Writes a region's registry as one ZIP: one file per kind in its import layout (so each re-imports as
 * it is), each holding only what lies in `regionCode` — the user's own export rules, narrowed to that
 * region. The same data gives the same bytes (fixed entry dates, stable order).
 */
export async function writeRegionZip(
  db: Db,
  exporter: Actor,
  regionCode: string,
  format: TableFormat,
  onProgress: RegionExportProgress = () => {},
): Promise<{ bytes: Buffer; counts: RegionExportCounts }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'simpul-region-export-'));
  try {
    const counts: RegionExportCounts = {};
    let total = 0;
    for (const kind of REGION_EXPORT_KINDS) {
      onProgress(kind, total);
      const file = createWriteStream(path.join(folder, `${kind}.${format}`), { mode: 0o600 });
      const rows = await withActor(regionActor(exporter, regionCode), () =>
        exportTable(db, kind, format, file, (n) => onProgress(kind, total + n)),
      );
      await finished(file);
      counts[kind] = rows;
      total += rows;
    }
    const zip = new yazl.ZipFile();
    for (const kind of REGION_EXPORT_KINDS) {
      zip.addFile(path.join(folder, `${kind}.${format}`), `${kind}.${format}`, {
        mtime: FIXED_WORKBOOK_DATE,
        mode: 0o100644,
      });
    }
    const zipPath = path.join(folder, 'export.zip');
    const out = createWriteStream(zipPath, { mode: 0o600 });
    zip.outputStream.pipe(out);
    zip.end();
    await finished(out);
    return { bytes: await readFile(zipPath), counts };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * The exporter as a regional officer of `regionCode` alone: every kind's export query already limits a
 * regional officer to their regions, so this narrows any exporter (ministry, admin, an officer of a wider
 * area, the operator's CLI) to the one region without a second set of queries. The caller has checked
 * that the region is theirs.
 */
export function regionActor(exporter: Actor, regionCode: string): Actor {
  const regions = [regionCode];
  if (exporter.kind === 'user')
    return { ...exporter, role: 'regional_officer', scopes: { ...exporter.scopes, regions } };
  if (exporter.kind === 'anonymous') return exporter;
  return {
    kind: 'user',
    userId: SYSTEM_USER_ID,
    email: exporter.label,
    role: 'regional_officer',
    scopes: { regions, centers: [], enterprises: [], projects: [] },
    personalDataAccess: true,
    via: 'cli',
    readOnly: true,
  };
}

/** No user has this id: the system, reading as if it were an officer of one region. */
const SYSTEM_USER_ID = '00000000-0000-0000-0000-000000000000';
