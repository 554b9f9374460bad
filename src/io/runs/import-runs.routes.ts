import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { requireUser } from '../../auth/policy.ts';
import { route } from '../../http/route.ts';
import type { AppDeps, SimpulApp } from '../../http/types.ts';
import { AppError } from '../../shared/errors.ts';
import { currentLang, t, tr } from '../../shared/i18n.ts';
import { IO_MESSAGES as M } from '../io.messages.ts';
import { CONTENT_TYPES, type TableFormat } from '../read-table.ts';
import { spoolUpload } from '../upload.ts';
import { importRunPolicy as policy } from './import-runs.policy.ts';
import { createImportRun, listOwnImportRuns, readImportRun } from './import-runs.service.ts';

const tags = ['import-export'];

/**
 * `/api/import-runs`: an import the web starts and then follows. The file is taken like
 * `POST /api/import/:kind` takes it (the raw body), stored with the run, and imported by a worker; the page
 * polls the run for its progress and its report.
 */
export async function importRunRoutes(
  app: SimpulApp,
  deps: AppDeps,
  settings: ImportRunSettings,
): Promise<void> {
  await app.register(async (scope) => routes(scope as SimpulApp, deps, settings));
}

/** How long a run may take, and how many unfinished runs one user may have. */
export interface ImportRunSettings {
  timeoutSeconds: number;
  perUser: number;
}

async function routes(app: SimpulApp, { db }: AppDeps, settings: ImportRunSettings): Promise<void> {
  const limit = app.initialConfig.bodyLimit ?? 1024 * 1024;
  app.addContentTypeParser([CONTENT_TYPES.csv, CONTENT_TYPES.xlsx], (_request, payload, done) =>
    done(null, payload),
  );

  route(
    app,
    'POST /import-runs/:kind',
    {
      access: policy.create,
      tags,
      summary: 'Start an import on the job queue (202 with the run to follow)',
      description:
        'The file as the raw body, as for POST /import/:kind; never a dry run. The run is imported by a worker ' +
        'as the calling user, all or nothing; GET /import-runs/:id tells its progress and its report.',
    },
    async (request, reply) => {
      const body = request.body;
      if (!(body instanceof Readable)) {
        throw new AppError('unsupported_media_type', tr(M.badContentType, { xlsx: CONTENT_TYPES.xlsx }));
      }
      const actor = requireUser(request.actor);
      if (Number(request.headers['content-length']) > limit) throw tooLarge(limit);
      const format: TableFormat = request.headers['content-type']?.startsWith(CONTENT_TYPES.csv)
        ? 'csv'
        : 'xlsx';
      const upload = await spoolUpload(body, limit, () => tooLarge(limit), new AbortController().signal);
      const bytes = await readFile(upload.path).finally(() => upload.remove());
      const { fileName, ...options } = request.query;
      const id = await createImportRun(db, settings.perUser, {
        userId: actor.userId,
        via: actor.via,
        language: currentLang(),
        kind: request.params.kind,
        format,
        fileName: fileName ?? `${request.params.kind}.${format}`,
        bytes,
        options: { ...options, dryRun: false },
        bodyLimit: limit,
        timeoutSeconds: settings.timeoutSeconds,
      });
      return reply.status(202).send({ id, status: 'queued' as const });
    },
  );

  route(
    app,
    'GET /import-runs/:id',
    { access: policy.read, tags, summary: 'An import run: its status, progress and report' },
    (request) => readImportRun(db, request.actor, request.params.id),
  );

  route(
    app,
    'GET /import-runs',
    { access: policy.read, tags, summary: 'The calling user’s 20 most recent import runs' },
    (request) => listOwnImportRuns(db, request.actor),
  );
}

function tooLarge(limit: number): AppError {
  return new AppError('payload_too_large', t('payload_too_large', { limit }));
}
