import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { Client, Provider, makeResult, type Exchange, type Operation } from 'urql';
import { filter, makeSubject, map, merge, mergeMap, pipe, fromValue } from 'wonka';
import { Timeline } from './activity';
import { LiveContext } from './live';

afterEach(cleanup);

const event = (id: string, second: number, type = 'account.updated') => ({
  __typename: 'Event',
  id,
  type,
  createdAt: `2026-12-02T10:00:0${second}Z`,
  // As Keycloak issues them: its own default roles beside Connectboard's.
  actor: { subject: 'alice', roles: ['default-roles-connectboard', 'administrator', 'offline_access'] },
  account: { id: 'acct_1', email: null, businessProfile: { name: 'Ada Shop' }, company: { name: null }, individual: { firstName: null, lastName: null } },
  data: '{"email":{"from":"a@x.example","to":"b@x.example"}}',
});

/** Queries answer `page()`; the subscription delivers what the test pushes. */
function liveClient(page: () => object[]) {
  const live = makeSubject<object>();
  const queries: Operation[] = [];
  const exchange: Exchange = () => (operations$) =>
    merge([
      pipe(
        operations$,
        filter((o) => o.kind === 'query'),
        mergeMap((o) => {
          queries.push(o);
          return fromValue(makeResult(o, { data: { events: { nodes: page(), pageInfo: { hasNextPage: false, endCursor: null } } } } as never));
        }),
      ),
      pipe(
        operations$,
        filter((o) => o.kind === 'subscription'),
        mergeMap((o) => pipe(live.source, map((e) => makeResult(o, { data: { events: e } } as never)))),
      ),
    ]);
  return { client: new Client({ url: '/graphql', exchanges: [exchange] }), push: live.next, queries };
}

const ids = () =>
  within(screen.getByRole('list', { name: 'Events, newest first' }))
    .getAllByRole('listitem')
    .filter((li) => li.dataset.eventId)
    .map((li) => li.dataset.eventId);

describe('Timeline', () => {
  it('shows who, what, when and the change, adds live events on top, each once', async () => {
    const { client, push } = liveClient(() => [event('evt_2', 2), event('evt_1', 1)]);
    await act(async () =>
      void render(
        <Provider value={client}>
          <MemoryRouter>
            <Timeline />
          </MemoryRouter>
        </Provider>,
      ),
    );
    expect(ids()).toEqual(['evt_2', 'evt_1']);
    const first = screen.getAllByRole('listitem').find((li) => li.dataset.eventId === 'evt_2')!;
    expect(first.textContent).toContain('account.updated');
    expect(first.textContent).toContain('by alice (administrator)');
    expect(first.textContent).toContain('email: a@x.example → b@x.example');
    expect(first.textContent).toContain('Ada Shop');

    // The subscription starts a moment early and repeats evt_2; then a new event arrives.
    await act(async () => push(event('evt_2', 2)));
    await act(async () => push(event('evt_3', 3, 'transfer.created')));
    expect(ids()).toEqual(['evt_3', 'evt_2', 'evt_1']);
  });

  it('after the socket reconnects, fetches what it missed and keeps each event once', async () => {
    let page = [event('evt_2', 2), event('evt_1', 1)];
    const { client, push, queries } = liveClient(() => page);
    const listeners: Record<string, (() => void)[]> = {};
    const socket = {
      on: (name: string, listener: () => void) => {
        (listeners[name] ??= []).push(listener);
        return () => undefined;
      },
    };
    await act(async () =>
      void render(
        <LiveContext.Provider value={{ socket: socket as never, isConnected: () => true }}>
          <Provider value={client}>
            <MemoryRouter>
              <Timeline accountId="acct_1" />
            </MemoryRouter>
          </Provider>
        </LiveContext.Provider>,
      ),
    );
    expect(screen.getByRole('status').textContent).toBe('Live');
    await act(async () => push(event('evt_3', 3)));
    // The socket drops; evt_4 is committed meanwhile; it reconnects.
    await act(async () => listeners.closed.forEach((l) => l()));
    expect(screen.getByRole('status').textContent).toBe('Connecting…');
    page = [event('evt_4', 4), event('evt_3', 3), event('evt_2', 2)];
    const before = queries.length;
    await act(async () => listeners.connected.forEach((l) => l()));
    expect(queries.length).toBe(before + 1);
    expect(queries[queries.length - 1].variables).toMatchObject({ accountId: 'acct_1' });
    expect(ids()).toEqual(['evt_4', 'evt_3', 'evt_2', 'evt_1']);
    expect(screen.getByRole('status').textContent).toBe('Live');
  });
});
