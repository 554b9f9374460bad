// The actions of `simpul import`, `export` and `template`, loaded when one runs (io-commands.ts registers
// them): the file readers and writers (exceljs among them) are not loaded for help or other commands.
import { createWriteStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { SingleBar } from 'cli-progress';
import { encodingLabel } from '../io/decode-text.ts';
import { exportTable } from '../io/export.service.ts';
import { type ImportPhase, importTable } from '../io/import.service.ts';
import { importLimits } from '../io/import-limits.ts';
import { IO_MESSAGES as M } from '../io/io.messages.ts';
import { IMPORT_KINDS, type ImportKind, ImportSettingsSchema } from '../io/io.schema.ts';
import { reportToError } from '../io/issues.ts';
import { formatOfFileName, importFormatOfFileName, type TableFormat } from '../io/read-table.ts';
import { writeTemplate } from '../io/template.ts';
import { AppError } from '../shared/errors.ts';
import { currentLang, tr } from '../shared/i18n.ts';
import { say } from './action.ts';
import { words } from './cli-lang.ts';
import { CLI_MESSAGES as W } from './cli-messages.ts';
import { withDatabase } from './runtime.ts';

/** The options of `simpul import`. */
export interface ImportOptions {
  dryRun?: boolean;
  region?: string;
  source?: string;
  vintage?: string;
  researchProject?: string;
  tool?: string;
}

function kindOf(value: string): ImportKind {
  const kind = IMPORT_KINDS.find((k) => k === value);
  if (!kind) {
    const message = tr(M.unknownKind, { value, allowed: IMPORT_KINDS.join(', ') });
    throw new AppError('validation_failed', message, [{ path: 'kind', message }]);
  }
  return kind;
}

function formatOf(file: string, only?: TableFormat): TableFormat {
  const format = formatOfFileName(file);
  if (!format || (only && format !== only)) {
    const message = only ? tr(M.templateExtension) : tr(M.badExtension, { file });
    throw new AppError('validation_failed', message, [{ path: 'file', message }]);
  }
  return format;
}

function importFormatOf(file: string): TableFormat {
  const format = importFormatOfFileName(file);
  if (!format) {
    const message = tr(M.badImportExtension, { file });
    throw new AppError('validation_failed', message, [{ path: 'file', message }]);
  }
  return format;
}

/** A progress bar on stderr, only when a person is watching (stderr is a terminal). */
function progressBar(format: string): SingleBar | undefined {
  if (!process.stderr.isTTY) return undefined;
  return new SingleBar({ format, stream: process.stderr, hideCursor: true, clearOnComplete: true });
}

/** `simpul import KIND FILE`: all or nothing, the report on stdout. */
export async function runImport(kindName: string, file: string, options: ImportOptions): Promise<void> {
  const kind = kindOf(kindName);
  const format = importFormatOf(file);
  if (!existsSync(file)) throw new AppError('validation_failed', tr(M.fileMissing, { file }));
  const parsed = ImportSettingsSchema.safeParse({ dryRun: options.dryRun ?? false, ...definedOnly(options) });
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({
      path: `--${String(i.path[0] ?? '')}`,
      message: i.message,
    }));
    throw new AppError('validation_failed', details[0]?.message ?? '', details);
  }
  await withDatabase(async ({ db }, config) => {
    const size = statSync(file).size;
    const bar = progressBar(W.importBar[currentLang()].replace('{kind}', kind));
    bar?.start(size, 0, { rows: 0 });
    let bytes = 0;
    const onProgress = (phase: ImportPhase, rows: number) => {
      bar?.update(bytes, { rows });
      if (phase === 'staged') {
        bar?.stop();
        if (bar) say(words(W.rowsRead, { rows }));
      }
    };
    try {
      const report = await importTable(db, kind, { format, path: file }, parsed.data, {
        // A file on the operator's own disk may be larger than an upload; its expansion still has a bound.
        limits: importLimits(Math.max(size, config.bodyLimit)),
        timeoutSeconds: config.importTimeoutSeconds,
        onProgress,
        onBytes: (read) => {
          bytes = read;
        },
      });
      if (report.errorCount > 0) throw reportToError(report);
      process.stdout.write(`${JSON.stringify(report)}\n`);
      const { rows, inserted, updated, unchanged } = report;
      say(
        words(report.dryRun ? W.wouldImport : W.imported, { kind, rows, inserted, updated, unchanged }) +
          (report.encoding ? `; ${tr(M.readAs, { encoding: encodingLabel(report.encoding) })}` : '') +
          (report.dryRun ? words(W.dryRun) : ''),
      );
    } finally {
      bar?.stop();
    }
  });
}

// The settings as the import schema names them (`--research-project` is `researchProjectId`).
function definedOnly(options: ImportOptions): Record<string, string> {
  const { region, source, vintage, researchProject, tool } = options;
  return {
    ...(tool !== undefined && { tool }),
    ...(region !== undefined && { region }),
    ...(source !== undefined && { source }),
    ...(vintage !== undefined && { vintage }),
    ...(researchProject !== undefined && { researchProjectId: researchProject }),
  };
}

/** Writes to `<file>.partial` and renames on success, so a failed run never leaves a plausible file. */
async function writeFileAtomically(
  file: string,
  write: (output: PassThrough) => Promise<unknown>,
): Promise<void> {
  const partial = `${file}.partial`;
  const output = createWriteStream(partial);
  const finished = new Promise<void>((resolve, reject) => {
    output.on('finish', resolve);
    output.on('error', reject);
  });
  const pipe = new PassThrough();
  pipe.pipe(output);
  try {
    await write(pipe);
    await finished;
    renameSync(partial, file);
  } catch (error) {
    output.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}

/** `simpul export KIND FILE`: the import layout, written atomically. */
export async function runExport(kindName: string, file: string): Promise<void> {
  const kind = kindOf(kindName);
  const format = formatOf(file);
  await withDatabase(async ({ db }) => {
    const bar = progressBar(W.exportBar[currentLang()].replace('{kind}', kind));
    bar?.start(0, 0);
    try {
      let rows = 0;
      await writeFileAtomically(file, async (output) => {
        rows = await exportTable(db, kind, format, output, (n) => bar?.update(n));
      });
      bar?.stop();
      say(words(W.exported, { kind, rows, file }));
    } finally {
      bar?.stop();
    }
  });
}

/** `simpul template KIND FILE`: an empty workbook to fill in. */
export async function runTemplate(kindName: string, file: string): Promise<void> {
  const kind = kindOf(kindName);
  formatOf(file, 'xlsx');
  await writeFileAtomically(file, (output) => writeTemplate(kind, output));
  say(words(W.template, { kind, file }));
}
