import type { ErrorBody, ErrorDetail } from '../../../src/shared/error-body.ts';
import type { Lang } from '../i18n/i18n.tsx';
import type { CallArgs, Method, PathOf, ResponseOf } from './endpoint-types.ts';

/** An API refusal, with the server's message already in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }

  /** The message for one field (the first, when several), for showing at that field. */
  field(path: string): string | undefined {
    return this.details.find((d) => d.path === path || d.path.startsWith(`${path}.`))?.message;
  }
}

let csrfToken: string | null = null;
let lang: Lang = 'id';
let onUnauthorized: (() => void) | null = null;

/** Remembers the session's CSRF token (sent on every write). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}
/** The session's CSRF token, for calls made outside `api` (the field sync's own fetches). */
export function getCsrfToken(): string | null {
  return csrfToken;
}
/** The language the API answers in, for calls made outside `api`. */
export function getApiLang(): Lang {
  return lang;
}
/** The language the API answers in (errors, labels). */
export function setApiLang(next: Lang): void {
  lang = next;
}
/** Called when the session has ended (401), so the app can show sign-in again. */
export function setOnUnauthorized(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

type Query = Record<string, string | number | boolean | null | undefined | readonly (string | number)[]>;

/** `/api/path?a=1&b=x` with empty values left out and arrays joined by commas. */
export function apiUrl(path: string, query?: unknown): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

interface RequestOptions {
  query?: unknown;
  body?: unknown;
  signal?: AbortSignal;
}

async function request(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { 'accept-language': lang };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData || options.body instanceof Blob) body = options.body;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(apiUrl(path, options.query), {
    method,
    headers,
    body,
    credentials: 'same-origin',
    signal: options.signal,
  });
  if (response.ok) return response;
  // Any body but the server's error body (a proxy's page, an empty answer) falls back to the status.
  let payload: Partial<ErrorBody> = {};
  try {
    payload = await response.json();
  } catch {
    // Not JSON: fall back to the status text.
  }
  if (response.status === 401 && path !== '/auth/login') onUnauthorized?.();
  throw new ApiError(
    response.status,
    payload.error?.code ?? 'http_error',
    payload.error?.message ?? `${response.status} ${response.statusText}`,
    payload.error?.details ?? [],
  );
}

/** The fields of a query or parameters object (none for `undefined`). */
function entries(value: unknown): [string, unknown][] {
  return typeof value === 'object' && value !== null ? Object.entries(value) : [];
}

/** `/centers/:id` with each `:name` filled from `params`. */
function fill(path: string, params?: unknown): string {
  const values = Object.fromEntries(entries(params));
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(values[name])));
}

/**
 * Calls of the Simpul API, typed by the endpoint table (`src/http/endpoints.ts`): the path is a table
 * key such as `/centers/:id`, and its parameters, query, body and answer have the table's types.
 */
export const api = {
  async get<P extends PathOf<'GET'>>(
    path: P,
    ...[options]: CallArgs<'GET', P>
  ): Promise<ResponseOf<'GET', P>> {
    const { params, query, signal } = options ?? {};
    return (await request('GET', fill(path, params), { query, signal })).json();
  },
  async send<M extends Exclude<Method, 'GET'>, P extends PathOf<M>>(
    method: M,
    path: P,
    ...[options]: CallArgs<M, P>
  ): Promise<ResponseOf<M, P>> {
    const { params, query, body, signal } = options ?? {};
    const text = await (await request(method, fill(path, params), { body, query, signal })).text();
    return JSON.parse(text || 'null'); // a 204 has no body
  },
  /** A file download (CSV, XLSX, GEXF…) as a Blob. */
  async blob(path: string, query?: Query): Promise<Blob> {
    return (await request('GET', path, { query })).blob();
  },
};

/** Saves a Blob under `filename` through a temporary link. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
