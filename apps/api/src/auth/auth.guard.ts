import { type CanActivate, type ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@xinfang/petition';
import type { Request } from 'express';
import type { AuthenticatedRequest } from './principal.js';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator.js';
import { InvalidTokenError, type TokenVerifier } from './token-verifier.js';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

/**
 * Every route needs a valid bearer token and one of the roles it declares; a route that declares
 * none is closed to everyone, so forgetting `@Roles` can never open a route.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifyToken: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const token = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!token) throw new UnauthorizedException('A bearer token is required (Authorization: Bearer <JWT>)');
    const principal = await this.verifyToken(token).catch((error: unknown) => {
      throw new UnauthorizedException(error instanceof InvalidTokenError ? `The token was rejected: ${error.message}` : 'The token was rejected');
    });
    request.principal = principal;
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    const role = allowed.find((candidate) => principal.roles.includes(candidate));
    if (!role) {
      throw new ForbiddenException(`This needs one of the roles ${allowed.join(', ') || '(none)'}; the token has ${principal.roles.join(', ')}`);
    }
    request.actor = { id: principal.id, name: principal.name, role, ...(role === 'unit' && principal.unit ? { unit: principal.unit } : {}) };
    return true;
  }
}
