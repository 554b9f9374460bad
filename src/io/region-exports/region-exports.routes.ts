import { route } from '../../http/route.ts';
import type { AppDeps, SimpulApp } from '../../http/types.ts';
import { regionExportPolicy as policy } from './region-exports.policy.ts';
import {
  createRegionExport,
  listOwnRegionExports,
  readRegionExport,
  readRegionExportFile,
} from './region-exports.service.ts';

const tags = ['import-export'];

/**
 * `/api/region-exports`: a whole region's registry as one ZIP of re-importable files, written by a worker.
 * The page starts one, follows it, and downloads the file when it is done.
 */
export async function regionExportRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(
    app,
    'POST /region-exports',
    {
      access: policy.create,
      tags,
      summary: 'Start an export of a region’s data on the job queue (202 with the export to follow)',
      description:
        'Centres, enterprises with their yearly figures, institutions, memberships and ties that lie in the ' +
        'region (and the caller’s area), each file in its import layout, in one ZIP. GET /region-exports/:id ' +
        'tells its progress; GET /region-exports/:id/file downloads it when done (kept 7 days).',
    },
    async (request, reply) =>
      reply.status(202).send(await createRegionExport(db, request.actor, request.body)),
  );

  route(
    app,
    'GET /region-exports',
    { access: policy.read, tags, summary: 'The calling user’s 20 most recent region exports' },
    (request) => listOwnRegionExports(db, request.actor),
  );

  route(
    app,
    'GET /region-exports/:id',
    { access: policy.read, tags, summary: 'A region export: its status, progress and file size' },
    (request) => readRegionExport(db, request.actor, request.params.id),
  );

  route(
    app,
    'GET /region-exports/:id/file',
    { access: policy.read, tags, summary: 'The ZIP of a finished region export (409 while not ready)' },
    async (request, reply) => {
      const file = await readRegionExportFile(db, request.actor, request.params.id);
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="${file.name}"`)
        .send(file.bytes);
    },
  );
}
