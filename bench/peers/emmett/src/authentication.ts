import { HttpProblem } from '@event-driven-io/emmett-expressjs';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { jwtVerify, type JWTPayload } from 'jose';
import { ROLES, type Role } from '../../../../libs/petition/src/core/petition.types.js';
import type { Actor } from './petition.js';

export type AuthenticatedRequest = Request & { actor: Actor };

type Principal = { id: string; name: string; roles: Role[] };

/** HS256 bearer tokens with `sub`, `name` and `roles` claims, as xinfang accepts them; the request goes on only with one of `allowed`. */
export const requireRole = (secret: string, allowed: readonly Role[]): RequestHandler => {
  const key = new TextEncoder().encode(secret);
  return async (request: Request, response: Response, next: NextFunction) => {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!token) return HttpProblem(401, { problemDetails: 'A bearer token is required' })(response);
    const principal = await jwtVerify(token, key, { algorithms: ['HS256'] }).then(({ payload }) => toPrincipal(payload), () => undefined);
    if (!principal) return HttpProblem(401, { problemDetails: 'The token was rejected' })(response);
    const role = allowed.find((candidate) => principal.roles.includes(candidate));
    if (!role) return HttpProblem(403, { problemDetails: `This needs one of the roles ${allowed.join(', ')}` })(response);
    (request as AuthenticatedRequest).actor = { id: principal.id, name: principal.name, role };
    next();
  };
};

const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);

const toPrincipal = ({ sub, name, roles }: JWTPayload): Principal | undefined => {
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 200) return undefined;
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole)) return undefined;
  return { id: sub, name: typeof name === 'string' && name.trim() ? name.trim().slice(0, 100) : sub, roles };
};
