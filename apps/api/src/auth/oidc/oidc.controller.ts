import { Controller, Get, Inject, Logger, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { CookieOptions, Request, Response } from 'express';
import * as client from 'openid-client';
import { APP_CONFIG, type AppConfig, type OidcConfig } from '../../config/app-config.js';
import { ProblemException, problemType } from '../../http/problem.js';
import { Public } from '../roles.decorator.js';
import { readCookie, setSessionCookie } from '../session-cookie.js';
import { SessionStore } from '../session.store.js';
import { OidcClient } from './oidc-client.js';
import { UnusableClaimsError } from './oidc-claims.js';
import { OidcSignIns, SIGN_IN_TTL_SECONDS } from './oidc-sign-ins.js';

const AFTER_SIGN_IN = '/workbench/';

/**
 * Single sign-on: /auth/oidc/login sends the browser to the provider; the provider sends it back to
 * /auth/oidc/callback, which checks state, nonce and the code (PKCE), and opens the same server-side
 * session as a password sign-in. The pending sign-in is bound to the browser by a cookie, SameSite=Lax
 * because the provider's redirect back is a navigation from another site.
 */
@ApiExcludeController()
@Public()
@Controller('auth/oidc')
export class OidcController {
  private readonly logger = new Logger('OIDC');

  constructor(
    private readonly oidc: OidcClient,
    private readonly signIns: OidcSignIns,
    private readonly sessions: SessionStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('login')
  async login(@Res() response: Response): Promise<void> {
    const config = this.configured();
    const { url, pending } = await this.oidc.authorizationUrl(config).catch((error: unknown) => {
      throw providerUnreachable(error, this.logger);
    });
    const id = await this.signIns.begin(pending);
    response.cookie(this.cookieName(), id, { ...this.cookieOptions(), maxAge: SIGN_IN_TTL_SECONDS * 1000 });
    response.redirect(302, url.href);
  }

  @Get('callback')
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const config = this.configured();
    const id = readCookie(request, this.cookieName());
    response.clearCookie(this.cookieName(), this.cookieOptions());
    const pending = id ? await this.signIns.take(id) : undefined;
    if (!pending) throw refused('This browser has no sign-in on its way (it expired after 10 minutes, or was used already): start again.');
    const query = new URLSearchParams(request.originalUrl.split('?')[1] ?? '');
    if (query.get('error')) throw refused(`The provider refused the sign-in: ${query.get('error')}.`);
    if (query.get('state') !== pending.state) throw refused('The state does not match the sign-in this browser started.');
    const principal = await this.oidc.complete(config, query.toString(), pending).catch((error: unknown) => {
      if (error instanceof UnusableClaimsError) throw new ProblemException({ type: problemType('oidc-no-roles'), title: 'No workbench roles', status: 403, detail: `Signed in, but ${error.message}.` });
      if (error instanceof TypeError && error.message === 'fetch failed') throw providerUnreachable(error, this.logger);
      this.logger.warn(`Callback refused: ${error instanceof client.ClientError ? `${error.code ?? ''} ${error.message}` : error instanceof Error ? error.name : 'unknown'}`);
      throw refused('The provider’s answer did not pass the checks (code, nonce or ID token).');
    });
    const { sessionId } = await this.sessions.start({ principal }, 'oidc');
    setSessionCookie(response, this.config.session.secureCookie, sessionId);
    response.redirect(302, AFTER_SIGN_IN);
  }

  private configured(): OidcConfig {
    const config = this.oidc.config;
    if (!config) throw new ProblemException({ type: problemType('oidc-not-configured'), title: 'No single sign-on here', status: 404, detail: 'OIDC_ISSUER_URL is not set: sign in with a password.' });
    return config;
  }

  private cookieName(): string {
    return this.config.session.secureCookie ? '__Host-xinfang-oidc' : 'xinfang-oidc';
  }

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.session.secureCookie, path: '/' };
  }
}

function refused(detail: string): ProblemException {
  return new ProblemException({ type: problemType('oidc-callback-refused'), title: 'Single sign-on refused', status: 400, detail });
}

function providerUnreachable(error: unknown, logger: Logger): ProblemException {
  logger.error(`The identity provider cannot be reached: ${error instanceof Error ? error.message : String(error)}`);
  return new ProblemException({ type: problemType('oidc-provider-unreachable'), title: 'Identity provider unreachable', status: 502, detail: 'The identity provider cannot be reached; retry shortly.' });
}
