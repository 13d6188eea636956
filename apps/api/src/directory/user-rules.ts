import { UNIT_CODE_PATTERN } from '@xinfang/petition';
import { type FieldError, ProblemException, problemType, validationProblem } from '../http/problem.js';
import type { ChangeAuthor, UserFields } from './directory-user.js';

/** A `unit` user names its unit and only they do; a `panel` user has a panel identity and only they do. */
export function checkUserFields(fields: UserFields): void {
  const errors: FieldError[] = [];
  const isUnit = fields.roles.includes('unit');
  const isPanel = fields.roles.includes('panel');
  if (isUnit && !fields.unit) errors.push({ field: 'unit', code: 'required', message: 'a user with the role unit needs the code of their unit' });
  if (!isUnit && fields.unit !== undefined) errors.push({ field: 'unit', code: 'not_applicable', message: 'only a user with the role unit has a unit' });
  if (fields.unit !== undefined && !UNIT_CODE_PATTERN.test(fields.unit)) errors.push({ field: 'unit', message: 'must be a unit code: letters, digits, dot, dash, underscore' });
  if (isPanel && !fields.panel) errors.push({ field: 'panel', code: 'required', message: 'a user with the role panel needs a panel identity (displayName, mayChair)' });
  if (!isPanel && fields.panel !== undefined) errors.push({ field: 'panel', code: 'not_applicable', message: 'only a user with the role panel has a panel identity' });
  if (new Set(fields.roles).size !== fields.roles.length) errors.push({ field: 'roles', code: 'unique_items', message: 'names a role twice' });
  if (errors.length > 0) throw validationProblem(errors);
}

/** An admin cannot lock themselves out: neither disable their own account nor drop their own admin role. */
export function refuseSelfLockout(author: ChangeAuthor, userId: string, what: 'disable' | 'drop-admin'): void {
  if (author.id !== userId) return;
  throw new ProblemException({
    type: problemType('own-account'),
    title: 'Not on your own account',
    status: 422,
    detail: what === 'disable' ? 'An admin cannot disable their own account; another admin can.' : 'An admin cannot take the admin role from themselves; another admin can.',
  });
}

export function userNotFound(userId: string): ProblemException {
  return new ProblemException({ type: problemType('user-not-found'), title: 'No such user', status: 404, detail: `There is no user ${userId}.` });
}

export function loginTaken(login: string): ProblemException {
  return new ProblemException({ type: problemType('login-taken'), title: 'Login name taken', status: 409, detail: `The login name ${login} is already in use.` });
}
