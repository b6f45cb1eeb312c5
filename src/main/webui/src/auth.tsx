import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';

export interface DashboardSettings {
  issuer: string;
  clientId: string;
}

export const CALLBACK_PATH = '/auth/callback';
export const SIGNED_OUT_PATH = '/signed-out';

/**
 * Authorization Code with PKCE (S256) as a public client. The tokens stay in this page's memory only (a reload signs in
 * again, silently when the issuer still has a session); only the short-lived PKCE verifier and state cross the redirect
 * in sessionStorage, and oidc-client-ts deletes them at the callback. Tokens are renewed a minute before they expire,
 * with the refresh token.
 */
export function createUserManager(settings: DashboardSettings, origin = window.location.origin): UserManager {
  return new UserManager({
    authority: settings.issuer,
    client_id: settings.clientId,
    redirect_uri: origin + CALLBACK_PATH,
    post_logout_redirect_uri: origin + SIGNED_OUT_PATH,
    response_type: 'code',
    scope: 'openid',
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
    accessTokenExpiringNotificationTimeInSeconds: 60,
  });
}

interface Session {
  user: User;
  signOut: () => Promise<void>;
  accessToken: () => string;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside <SignedIn>');
  return session;
}

type State =
  | { kind: 'loading' }
  | { kind: 'signedIn'; user: User }
  | { kind: 'signedOut' }
  | { kind: 'failed'; message: string };

export function SignedIn({ children }: { children: ReactNode }) {
  const [manager, setManager] = useState<UserManager | null>(null);
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const response = await fetch('/dashboard/config.json');
        if (!response.ok) throw new Error(`The service's dashboard settings answered ${response.status}`);
        const userManager = createUserManager((await response.json()) as DashboardSettings);
        if (cancelled) return;
        setManager(userManager);
        userManager.events.addUserLoaded((user) => setState({ kind: 'signedIn', user }));
        userManager.events.addSilentRenewError(() => setState({ kind: 'signedOut' }));
        userManager.events.addUserSignedOut(() => setState({ kind: 'signedOut' }));
        const path = window.location.pathname;
        if (path === CALLBACK_PATH) {
          const user = await userManager.signinRedirectCallback();
          const back = (user.state as { returnTo?: string } | undefined)?.returnTo ?? '/';
          window.history.replaceState(null, '', back);
          setState({ kind: 'signedIn', user });
        } else if (path === SIGNED_OUT_PATH) {
          setState({ kind: 'signedOut' });
        } else {
          await userManager.signinRedirect({ state: { returnTo: path + window.location.search } });
        }
      } catch (e) {
        setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  if (state.kind === 'signedIn' && manager) {
    const session: Session = {
      user: state.user,
      accessToken: () => state.user.access_token,
      signOut: () => manager.signoutRedirect({ id_token_hint: state.user.id_token }),
    };
    return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
  }
  return (
    <main className="center">
      <h1>Connectboard</h1>
      {state.kind === 'loading' && <p role="status">Signing in…</p>}
      {state.kind === 'failed' && (
        <p role="alert">
          Sign-in failed: {state.message}.{' '}
          <a href="/">Try again</a>
        </p>
      )}
      {state.kind === 'signedOut' && (
        <>
          <p role="status">You are signed out.</p>
          <p>
            <a className="button" href="/">
              Sign in
            </a>
          </p>
        </>
      )}
    </main>
  );
}
