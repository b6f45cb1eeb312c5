import { describe, expect, it } from 'vitest';
import { User } from 'oidc-client-ts';
import { createUserManager } from './auth';

describe('createUserManager', () => {
  it('signs in with Authorization Code and PKCE and keeps tokens out of web storage', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const manager = createUserManager({ issuer: 'https://id.example/realms/x', clientId: 'connectboard-dashboard' }, 'https://app.example');
    expect(manager.settings.response_type).toBe('code');
    expect(manager.settings.client_id).toBe('connectboard-dashboard');
    expect(manager.settings.redirect_uri).toBe('https://app.example/auth/callback');
    expect(manager.settings.automaticSilentRenew).toBe(true);
    await manager.storeUser(
      new User({ access_token: 'secret-access-token', token_type: 'Bearer', refresh_token: 'secret-refresh', profile: { sub: 'u', iss: 'i', aud: 'a', exp: 0, iat: 0 } }),
    );
    expect((await manager.getUser())?.access_token).toBe('secret-access-token');
    const stored = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
    expect(stored).not.toContain('secret-access-token');
    expect(stored).not.toContain('secret-refresh');
  });
});
