/** The REST API as the workbench calls it: same origin, the session cookie, its CSRF token on writes. */

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldError[];
  allowedNext?: string[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
}

export interface Session {
  id: string;
  name: string;
  roles: string[];
  unit?: string;
  login?: string;
  panel?: { displayName: string; mayChair: boolean };
  method: 'password' | 'oidc' | 'bearer';
  mustChangePassword: boolean;
  csrfToken?: string;
}

let csrfToken: string | undefined;

export function rememberSession(session: Session | undefined): void {
  csrfToken = session?.csrfToken;
}

type Query = Record<string, string | number | boolean | undefined>;

export interface Answer<T> {
  readonly data: T;
  readonly headers: Headers;
}

export async function call<T>(method: string, path: string, options: { query?: Query; body?: unknown; ifMatch?: number; idempotencyKey?: string } = {}): Promise<Answer<T>> {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(options.query ?? {})) if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
  // Problems come back in Chinese (the API's message catalogue, apps/api/src/http/messages.ts).
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': 'zh-CN' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  }
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  const response = await fetch(url, { method, headers, credentials: 'same-origin', ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) });
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new ApiError(response.status, (data ?? {}) as Problem);
  return { data: data as T, headers: response.headers };
}

/** A multipart upload (an attachment): the session's CSRF token as on every write; the browser sets the boundary. */
export async function upload<T>(path: string, form: FormData): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': 'zh-CN' };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const response = await fetch(new URL(path, window.location.origin), { method: 'POST', headers, body: form, credentials: 'same-origin' });
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new ApiError(response.status, (data ?? {}) as Problem);
  return data as T;
}

export const get = async <T>(path: string, query?: Query): Promise<T> => (await call<T>('GET', path, query ? { query } : {})).data;
export const post = async <T>(path: string, body?: unknown): Promise<T> => (await call<T>('POST', path, body === undefined ? {} : { body })).data;

/** A fresh Idempotency-Key per submission, so a double click or a retry records one step, not two. */
export function newIdempotencyKey(): string {
  // crypto.randomUUID needs a secure context; an intranet server on plain http is not one.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
