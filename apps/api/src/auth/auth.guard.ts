import { type CanActivate, type ExecutionContext, ForbiddenException, Inject, Injectable, Optional, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@xinfang/petition';
import type { Request } from 'express';
import { ProblemException, problemType } from '../http/problem.js';
import type { AuthenticatedRequest, Principal } from './principal.js';
import { BEFORE_PASSWORD_CHANGE_KEY, PUBLIC_KEY, ROLES_KEY } from './roles.decorator.js';
import { csrfTokenMatches, SessionStore } from './session.store.js';
import { InvalidTokenError, type TokenVerifier } from './token-verifier.js';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type Targets = Parameters<Reflector['getAllAndOverride']>[1];

/**
 * Every route needs a valid bearer token or a live session cookie, and one of the roles it declares;
 * a route that declares none is closed to everyone, so forgetting `@Roles` can never open a route.
 * A request with an Authorization header is judged by its token alone. A cookie is sent by the
 * browser on its own, so a write with one must also carry the session's CSRF token in X-CSRF-Token.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifyToken: TokenVerifier,
    @Optional() private readonly sessions?: SessionStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const principal = await this.authenticate(request, targets);
    request.principal = principal;
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    const role = allowed.find((candidate) => principal.roles.includes(candidate));
    if (!role) {
      throw new ForbiddenException(`This needs one of the roles ${allowed.join(', ') || '(none)'}; the token has ${principal.roles.join(', ')}`);
    }
    request.actor = { id: principal.id, name: principal.name, role, ...(role === 'unit' && principal.unit ? { unit: principal.unit } : {}) };
    return true;
  }

  private async authenticate(request: Request & AuthenticatedRequest, targets: Targets): Promise<Principal> {
    const sessionId = request.headers.authorization === undefined ? this.sessions?.idFrom(request) : undefined;
    if (sessionId === undefined) return this.bearer(request.headers.authorization);
    const session = await this.sessions!.authenticate(sessionId);
    if (!session) throw new UnauthorizedException('The session has ended: sign in again');
    if (!SAFE_METHODS.has(request.method) && !csrfTokenMatches(request.header(CSRF_HEADER), session.csrfToken)) throw csrfRefused();
    if (session.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(BEFORE_PASSWORD_CHANGE_KEY, targets)) throw passwordChangeFirst();
    request.session = session;
    return session.principal;
  }

  private async bearer(authorization: string | undefined): Promise<Principal> {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (!token) throw new UnauthorizedException('A bearer token is required (Authorization: Bearer <JWT>), or sign in at /workbench');
    return this.verifyToken(token).catch((error: unknown) => {
      throw new UnauthorizedException(error instanceof InvalidTokenError ? `The token was rejected: ${error.message}` : 'The token was rejected');
    });
  }
}

function csrfRefused(): ProblemException {
  return new ProblemException({
    type: problemType('csrf-token-missing'),
    title: 'CSRF token missing or wrong',
    status: 403,
    detail: 'A write with the session cookie must carry the session’s CSRF token in the X-CSRF-Token header (GET /auth/session gives it).',
  });
}

function passwordChangeFirst(): ProblemException {
  return new ProblemException({
    type: problemType('password-change-required'),
    title: 'Choose a new password first',
    status: 403,
    detail: 'This account signed in with a one-time password: choose a new one (POST /auth/password) before anything else.',
  });
}
