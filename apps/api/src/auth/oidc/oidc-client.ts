import { Inject, Injectable } from '@nestjs/common';
import * as client from 'openid-client';
import { APP_CONFIG, type AppConfig, type OidcConfig } from '../../config/app-config.js';
import type { Principal } from '../principal.js';
import { principalFromClaims } from './oidc-claims.js';
import type { PendingSignIn } from './oidc-sign-ins.js';

/**
 * The provider, through openid-client: authorization code flow with PKCE (S256), state and nonce.
 * Its metadata is discovered at the first sign-in rather than at start-up, so the service starts
 * while the provider is down; a failed discovery is tried again at the next sign-in.
 */
@Injectable()
export class OidcClient {
  private discovered: Promise<client.Configuration> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly appConfig: AppConfig) {}

  get config(): OidcConfig | undefined {
    return this.appConfig.oidc;
  }

  async authorizationUrl(config: OidcConfig): Promise<{ url: URL; pending: PendingSignIn }> {
    const pending = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
    const url = client.buildAuthorizationUrl(await this.provider(config), {
      redirect_uri: config.redirectUrl,
      scope: config.scopes,
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url, pending };
  }

  /** Redeems the code (checking state, nonce and the ID token), then reads the user's claims. */
  async complete(config: OidcConfig, callbackQuery: string, pending: PendingSignIn): Promise<Principal> {
    const provider = await this.provider(config);
    const currentUrl = new URL(config.redirectUrl);
    currentUrl.search = callbackQuery;
    const tokens = await client.authorizationCodeGrant(provider, currentUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims()!;
    const userInfo = await client.fetchUserInfo(provider, tokens.access_token, idClaims.sub);
    return principalFromClaims({ ...userInfo, ...idClaims }, config);
  }

  private provider(config: OidcConfig): Promise<client.Configuration> {
    this.discovered ??= client
      .discovery(new URL(config.issuerUrl), config.clientId, config.clientSecret, undefined, {
        // Plain http only outside production, where the configuration allows it (a provider on this machine).
        ...(new URL(config.issuerUrl).protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {}),
      })
      .catch((error: unknown) => {
        this.discovered = undefined;
        throw error;
      });
    return this.discovered;
  }
}
