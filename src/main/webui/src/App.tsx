import { useMemo } from 'react';
import { NavLink, Route, Routes } from 'react-router';
import { Provider, useQuery } from 'urql';
import { useSession } from './auth';
import { createClient } from './client';
import { problemOf } from './lib/errors';
import { productRoles } from './lib/permissions';
import { ViewerContext, ViewerDocument, useCan, useViewer } from './viewer';
import { AccountsPage } from './pages/AccountsPage';
import { CreateAccountPage } from './pages/CreateAccountPage';
import { AccountPage } from './pages/AccountPage';
import { PlatformPage } from './pages/PlatformPage';
import { Problem } from './ui';

export function App() {
  const session = useSession();
  const client = useMemo(() => createClient(session.accessToken), [session]);
  return (
    <Provider value={client}>
      <WithViewer />
    </Provider>
  );
}

function WithViewer() {
  const [{ data, error }] = useQuery({ query: ViewerDocument });
  if (!data) {
    return <main className="center">{error ? <Problem problem={problemOf(error)} /> : <p role="status">Loading…</p>}</main>;
  }
  return (
    <ViewerContext.Provider value={data}>
      <Shell />
    </ViewerContext.Provider>
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
      <header className="top">
        <span className="brand">Connectboard</span>
        <nav aria-label="Main">
          <NavLink to="/" end>
            Connected accounts
          </NavLink>
          {mayCreate && <NavLink to="/accounts/new">Create account</NavLink>}
          <NavLink to="/platform">Platform profile</NavLink>
        </nav>
        <span className="who">
          {platform?.name ?? 'No platform'} · {viewer.subject} ({productRoles(viewer.roles).join(', ') || 'no Connectboard role'})
        </span>
        <button type="button" onClick={() => session.signOut()}>
          Sign out
        </button>
      </header>
      <main id="main">
        <Routes>
          <Route path="/" element={<AccountsPage />} />
          <Route path="/accounts/new" element={<CreateAccountPage />} />
          <Route path="/accounts/:id" element={<AccountPage />} />
          <Route path="/platform" element={<PlatformPage />} />
          <Route path="*" element={<p>Nothing here. <NavLink to="/">Connected accounts</NavLink></p>} />
        </Routes>
      </main>
    </>
  );
}
