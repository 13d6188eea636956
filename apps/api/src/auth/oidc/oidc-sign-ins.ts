import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Database } from '../../database/database.js';
import { ExpiringRows } from '../../database/expiring-rows.js';
import { digest } from '../session.store.js';

/** A sign-in through the provider must come back within this time. */
export const SIGN_IN_TTL_SECONDS = 600;

export interface PendingSignIn {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

/**
 * Sign-ins on their way through the provider: state, nonce and PKCE verifier, kept server-side under
 * the digest of an id that only the browser which started them holds (in a cookie). Each is used once.
 */
@Injectable()
export class OidcSignIns extends ExpiringRows {
  constructor(private readonly database: Database) {
    super();
  }

  async begin(pending: PendingSignIn): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    await this.database.query('INSERT INTO oidc_sign_ins (id_digest, state, nonce, code_verifier) VALUES ($1, $2, $3, $4)', [digest(id), pending.state, pending.nonce, pending.codeVerifier]);
    return id;
  }

  /** The pending sign-in, removed as it is read, so that a callback cannot be replayed. */
  async take(id: string): Promise<PendingSignIn | undefined> {
    const [row] = await this.database.query<{ state: string; nonce: string; code_verifier: string }>(
      `WITH taken AS (DELETE FROM oidc_sign_ins WHERE id_digest = $1 RETURNING state, nonce, code_verifier, created_at)
       SELECT state, nonce, code_verifier FROM taken WHERE created_at > now() - make_interval(secs => $2)`,
      [digest(id), SIGN_IN_TTL_SECONDS],
    );
    return row ? { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier } : undefined;
  }

  protected async forgetExpired(): Promise<void> {
    await this.database.query('DELETE FROM oidc_sign_ins WHERE created_at <= now() - make_interval(secs => $1)', [SIGN_IN_TTL_SECONDS]);
  }
}
