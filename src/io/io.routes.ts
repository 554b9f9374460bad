import type { ServerResponse } from 'node:http';
import { PassThrough, Readable } from 'node:stream';
import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { AppError } from '../shared/errors.ts';
import { t, tr } from '../shared/i18n.ts';
import { exportTable } from './export.service.ts';
import { importTable } from './import.service.ts';
import { importLimits } from './import-limits.ts';
import { ImportSlots } from './import-slots.ts';
import { IO_MESSAGES as M } from './io.messages.ts';
import { ioPolicy } from './io.policy.ts';
import { reportToError } from './issues.ts';
import { CONTENT_TYPES, type TableFormat } from './read-table.ts';
import { writeTemplate } from './template.ts';
import { spoolUpload } from './upload.ts';

const tags = ['import-export'];

/**
 * File import and export: `POST /api/import/:kind` takes the file itself as the body (CSV or XLSX, by
 * Content-Type) and streams it into the import; `GET /api/export/:kind` and `GET /api/templates/:kind.xlsx`
 * stream files back. The raw-body parsers live in this plugin's own scope.
 */
export async function ioRoutes(app: SimpulApp, deps: AppDeps, settings: ImportRouteSettings): Promise<void> {
  await app.register(async (scope) => routes(scope as SimpulApp, deps, settings));
}

/** How many imports may run, and for how long (see `docs/RELIABILITY.md`). */
export interface ImportRouteSettings {
  timeoutSeconds: number;
  perUser: number;
  atOnce: number;
}

async function routes(app: SimpulApp, { db }: AppDeps, settings: ImportRouteSettings): Promise<void> {
  const limit = app.initialConfig.bodyLimit ?? 1024 * 1024;
  const slots = new ImportSlots(settings.perUser, settings.atOnce);
  // Hand the body over unread: the import streams it, counting bytes against the body limit.
  app.addContentTypeParser([CONTENT_TYPES.csv, CONTENT_TYPES.xlsx], (_request, payload, done) =>
    done(null, payload),
  );

  route(
    app,
    'POST /import/:kind',
    {
      access: ioPolicy.import,
      tags: tags,
      summary: 'Import a CSV or XLSX file, all or nothing',
      description:
        'Send the file as the raw body with Content-Type text/csv or the XLSX type. Any wrong row: 422, nothing ' +
        'written, each problem in error.details as { path: "row 12, column tkl", message }.',
    },
    async (request, reply) => {
      const body = request.body;
      if (!(body instanceof Readable)) {
        throw new AppError('unsupported_media_type', tr(M.badContentType, { xlsx: CONTENT_TYPES.xlsx }));
      }
      const declared = Number(request.headers['content-length']);
      if (declared > limit) throw tooLarge(limit);
      const format: TableFormat = request.headers['content-type']?.startsWith(CONTENT_TYPES.csv)
        ? 'csv'
        : 'xlsx';
      const slot = slots.take(request.actor.kind === 'user' ? request.actor.userId : 'system');
      const hungUp = abortWhenClientLeaves(reply.raw);
      try {
        const upload = await spoolUpload(body, limit, () => tooLarge(limit), hungUp.signal);
        try {
          const report = await importTable(
            db,
            request.params.kind,
            { format, path: upload.path },
            request.query,
            { limits: importLimits(limit), timeoutSeconds: settings.timeoutSeconds, signal: hungUp.signal },
          );
          if (report.errorCount > 0) throw reportToError(report);
          return report;
        } finally {
          await upload.remove();
        }
      } finally {
        hungUp.clear();
        slot.release();
      }
    },
  );

  route(
    app,
    'GET /export/:kind',
    {
      access: ioPolicy.export,
      tags: tags,
      summary: 'Export in the import layout (stable order, same bytes for the same data)',
    },
    async (request, reply) => {
      ioPolicy.assertMayExport(request.actor);
      const { kind } = request.params;
      const { format } = request.query;
      const body = new PassThrough();
      // Not awaited: the reply consumes the stream while the export fills it; a failure destroys it.
      exportTable(db, kind, format, body).catch((error: unknown) =>
        request.log.error({ err: error }, 'export failed'),
      );
      return reply
        .header('content-type', CONTENT_TYPES[format])
        .header('content-disposition', `attachment; filename="${kind}.${format}"`)
        .send(body);
    },
  );

  route(
    app,
    'GET /templates/:kind.xlsx',
    {
      access: ioPolicy.template,
      tags: tags,
      summary: 'An empty workbook with the Indonesian headers and a "petunjuk" sheet',
    },
    async (request, reply) => {
      const body = new PassThrough();
      writeTemplate(request.params.kind, body).catch((error: unknown) => body.destroy(error as Error));
      return reply
        .header('content-type', CONTENT_TYPES.xlsx)
        .header('content-disposition', `attachment; filename="simpul-${request.params.kind}.xlsx"`)
        .send(body);
    },
  );
}

function tooLarge(limit: number): AppError {
  return new AppError('payload_too_large', t('payload_too_large', { limit }));
}

/**
 * A signal that aborts when the client closes its connection before the response was sent, with the
 * "cancelled" message as its reason; `clear` stops listening.
 */
function abortWhenClientLeaves(response: ServerResponse): { signal: AbortSignal; clear(): void } {
  const controller = new AbortController();
  const onClose = () => {
    if (!response.writableFinished) controller.abort(new AppError('unprocessable', tr(M.importCancelled)));
  };
  response.once('close', onClose);
  // The client may have left before this handler ran; then 'close' has already been emitted.
  if (response.destroyed || response.socket?.destroyed) onClose();
  return { signal: controller.signal, clear: () => response.off('close', onClose) };
}
