import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { NavLink, Route, Routes, useNavigate } from 'react-router';
import { Provider, useQuery } from 'urql';
import { useSession } from './auth';
import { createApi, type Api } from './client';
import { accountName } from './lib/format';
import { problemOf } from './lib/errors';
import { productRoles } from './lib/permissions';
import { ViewerContext, ViewerDocument, useCan, useViewer } from './viewer';
import { ViewAsContext, useViewAs, type ViewAs } from './viewAs';
import { LiveContext } from './live';
import { AccountsPage } from './pages/AccountsPage';
import { CreateAccountPage } from './pages/CreateAccountPage';
import { AccountPage } from './pages/AccountPage';
import { PlatformPage } from './pages/PlatformPage';
import { MoneyPage } from './pages/MoneyPage';
import { ActivityPage } from './pages/ActivityPage';
import { SupportCasePage } from './pages/SupportCasePage';
import { Problem } from './ui';

export function App() {
  const session = useSession();
  // The API reads the token of the moment: oidc-client-ts renews it while the client lives on.
  const token = useRef(session.accessToken);
  token.current = session.accessToken;
  const [viewingAs, setViewingAs] = useState<string | null>(null);
  const [current, setCurrent] = useState<{ api: Api; viewingAs: string | null } | null>(null);
  // A new client per view: its cache and its socket belong to one view, so nothing of the platform's view shows in an
  // account's, and the socket's connection_init carries the view.
  useEffect(() => {
    const created = createApi({ accessToken: () => token.current(), viewingAs });
    setCurrent({ api: created, viewingAs });
    return () => created.dispose();
  }, [viewingAs]);
  // A renewed token: the open socket still holds the old one (and would be closed when it expires), so reconnect.
  const accessToken = session.user.access_token;
  useEffect(() => {
    current?.api.restartSocket();
  }, [accessToken]);

  const navigate = useNavigate();
  const start = useCallback(
    (accountId: string) => {
      setViewingAs(accountId);
      navigate(`/accounts/${accountId}`);
    },
    [navigate],
  );
  const leave = useCallback(() => {
    const left = viewingAs;
    setViewingAs(null);
    navigate(left ? `/accounts/${left}` : '/');
  }, [navigate, viewingAs]);
  const viewAs = useMemo<ViewAs>(() => ({ accountId: viewingAs, start, leave }), [viewingAs, start, leave]);

  // Until the new view's client exists, nothing: the old one would answer for the wrong view.
  if (!current || current.viewingAs !== viewingAs) return null;
  const { api } = current;
  return (
    <ViewAsContext.Provider value={viewAs}>
      <LiveContext.Provider value={api}>
        <Provider value={api.client}>
          <WithViewer key={viewingAs ?? 'platform'} />
        </Provider>
      </LiveContext.Provider>
    </ViewAsContext.Provider>
  );
}

function WithViewer() {
  const [{ data, error }] = useQuery({ query: ViewerDocument });
  const viewAs = useViewAs();
  if (!data) {
    return (
      <main className="center">
        {error ? <Problem problem={problemOf(error)} /> : <p role="status">Loading…</p>}
        {viewAs.accountId && (
          <button type="button" onClick={viewAs.leave}>
            Return to the platform’s view
          </button>
        )}
      </main>
    );
  }
  return (
    <ViewerContext.Provider value={data}>
      <Shell />
    </ViewerContext.Provider>
  );
}

function ViewAsBanner() {
  const { viewer } = useViewer();
  const viewAs = useViewAs();
  if (!viewAs.accountId) return null;
  const account = viewer.viewingAs;
  const name = account ? accountName(account) : viewAs.accountId;
  return (
    <div className="view-as" role="region" aria-label="View as">
      <p>
        <strong>Viewing the dashboard as {name}</strong> ({viewAs.accountId}). Every screen shows only this account’s
        own data, and what you do applies to it alone.
      </p>
      <button type="button" onClick={viewAs.leave}>
        Return to the platform’s view
      </button>
    </div>
  );
}

function Shell() {
  const { viewer, platform } = useViewer();
  const session = useSession();
  const mayCreate = useCan('createAccount');
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <ViewAsBanner />
      <header className="top">
        <span className="brand">Connectboard</span>
        <nav aria-label="Main">
          <NavLink to="/" end>
            Connected accounts
          </NavLink>
          {mayCreate && <NavLink to="/accounts/new">Create account</NavLink>}
          <NavLink to="/money">Balances</NavLink>
          <NavLink to="/activity">Activity</NavLink>
          <NavLink to="/platform">Platform profile</NavLink>
        </nav>
        <div className="session">
          <span className="who">
            <span>{platform?.name ?? 'No platform'}</span>{' '}
            <span>
              {session.user.profile.preferred_username ?? viewer.subject} ({productRoles(viewer.roles).join(', ') || 'no Connectboard role'})
            </span>
          </span>
          <button type="button" onClick={() => session.signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main">
        <Routes>
          <Route path="/" element={<AccountsPage />} />
          <Route path="/accounts/new" element={<CreateAccountPage />} />
          <Route path="/accounts/:id" element={<AccountPage />} />
          <Route path="/cases/:id" element={<SupportCasePage />} />
          <Route path="/money" element={<MoneyPage />} />
          <Route path="/activity" element={<ActivityPage />} />
          <Route path="/platform" element={<PlatformPage />} />
          <Route path="*" element={<p>Nothing here. <NavLink to="/">Connected accounts</NavLink></p>} />
        </Routes>
      </main>
    </>
  );
}
