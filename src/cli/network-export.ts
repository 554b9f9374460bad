// `simpul network export`, loaded when it runs (network-commands.ts registers it).
import { resolveCenter } from '../centers/centers.service.ts';
import { NETWORK_EXPORT_MESSAGES } from '../networks/export/export.messages.ts';
import {
  checkExportOptions,
  exportNetworkToFile,
  type NetworkExportOptions,
} from '../networks/export/export-cli.ts';
import { tr } from '../shared/i18n.ts';
import { say } from './action.ts';
import { withDatabase } from './runtime.ts';

/** `simpul network export FILE`: a centre's network from the database, written as a file. */
export async function exportFile(file: string, options: NetworkExportOptions): Promise<void> {
  checkExportOptions(options);
  await withDatabase(async ({ db }) => {
    // --center takes the centre's id or its exact name.
    const center = await resolveCenter(db, options.center);
    const result = await exportNetworkToFile(db, file, { ...options, center: center.id });
    say(tr(NETWORK_EXPORT_MESSAGES.written, { ...result, files: result.files.join(', ') }));
  });
}
