import type {
  FieldChange,
  FieldChangeResult,
  FieldConflict,
  FieldConflictResolve,
  FieldPackage,
} from '../../../src/field/field.schema.ts';
import type { FieldProjectPackage } from '../../../src/field/field-research.schema.ts';
import type { ErrorBody } from '../../../src/shared/error-body.ts';
import { ApiError, getApiLang, getCsrfToken, setCsrfToken } from '../api/client.ts';

/*
 * The field endpoints (docs/FIELD-SYNC.md), called with fetch directly rather than through `api`: a lost
 * connection, an expired session and a 304 each mean something different to the queue, and none of them
 * may sign the user out of the offline screens.
 */

/** The request never got an answer (offline, or the connection dropped). */
export class OfflineError extends Error {}
/** The session ended (401): the queue is kept and sent after sign-in. */
export class SessionExpiredError extends Error {}

async function call(method: string, path: string, init: { body?: unknown; etag?: string | null } = {}) {
  const headers: Record<string, string> = { 'accept-language': getApiLang() };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const csrf = getCsrfToken();
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  if (init.etag) headers['if-none-match'] = init.etag;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch (error) {
    throw new OfflineError(error instanceof Error ? error.message : String(error));
  }
  if (response.status === 401) throw new SessionExpiredError('401');
  if (response.ok || response.status === 304) return response;
  let payload: Partial<ErrorBody> = {};
  try {
    payload = await response.json();
  } catch {
    // Not the server's error body (a proxy's page): the status says it.
  }
  throw new ApiError(
    response.status,
    payload.error?.code ?? 'http_error',
    payload.error?.message ?? `${response.status} ${response.statusText}`,
    payload.error?.details ?? [],
  );
}

/** Reads a body; a connection cut while it streams is an `OfflineError` like one cut before. */
async function json<T>(response: Response): Promise<T> {
  try {
    return (await response.json()) as T;
  } catch (error) {
    throw new OfflineError(error instanceof Error ? error.message : String(error));
  }
}

/** One centre the user may collect in. */
export interface FieldCenterItem {
  id: string;
  name: string;
  memberCount: number;
}

/** The centres the user may download a package for. */
export async function fetchFieldCenters(): Promise<FieldCenterItem[]> {
  return (await json<{ items: FieldCenterItem[] }>(await call('GET', '/field/centers'))).items;
}

/** A package (format 1) at `path` with its ETag and size, or null when the phone's copy (`etag`) is current. */
async function fetchVersioned<T extends { format: number }>(
  path: string,
  etag: string | null,
): Promise<{ pkg: T; etag: string | null; bytes: number } | null> {
  const response = await call('GET', path, { etag });
  if (response.status === 304) return null;
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new OfflineError(error instanceof Error ? error.message : String(error));
  }
  const pkg = JSON.parse(text) as T;
  if (pkg.format !== 1) throw new Error(`unknown package format ${String(pkg.format)}`);
  return { pkg, etag: response.headers.get('etag'), bytes: text.length };
}

/** A centre's downloaded package with its ETag and size, or null when the phone's copy is current. */
export function fetchPackage(
  centerId: string,
  etag: string | null,
): Promise<{ pkg: FieldPackage; etag: string | null; bytes: number } | null> {
  return fetchVersioned<FieldPackage>(`/field/centers/${encodeURIComponent(centerId)}/package`, etag);
}

/** One research project the user is a member of (`GET /api/research/projects`, not archived). */
export interface FieldProjectItem {
  id: string;
  name: string;
  myRole: string | null;
}

/** The research projects the user is a member of: those whose package they may download. */
export async function fetchFieldProjects(): Promise<FieldProjectItem[]> {
  const { items } = await json<{ items: FieldProjectItem[] }>(await call('GET', '/research/projects'));
  return items.filter((p) => p.myRole !== null);
}

/** A research project's package with its ETag and size, or null when the phone's copy is current. */
export function fetchProjectPackage(
  projectId: string,
  etag: string | null,
): Promise<{ pkg: FieldProjectPackage; etag: string | null; bytes: number } | null> {
  return fetchVersioned<FieldProjectPackage>(
    `/field/projects/${encodeURIComponent(projectId)}/package`,
    etag,
  );
}

/** Sends changes in order; one result per change, in order. */
export async function postChanges(changes: FieldChange[]): Promise<FieldChangeResult[]> {
  return (
    await json<{ results: FieldChangeResult[] }>(await call('POST', '/field/sync', { body: { changes } }))
  ).results;
}

/** The user's open conflicts, oldest first. */
export async function fetchConflicts(): Promise<FieldConflict[]> {
  return (await json<{ items: FieldConflict[] }>(await call('GET', '/field/conflicts'))).items;
}

/** Resolves one conflict (a 409 `ApiError` when the firm changed again since `body.version`). */
export async function resolveConflict(id: string, body: FieldConflictResolve): Promise<void> {
  await call('POST', `/field/conflicts/${encodeURIComponent(id)}/resolve`, { body });
}

/** Checks the session before a sync; a 401 is `SessionExpiredError`. Answers who is signed in. */
export async function checkSession(): Promise<{ userId: string }> {
  const me = await json<{ user: { id: string }; csrfToken: string | null }>(await call('GET', '/auth/me'));
  // A session begun in another tab since brings its own token: the sync's writes need the current one.
  if (me.csrfToken) setCsrfToken(me.csrfToken);
  return { userId: me.user.id };
}
