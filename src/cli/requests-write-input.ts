// From the options of `simpul requests create|answer|rate` to the bodies the services take, every problem
// named by the option the person typed (not the API's field name).
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { AppError, type ErrorDetail } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';

/** The option that sets each body field, for messages (`answerDeadline` → `--answer-by`). */
export const OPTION_OF: Record<string, string> = {
  posterEnterpriseId: '--poster',
  buyerName: '--buyer',
  product: '--product',
  description: '--description',
  processCodes: '--process',
  requiredCertifications: '--certification',
  quantity: '--quantity',
  unit: '--unit',
  targetUnitPrice: '--target-price',
  answerDeadline: '--answer-by',
  deliveryDate: '--deliver-by',
  tieType: '--tie-type',
  targetCenterIds: '--center',
  targetRegionCode: '--region',
  visibility: '--visibility',
  reviewRequired: '--review',
  enterpriseIds: '--enterprise',
  enterpriseId: '--enterprise',
  unitPrice: '--price',
  quantityOffered: '--capacity',
  readyOn: '--date',
  answerNote: '--note',
  side: '--side',
  onTime: '--on-time',
  quality: '--quality',
  communication: '--communication',
  ratingComment: '--comment',
};

const optionOf = (path: string) => {
  const field = path.split('.')[0] ?? path;
  return OPTION_OF[field] ?? path;
};

/**
 * An error whose first line names the option of its first problem (`--answer-by: …`); a single problem is
 * that line alone (the terminal says a detail equal to the message once).
 */
export function optionError(code: AppError['code'], details: ErrorDetail[], fallback = ''): AppError {
  const [first] = details;
  if (!first?.path.startsWith('--')) return new AppError(code, first?.message ?? fallback, details);
  const message = `${first.path}: ${first.message}`;
  return new AppError(code, message, details.length === 1 ? [{ path: first.path, message }] : details);
}

/** A service's error with each detail's field replaced by the option that sets it. */
export function inOptionTerms(thrown: unknown): unknown {
  if (!(thrown instanceof AppError) || thrown.details.length === 0) return thrown;
  const details = thrown.details.map((d) => ({ ...d, path: optionOf(d.path) }));
  if (!details.some((d) => d.path.startsWith('--'))) return thrown;
  return optionError(thrown.code, details, thrown.message);
}

/** A number typed on the command line; absent stays absent, text that is no number becomes NaN (zod says so). */
export const numberOf = (value: string | undefined): number | undefined =>
  value === undefined ? undefined : value.trim() === '' ? Number.NaN : Number(value);

/** Parses `body` with `schema`; a 400 naming every wrong option, nothing written. */
export function parseOptions<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const details: ErrorDetail[] = parsed.error.issues.map((issue) => ({
    path: optionOf(issue.path.map(String).join('.')) || '--file',
    message: issue.message,
  }));
  throw optionError('validation_failed', details);
}

/** The JSON object of `--file`, or a 400 naming the file when it cannot be read or is no object. */
export async function readJsonFile(file: string): Promise<Record<string, unknown>> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const message = tr(
      {
        id: 'Berkas {file} tidak dapat dibaca sebagai JSON: {reason}',
        en: 'The file {file} cannot be read as JSON: {reason}',
      },
      { file, reason: (error as Error).message },
    );
    throw optionError('validation_failed', [{ path: '--file', message }]);
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return value as Record<string, unknown>;
  const message = tr(
    {
      id: 'Berkas {file} harus berisi satu objek JSON ({ … }).',
      en: 'The file {file} must hold one JSON object ({ … }).',
    },
    { file },
  );
  throw optionError('validation_failed', [{ path: '--file', message }]);
}
