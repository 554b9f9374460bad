import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/database.ts';
import { type CsvPart, writeEdgesCsv, writeNodesCsv } from '../../formats/csv/csv-writer.ts';
import { writeGexf } from '../../formats/gexf/gexf-writer.ts';
import { writeGraphml } from '../../formats/graphml/graphml-writer.ts';
import type { Lang } from '../../shared/i18n.ts';
import { assertMayReadCenterNetwork } from '../access/network.policy.ts';
import type { CenterNetwork } from '../view/network.schema.ts';
import { centerNetworkFor } from '../view/network.service.ts';
import type { ExportFormat } from './export.schema.ts';

/** One exported file: its text, media type and the file name suffix it is offered under. */
export interface NetworkFile {
  body: string;
  contentType: string;
  suffix: string;
}

/**
 * A centre's network as `actor` may export it: the same checks and the same ties, pseudonyms included,
 * as `GET /api/centers/:id/network` (404 for an unknown centre, 403 outside the reader's scope).
 */
export async function networkForExport(
  db: Db,
  actor: Actor,
  pseudonymKey: string,
  centerId: string,
  at: string | undefined,
): Promise<CenterNetwork> {
  await assertMayReadCenterNetwork(db, actor, centerId);
  return centerNetworkFor(db, actor, pseudonymKey, centerId, at);
}

/** Renders a network in `format` (for CSV, the `part` asked for); tie type labels in `lang`. */
export function renderNetwork(
  network: CenterNetwork,
  format: ExportFormat,
  part: CsvPart,
  lang: Lang,
): NetworkFile {
  switch (format) {
    case 'gexf':
      return {
        body: writeGexf(network, lang),
        contentType: 'application/gexf+xml; charset=utf-8',
        suffix: '.gexf',
      };
    case 'graphml':
      return {
        body: writeGraphml(network),
        contentType: 'application/graphml+xml; charset=utf-8',
        suffix: '.graphml',
      };
    case 'csv':
      return part === 'nodes'
        ? { body: writeNodesCsv(network), contentType: 'text/csv; charset=utf-8', suffix: '.nodes.csv' }
        : { body: writeEdgesCsv(network, lang), contentType: 'text/csv; charset=utf-8', suffix: '.csv' };
  }
}
