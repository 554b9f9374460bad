import type { ImportKind, ImportReport } from '../../../src/io/io.schema.ts';
import type { ImportRun } from '../../../src/io/runs/import-runs.schema.ts';
import { ApiError, api } from '../api/client.ts';

/** How often the page asks how far a run has come. */
const POLL_MS = 1000;

// The statuses the server answers each error code with (src/shared/errors.ts), so a failed run reads like
// the synchronous import's answer: 422 with row problems, 4xx for a refused file, 500 otherwise.
const STATUS: Record<string, number> = {
  validation_failed: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  forbidden: 403,
  internal: 500,
};

/** What the caller sends to start a run. */
export interface ImportRunRequest {
  kind: ImportKind;
  file: Blob;
  fileName: string;
  region?: string;
  /** A name-generator survey's research project. */
  researchProjectId?: string;
  /** The file is a KoboToolbox or ODK Central export of Simpul's XLSForm. */
  tool?: 'kobo' | 'odk';
}

/**
 * Starts an import on the job queue and follows it every second until it ends: resolves with its report,
 * or rejects with the error the synchronous import would have answered. `onProgress` sees each poll.
 */
export async function runImport(
  request: ImportRunRequest,
  onProgress: (run: ImportRun) => void,
  signal?: AbortSignal,
): Promise<ImportReport> {
  const { id } = await api.send('POST', '/import-runs/:kind', {
    params: { kind: request.kind },
    body: request.file,
    query: {
      fileName: request.fileName,
      region: request.region || undefined,
      researchProjectId: request.researchProjectId,
      tool: request.tool,
    },
  });
  while (true) {
    const run = await api.get('/import-runs/:id', { params: { id }, signal });
    onProgress(run);
    if (run.status === 'done' && run.result) return run.result;
    if (run.status === 'failed' && run.error) {
      const { code, message, details } = run.error;
      throw new ApiError(STATUS[code] ?? 500, code, message, details);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    if (signal?.aborted) throw signal.reason;
  }
}
