import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/database.ts';
import { AppError, errors } from '../../shared/errors.ts';
import { tr } from '../../shared/lang.ts';
import * as repo from './qdpx.repo.ts';
import type { ImportReport } from './qdpx.schema.ts';
import { M, readExchangeFile } from './qdpx.service.ts';
import { importCodebook, importProject } from './qdpx-import.repo.ts';

/** How an uploaded REFI-QDA file is imported. */
export interface QdaImportOptions {
  filename: string;
  /** Refuse any schema departure (422 naming element and line) instead of reporting it. */
  strict?: boolean | undefined;
  /** The installation's pseudonym key (to find the ties of a Simpul export again). */
  pseudonymKey: string;
  /** Import into this project instead of making a new one. */
  into?: string;
  /** Only the codes (the `.qdc` route): a project file's codes are taken, the rest left. */
  codebookOnly?: boolean;
}

/**
 * Reads the file first (a bad file is refused before any transaction: nothing written), then imports it:
 * a project file as a new project or into `into`; a codebook into `into` only (422 as a new project).
 */
export async function importQdaFile(
  db: Db,
  actor: Actor,
  bytes: Buffer,
  options: QdaImportOptions,
): Promise<ImportReport> {
  if (options.into !== undefined && !(await repo.projectRow(db, options.into)))
    throw errors.notFound('researchProject', options.into);
  const read = await readExchangeFile(bytes, options.filename, options.strict === true);
  if (options.into !== undefined && (options.codebookOnly || read.kind === 'codebook'))
    return importCodebook(db, actor, options.into, read, options.filename);
  if (read.kind === 'codebook') throw new AppError('unprocessable', tr(M.notProject));
  const target =
    options.into === undefined
      ? { pseudonymKey: options.pseudonymKey }
      : { pseudonymKey: options.pseudonymKey, into: options.into };
  return importProject(db, actor, read, options.filename, target);
}
