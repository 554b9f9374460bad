import { renameSync, writeFileSync } from 'node:fs';
import { currentActor } from '../../auth/actor.ts';
import { loadPseudonymKey } from '../../auth/pseudonym.ts';
import type { Db } from '../../db/database.ts';
import { DateSchema } from '../../shared/dates.ts';
import { AppError } from '../../shared/errors.ts';
import { currentLang, tr } from '../../shared/i18n.ts';
import { NETWORK_EXPORT_MESSAGES as M } from './export.messages.ts';
import { EXPORT_FORMATS, type ExportFormat } from './export.schema.ts';
import { networkForExport, renderNetwork } from './export.service.ts';

/** Options of `simpul network export`. */
export interface NetworkExportOptions {
  center: string;
  format: string;
  at?: string;
}

/** Where the CSV node list goes beside the edge list: `net.csv` → `net.nodes.csv`. */
export function nodesFileOf(file: string): string {
  return file.toLowerCase().endsWith('.csv') ? `${file.slice(0, -4)}.nodes.csv` : `${file}.nodes.csv`;
}

/** Checks the options before the database is opened; a wrong one is a 400-class error (exit 2). */
export function checkExportOptions(options: NetworkExportOptions): ExportFormat {
  const format = EXPORT_FORMATS.find((f) => f === options.format.toLowerCase());
  if (!format) {
    const message = tr(M.unknownFormat, { value: options.format, allowed: EXPORT_FORMATS.join(', ') });
    throw new AppError('validation_failed', message, [{ path: '--format', message }]);
  }
  if (options.at !== undefined && !DateSchema.safeParse(options.at).success) {
    const message = tr(M.badDate, { value: options.at });
    throw new AppError('validation_failed', message, [{ path: '--at', message }]);
  }
  return format;
}

/**
 * Writes a centre's network to `file` as the current (CLI) actor may see it; CSV writes the edge list to
 * `file` and the node list beside it. Each file is written under a temporary name and renamed, so a
 * failure never leaves a plausible half file. Returns the files written.
 */
export async function exportNetworkToFile(
  db: Db,
  file: string,
  options: NetworkExportOptions,
): Promise<{ files: string[]; nodes: number; ties: number }> {
  const format = checkExportOptions(options);
  const network = await networkForExport(
    db,
    currentActor(),
    await loadPseudonymKey(db),
    options.center,
    options.at,
  );
  const lang = currentLang();
  const outputs =
    format === 'csv'
      ? [
          { path: file, body: renderNetwork(network, 'csv', 'edges', lang).body },
          { path: nodesFileOf(file), body: renderNetwork(network, 'csv', 'nodes', lang).body },
        ]
      : [{ path: file, body: renderNetwork(network, format, 'edges', lang).body }];
  for (const output of outputs) {
    writeFileSync(`${output.path}.partial`, output.body);
    renameSync(`${output.path}.partial`, output.path);
  }
  return { files: outputs.map((o) => o.path), nodes: network.nodes.length, ties: network.ties.length };
}
