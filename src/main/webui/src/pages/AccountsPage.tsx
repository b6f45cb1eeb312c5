import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { AccountStatus, DashboardAccess } from '../gql/graphql';
import { accountName, formatDateTime, humanize } from '../lib/format';
import { parseSearchProblem, problemOf } from '../lib/errors';
import { Problem } from '../ui';
import { useCan } from '../viewer';

const AccountsDocument = graphql(`
  query Accounts($search: String, $filter: ConnectedAccountFilter, $first: Int, $after: String, $last: Int, $before: String) {
    connectedAccounts(search: $search, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      nodes {
        id
        createdAt
        email
        country
        dashboardAccess
        status
        businessProfile { name }
        company { name }
        individual { firstName lastName }
        actionsRequired { id }
      }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

const AccountsTotalDocument = graphql(`
  query AccountsTotal($search: String, $filter: ConnectedAccountFilter) {
    connectedAccounts(search: $search, filter: $filter, first: 1) { totalCount }
  }
`);

export const STATUSES: AccountStatus[] = ['PENDING_ONBOARDING', 'ENABLED', 'RESTRICTED_SOON', 'RESTRICTED', 'REJECTED'];
export const ACCESSES: DashboardAccess[] = ['FULL', 'EXPRESS', 'NONE'];
const PAGE_SIZE = 20;

export function AccountsPage() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const status = params.get('status') ?? '';
  const access = params.get('access') ?? '';
  const country = params.get('country') ?? '';
  const after = params.get('after');
  const before = params.get('before');
  const [draft, setDraft] = useState(search);
  const [showTotal, setShowTotal] = useState(false);
  const mayCreate = useCan('createAccount');

  const filter = {
    ...(status ? { status: [status as AccountStatus] } : {}),
    ...(access ? { dashboardAccess: [access as DashboardAccess] } : {}),
    ...(country ? { country: [country.toUpperCase()] } : {}),
  };
  const variables = {
    search: search || null,
    filter,
    ...(before ? { last: PAGE_SIZE, before } : { first: PAGE_SIZE, after }),
  };
  const [{ data, fetching, error }] = useQuery({ query: AccountsDocument, variables });
  const [total] = useQuery({
    query: AccountsTotalDocument,
    variables: { search: search || null, filter },
    pause: !showTotal,
  });

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries({ after: null, before: null, ...changes })) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };
  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The field's value as submitted, not the draft state of the last render: an Enter right after typing submits
    // what was typed (seen in DashboardIT: a search cleared and submitted at once kept the previous one).
    const field = event.currentTarget.elements.namedItem('search') as HTMLInputElement | null;
    update({ q: (field?.value ?? draft).trim() || null });
  };

  const problem = problemOf(error);
  const searchProblem = problem?.code === 'INVALID_SEARCH_QUERY' ? parseSearchProblem(problem.message) : null;
  const accounts = data?.connectedAccounts.nodes ?? [];
  const pageInfo = data?.connectedAccounts.pageInfo;

  return (
    <>
      <div className="page-head">
        <h1>Connected accounts</h1>
        {mayCreate && (
          <Link className="button primary" to="/accounts/new">
            Create account
          </Link>
        )}
      </div>
      <form className="search" role="search" onSubmit={onSearch}>
        <label htmlFor="search">Search</label>
        <input
          id="search"
          type="search"
          value={draft}
          placeholder={'name~"acme" country:"US" -status:"rejected"'}
          aria-describedby="search-help"
          aria-invalid={problem?.code === 'INVALID_SEARCH_QUERY'}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit">Search</button>
        <small id="search-help">
          Fields: name~, email~, metadata["key"]:, country:, status:, dashboard_access:, created&gt;; AND, OR, -not.
        </small>
      </form>
      {problem?.code === 'INVALID_SEARCH_QUERY' ? (
        <div role="alert" className="problem search-problem">
          <strong>Invalid search</strong>
          {searchProblem ? (
            <>
              {' '}at position {searchProblem.position}: {searchProblem.expected}
              <pre aria-hidden="true">
                {search}
                {'\n'}
                {' '.repeat(Math.max(0, searchProblem.position - 1))}^
              </pre>
            </>
          ) : (
            <> {problem.message}</>
          )}
        </div>
      ) : (
        <Problem problem={problem} />
      )}
      <div className="filters" role="group" aria-label="Filters">
        <label>
          Status
          <select value={status} onChange={(e) => update({ status: e.target.value || null })}>
            <option value="">Any</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {humanize(s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Dashboard access
          <select value={access} onChange={(e) => update({ access: e.target.value || null })}>
            <option value="">Any</option>
            {ACCESSES.map((a) => (
              <option key={a} value={a}>
                {humanize(a)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Country
          <input
            className="narrow"
            value={country}
            maxLength={2}
            placeholder="US"
            onChange={(e) => update({ country: e.target.value.trim() || null })}
          />
        </label>
        <span className="total">
          {showTotal ? (
            total.data ? (
              <output aria-live="polite">{total.data.connectedAccounts.totalCount.toLocaleString()} accounts</output>
            ) : (
              'Counting…'
            )
          ) : (
            <button type="button" onClick={() => setShowTotal(true)}>
              Show total
            </button>
          )}
        </span>
      </div>
      <div className="table-wrap">
        <table aria-busy={fetching}>
          <caption className="visually-hidden">Connected accounts, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Country</th>
              <th scope="col">Dashboard</th>
              <th scope="col">Status</th>
              <th scope="col">Actions required</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <td>
                  <Link to={`/accounts/${account.id}`}>{accountName(account)}</Link>
                </td>
                <td>{account.email ?? '—'}</td>
                <td>{account.country}</td>
                <td>{humanize(account.dashboardAccess)}</td>
                <td>
                  <span className={`badge ${account.status.toLowerCase()}`}>{humanize(account.status)}</span>
                </td>
                <td>{account.actionsRequired.length}</td>
                <td>{formatDateTime(account.createdAt)}</td>
              </tr>
            ))}
            {data && accounts.length === 0 && (
              <tr>
                <td colSpan={7}>No accounts match.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <nav className="pager" aria-label="Pages">
        <button
          type="button"
          disabled={!(after || before) || (!!before && !pageInfo?.hasPreviousPage)}
          onClick={() => pageInfo?.startCursor && setPage(params, setParams, 'before', pageInfo.startCursor)}
        >
          Previous page
        </button>
        <button
          type="button"
          disabled={!pageInfo?.hasNextPage}
          onClick={() => pageInfo?.endCursor && setPage(params, setParams, 'after', pageInfo.endCursor)}
        >
          Next page
        </button>
      </nav>
    </>
  );
}

function setPage(
  params: URLSearchParams,
  setParams: (p: URLSearchParams) => void,
  direction: 'after' | 'before',
  cursor: string,
) {
  const next = new URLSearchParams(params);
  next.delete('after');
  next.delete('before');
  next.set(direction, cursor);
  setParams(next);
}
