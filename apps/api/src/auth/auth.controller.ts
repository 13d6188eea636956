import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ROLES } from '@xinfang/petition';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { UserDirectory } from '../directory/user-directory.service.js';
import { ProblemException, problemType } from '../http/problem.js';
import { ChangePasswordRequest, SessionView, SignInOptionsView, SignInRequest } from './auth.requests.js';
import type { ActiveSession, AuthenticatedRequest, Principal } from './principal.js';
import { AllowedBeforePasswordChange, Public, Roles } from './roles.decorator.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { SessionStore } from './session.store.js';
import { SignInService } from './sign-in.service.js';

/** Signing in to the workbench with the built-in directory, the session it gets, and signing out. */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signIns: SignInService,
    private readonly sessions: SessionStore,
    private readonly directory: UserDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('options')
  @Public()
  @ApiOperation({ summary: 'How users sign in here: the directory’s passwords, or single sign-on' })
  @ApiOkResponse({ type: SignInOptionsView })
  options(): SignInOptionsView {
    return { password: !this.config.oidc, oidc: !!this.config.oidc };
  }

  @Post('sign-in')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with a login name and password: sets the HttpOnly session cookie and answers the session with its CSRF token' })
  @ApiOkResponse({ type: SessionView })
  @ApiUnauthorizedResponse({ description: 'The login name or the password is wrong (one answer for both)' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed sign-ins with this login name: locked for a while (Retry-After)' })
  async signIn(@Body() body: SignInRequest, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionView> {
    // A page on another site must not sign the browser in to an account of its choosing.
    if (request.header('sec-fetch-site') === 'cross-site') {
      throw new ProblemException({ type: problemType('cross-site-sign-in'), title: 'Cross-site sign-in refused', status: 403, detail: 'Sign in from this service’s own pages.' });
    }
    const { sessionId } = await this.signIns.signIn(body.login, body.password);
    // The browser's previous session, if any, ends rather than lingering unreachable until it times out.
    const previous = this.sessions.idFrom(request);
    if (previous) await this.sessions.end(previous);
    setSessionCookie(response, this.config.session.secureCookie, sessionId);
    const session = await this.sessions.authenticate(sessionId);
    return this.view(session!.principal, session!);
  }

  @Get('session')
  @Roles(...ROLES)
  @AllowedBeforePasswordChange()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Who is signed in (by session cookie or bearer token), with the CSRF token for the session’s writes' })
  @ApiOkResponse({ type: SessionView })
  async session(@Req() request: AuthenticatedRequest): Promise<SessionView> {
    return this.view(request.principal!, request.session);
  }

  @Post('sign-out')
  @Roles(...ROLES)
  @AllowedBeforePasswordChange()
  @HttpCode(204)
  @ApiOperation({ summary: 'End the session at once, on every instance, and clear its cookie' })
  @ApiNoContentResponse()
  async signOut(@Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response): Promise<void> {
    if (request.session) await this.sessions.end(request.session.sessionId);
    clearSessionCookie(response, this.config.session.secureCookie);
  }

  @Post('password')
  @Roles(...ROLES)
  @AllowedBeforePasswordChange()
  @HttpCode(204)
  @ApiOperation({ summary: 'Change your own password (directory users): needs the current one; your other sessions end' })
  @ApiNoContentResponse()
  async changePassword(@Body() body: ChangePasswordRequest, @Req() request: AuthenticatedRequest): Promise<void> {
    const session = request.session;
    if (!session?.userId) {
      throw new ProblemException({ type: problemType('not-a-directory-session'), title: 'No password here', status: 409, detail: 'Only a user signed in with the built-in directory has a password to change.' });
    }
    await this.signIns.changePassword(session.userId, body.currentPassword, body.newPassword);
    await this.sessions.endOthers(session.userId, session.sessionId);
  }

  private async view(principal: Principal, session: ActiveSession | undefined): Promise<SessionView> {
    const user = session?.userId ? await this.directory.get(session.userId) : undefined;
    return {
      id: principal.id,
      name: principal.name,
      roles: [...principal.roles],
      ...(principal.unit ? { unit: principal.unit } : {}),
      ...(user ? { login: user.login } : {}),
      ...(user?.panel ? { panel: user.panel } : {}),
      method: session?.method ?? 'bearer',
      mustChangePassword: session?.mustChangePassword ?? false,
      ...(session ? { csrfToken: session.csrfToken } : {}),
    };
  }
}
