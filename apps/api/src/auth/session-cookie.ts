import type { CookieOptions, Request, Response } from 'express';

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends
 * it), Secure outside development and test, and then `__Host-` prefixed so that no subdomain can
 * set or shadow it. No Max-Age: the browser forgets it when it closes, and the server ends it
 * sooner (idle and absolute lifetimes) whatever the browser keeps.
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-xinfang-session' : 'xinfang-session';
}

function sessionCookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure, path: '/' };
}

export function setSessionCookie(response: Response, secure: boolean, sessionId: string): void {
  response.cookie(sessionCookieName(secure), sessionId, sessionCookieOptions(secure));
}

export function clearSessionCookie(response: Response, secure: boolean): void {
  response.clearCookie(sessionCookieName(secure), sessionCookieOptions(secure));
}

/** One cookie's value from the Cookie header; the first one wins when a name repeats. */
export function readCookie(request: Request, name: string): string | undefined {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== name) continue;
    const value = pair.slice(separator + 1).trim();
    return value.length > 0 ? value : undefined;
  }
  return undefined;
}
