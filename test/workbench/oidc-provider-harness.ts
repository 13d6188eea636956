import type { Server } from 'node:http';
import { Provider } from 'oidc-provider';

export interface TestAccount {
  readonly name: string;
  readonly roles: readonly string[];
  readonly unit?: string;
}

export const OIDC_CLIENT = { id: 'xinfang-workbench', secret: 'test-client-secret-0123456789abcdef' };

/**
 * A real OpenID Connect provider (the npm package oidc-provider) on the loopback interface, with its
 * development login pages: any login name is accepted, and its claims come from `accounts`.
 */
export async function startOidcProvider(port: number, redirectUrl: string, accounts: Readonly<Record<string, TestAccount>>): Promise<{ issuer: string; close(): Promise<void> }> {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: OIDC_CLIENT.id, client_secret: OIDC_CLIENT.secret, redirect_uris: [redirectUrl], response_types: ['code'], grant_types: ['authorization_code'] }],
    claims: { openid: ['sub'], profile: ['name', 'roles', 'unit'] },
    cookies: { keys: ['oidc-provider-test-cookie-key'] },
    findAccount: (_context, accountId) => ({
      accountId,
      claims: () => ({ sub: accountId, name: accounts[accountId]?.name ?? accountId, roles: [...(accounts[accountId]?.roles ?? [])], ...(accounts[accountId]?.unit ? { unit: accounts[accountId]!.unit } : {}) }),
    }),
  });
  const server: Server = await new Promise((resolve) => {
    const listening = provider.listen(port, '127.0.0.1', () => resolve(listening));
  });
  return { issuer, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
