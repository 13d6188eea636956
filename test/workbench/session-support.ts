import type { Response } from 'supertest';
import type { UserFields } from '../../apps/api/src/directory/directory-user.js';
import { UserDirectory } from '../../apps/api/src/directory/user-directory.service.js';
import type { TestApp } from '../support/test-app.js';

export const OPERATOR = { id: 'cli:test', name: '测试运维' };

export interface SignedIn {
  readonly userId: string;
  readonly cookie: string;
  readonly csrf: string;
}

/** The cookie a response set, as a browser would send it back. */
export function sessionCookieOf(response: Response): string {
  const header = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = header.find((line) => line.startsWith('xinfang-session='));
  if (!cookie) throw new Error(`no session cookie in ${JSON.stringify(header)}`);
  return cookie.split(';')[0]!;
}

export async function signIn(t: TestApp, login: string, password: string): Promise<SignedIn> {
  const response = await t.http.post('/auth/sign-in').send({ login, password });
  if (response.status !== 200) throw new Error(`sign-in as ${login}: ${response.status} ${JSON.stringify(response.body)}`);
  return { userId: response.body.id, cookie: sessionCookieOf(response), csrf: response.body.csrfToken };
}

/** A directory user, created as the operator's command would, who has replaced the one-time password. */
export async function userWithPassword(t: TestApp, login: string, fields: UserFields, password = `${login}-密码-0123456789`): Promise<SignedIn> {
  const { oneTimePassword } = await t.app.get(UserDirectory).create(OPERATOR, login, fields);
  const first = await signIn(t, login, oneTimePassword);
  const changed = await t.http.post('/auth/password').set('Cookie', first.cookie).set('X-CSRF-Token', first.csrf).send({ currentPassword: oneTimePassword, newPassword: password });
  if (changed.status !== 204) throw new Error(`password change for ${login}: ${changed.status} ${JSON.stringify(changed.body)}`);
  return first;
}
