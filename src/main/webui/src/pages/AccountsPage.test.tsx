import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { Client, Provider, makeResult, type Exchange } from 'urql';
import { filter, map, pipe } from 'wonka';
import { AccountsPage } from './AccountsPage';
import { ViewerContext } from '../viewer';

/** A real urql client whose only exchange answers every query with the given GraphQL response body. */
function clientAnswering(answer: () => object): Client {
  const answering: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind === 'query'),
      map((operation) => makeResult(operation, answer() as never)),
    );
  return new Client({ url: '/graphql', exchanges: [answering] });
}

function renderAs(roles: string[], client: Client, path = '/') {
  return render(
    <ViewerContext.Provider
      value={{ viewer: { subject: 'u', roles, viewingAs: null }, platform: { id: 'plat_1', name: 'P', country: 'US', defaultCurrency: 'usd', profileComplete: true } }}
    >
      <Provider value={client}>
        <MemoryRouter initialEntries={[path]}>
          <AccountsPage />
        </MemoryRouter>
      </Provider>
    </ViewerContext.Provider>,
  );
}

const page = {
  connectedAccounts: {
    nodes: [
      {
        id: 'acct_1', createdAt: '2026-11-30T10:00:00Z', email: 'ada@example.com', country: 'US', dashboardAccess: 'FULL',
        status: 'RESTRICTED_SOON', businessProfile: { name: 'Ada Shop' }, company: { name: null },
        individual: { firstName: null, lastName: null }, actionsRequired: [{ id: 'act_1' }, { id: 'act_2' }],
      },
    ],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: 'a', endCursor: 'a' },
  },
};

describe('AccountsPage', () => {
  it('lists accounts with their name, email, country, dashboard, status and number of actions', () => {
    renderAs(['analyst'], clientAnswering(() => ({ data: page })));
    const row = screen.getByRole('link', { name: 'Ada Shop' }).closest('tr')!;
    expect(row.textContent).toContain('ada@example.com');
    expect(row.textContent).toContain('US');
    expect(row.textContent).toContain('Full');
    expect(row.textContent).toContain('Restricted soon');
    expect(row.querySelectorAll('td')[5].textContent).toBe('2');
  });

  it('shows an invalid search with its position and what was expected', () => {
    const error = {
      message: "Invalid search at position 5: expected '~' after name, found ':'",
      extensions: { code: 'INVALID_SEARCH_QUERY' },
    };
    renderAs(['analyst'], clientAnswering(() => ({ data: null, errors: [error] })), '/?q=name:x');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('at position 5');
    expect(alert.textContent).toContain("expected '~' after name");
    expect(alert.querySelector('pre')!.textContent).toBe('name:x\n    ^');
  });

  it('offers account creation only to roles that may create', () => {
    const client = clientAnswering(() => ({ data: page }));
    const { unmount } = renderAs(['view_only'], client);
    expect(screen.queryByRole('link', { name: 'Create account' })).toBeNull();
    unmount();
    renderAs(['developer'], client);
    expect(screen.getByRole('link', { name: 'Create account' })).toBeTruthy();
  });
});
