// The action of `simpul export-region`, loaded when it runs (io-commands.ts registers it).
import { renameSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { currentActor } from '../auth/actor.ts';
import { IO_MESSAGES } from '../io/io.messages.ts';
import { REGION_EXPORT_MESSAGES as M } from '../io/region-exports/region-exports.messages.ts';
import { writeRegionZip } from '../io/region-exports/write-region-zip.ts';
import { findRegion } from '../regions/regions.repo.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { say } from './action.ts';
import { withDatabase } from './runtime.ts';

/**
 * `simpul export-region CODE FILE.zip [--format xlsx|csv]`: the ZIP the web's region export gives, written
 * here directly (the CLI is its own process; it needs no worker), atomically.
 */
export async function runRegionExport(
  code: string,
  file: string,
  options: { format?: string },
): Promise<void> {
  if (!file.toLowerCase().endsWith('.zip')) {
    const message = tr(M.zipExtension, { file });
    throw new AppError('validation_failed', message, [{ path: 'file', message }]);
  }
  const format = options.format === 'csv' ? 'csv' : 'xlsx';
  await withDatabase(async ({ db }) => {
    const region = await findRegion(db, code);
    if (!region) {
      const message = tr(IO_MESSAGES.regionUnknown, { value: code });
      throw new AppError('validation_failed', message, [{ path: 'code', message }]);
    }
    const { bytes, counts } = await writeRegionZip(db, currentActor(), code, format);
    const partial = `${file}.partial`;
    try {
      await writeFile(partial, bytes);
      renameSync(partial, file);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
    const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
    const list = Object.entries(counts)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ');
    say(tr(M.written, { region: region.name, code, rows, file, counts: list }));
  });
}
