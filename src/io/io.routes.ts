import { PassThrough, Readable, Transform } from 'node:stream';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { AppError } from '../shared/errors.ts';
import { t, tr } from '../shared/i18n.ts';
import { exportTable } from './export.service.ts';
import { importTable } from './import.service.ts';
import { IO_MESSAGES as M } from './io.messages.ts';
import { ioPolicy } from './io.policy.ts';
import { ExportQuerySchema, ImportQuerySchema, ImportReportSchema, KindParamsSchema } from './io.schema.ts';
import { reportToError } from './issues.ts';
import { CONTENT_TYPES, type TableFormat } from './read-table.ts';
import { writeTemplate } from './template.ts';

const tags = ['import-export'];

/**
 * File import and export: `POST /api/import/:kind` takes the file itself as the body (CSV or XLSX, by
 * Content-Type) and streams it into the import; `GET /api/export/:kind` and `GET /api/templates/:kind.xlsx`
 * stream files back. The raw-body parsers live in this plugin's own scope.
 */
export async function ioRoutes(app: SimpulApp, deps: AppDeps): Promise<void> {
  await app.register(async (scope) => routes(scope as SimpulApp, deps));
}

async function routes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  const limit = app.initialConfig.bodyLimit ?? 1024 * 1024;
  // Hand the body over unread: the import streams it, counting bytes against the body limit.
  app.addContentTypeParser([CONTENT_TYPES.csv, CONTENT_TYPES.xlsx], (_request, payload, done) =>
    done(null, payload),
  );

  app.post(
    '/import/:kind',
    {
      schema: {
        tags,
        summary: 'Import a CSV or XLSX file, all or nothing',
        description:
          'Send the file as the raw body with Content-Type text/csv or the XLSX type. Any wrong row: 422, nothing ' +
          'written, each problem in error.details as { path: "row 12, column tkl", message }.',
        params: KindParamsSchema,
        querystring: ImportQuerySchema,
        consumes: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx],
        response: { 200: ImportReportSchema },
      },
      config: { access: ioPolicy.import },
    },
    async (request) => {
      const body = request.body;
      if (!(body instanceof Readable)) {
        throw new AppError('unsupported_media_type', tr(M.badContentType, { xlsx: CONTENT_TYPES.xlsx }));
      }
      const declared = Number(request.headers['content-length']);
      if (declared > limit) throw tooLarge(limit);
      const format: TableFormat = request.headers['content-type']?.startsWith(CONTENT_TYPES.csv)
        ? 'csv'
        : 'xlsx';
      const { dryRun, region, source, vintage } = request.query;
      // Not `pipeline`: on a failure it would destroy the request itself, and the client would get a reset
      // connection instead of the 413. A client that hangs up must still fail (and roll back) the import.
      const stream = byteLimit(limit);
      // The import reads `stream` and fails with its error; this listener only keeps an error emitted after
      // the reader let go (e.g. the rest of an oversized upload) from becoming an uncaught exception.
      stream.on('error', () => {});
      body.pipe(stream);
      body.once('error', (error) => stream.destroy(error));
      body.once('close', () => {
        if (!body.readableEnded) stream.destroy(new Error('request closed before its end'));
      });
      const report = await importTable(
        db,
        request.params.kind,
        { format, stream },
        { dryRun, region, source, vintage },
      );
      if (report.errorCount > 0) throw reportToError(report);
      return report;
    },
  );

  app.get(
    '/export/:kind',
    {
      schema: {
        tags,
        summary: 'Export in the import layout (stable order, same bytes for the same data)',
        params: KindParamsSchema,
        querystring: ExportQuerySchema,
      },
      config: { access: ioPolicy.export },
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

  app.get(
    '/templates/:kind.xlsx',
    {
      schema: {
        tags,
        summary: 'An empty workbook with the Indonesian headers and a "petunjuk" sheet',
        params: KindParamsSchema,
      },
      config: { access: ioPolicy.template },
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

/** Passes bytes through until more than `limit` have gone by, then fails with 413. */
function byteLimit(limit: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      callback(seen > limit ? tooLarge(limit) : null, chunk);
    },
  });
}
