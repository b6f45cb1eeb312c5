import { afterEach, describe, expect, it, vi } from 'vitest';
import { pipe, subscribe, take, toPromise } from 'wonka';
import { createApi, requestHeaders } from './client';

/** A WebSocket the test plays the server of: it records what the client sends and answers when told. */
class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static all: FakeSocket[] = [];
  readyState = FakeSocket.CONNECTING;
  sent: { type: string; id?: string; payload?: Record<string, unknown> }[] = [];
  closedWith: number | null = null;
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  constructor(
    readonly url: string,
    readonly protocol: string,
  ) {
    FakeSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close(code = 1000, reason = '') {
    this.closedWith = code;
    this.readyState = FakeSocket.CLOSED;
    setTimeout(() => this.onclose?.({ code, reason, wasClean: true }));
  }
  // the server's side
  accept() {
    this.readyState = FakeSocket.OPEN;
    this.onopen?.();
  }
  receive(message: object) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  drop() {
    this.readyState = FakeSocket.CLOSED;
    this.onclose?.({ code: 1006, reason: '', wasClean: false });
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
async function until(condition: () => boolean) {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}
const latest = () => FakeSocket.all[FakeSocket.all.length - 1];

afterEach(() => {
  FakeSocket.all = [];
  vi.unstubAllGlobals();
});

describe('requestHeaders', () => {
  it('carries the token, and Connected-Account only while viewing as an account', () => {
    expect(requestHeaders({ accessToken: () => 't1', viewingAs: null })).toEqual({ Authorization: 'Bearer t1' });
    expect(requestHeaders({ accessToken: () => 't1', viewingAs: 'acct_1' })).toEqual({
      Authorization: 'Bearer t1',
      'Connected-Account': 'acct_1',
    });
  });
});

describe('createApi over HTTP', () => {
  it('sends the Connected-Account header on every request while viewing as an account, and none otherwise', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ data: { viewer: { subject: 'u' } } }), { headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    const query = 'query { viewer { subject } }';
    const headersOf = (call: number) => new Headers((fetch.mock.calls[call] as unknown as [string, RequestInit])[1].headers);

    const viewing = createApi({ accessToken: () => 'tok', viewingAs: 'acct_1' }, 'ws://test/graphql', FakeSocket);
    await pipe(viewing.client.query(query, {}, { requestPolicy: 'network-only' }), take(1), toPromise);
    expect(headersOf(0).get('Connected-Account')).toBe('acct_1');
    expect(headersOf(0).get('Authorization')).toBe('Bearer tok');

    const platform = createApi({ accessToken: () => 'tok', viewingAs: null }, 'ws://test/graphql', FakeSocket);
    await pipe(platform.client.query(query, {}, { requestPolicy: 'network-only' }), take(1), toPromise);
    expect(headersOf(1).get('Connected-Account')).toBeNull();
    viewing.dispose();
    platform.dispose();
  });
});

describe('createApi, the events socket', () => {
  const EVENTS = 'subscription { events { id } }';

  it('authenticates in connection_init, reconnects with the renewed token on restart, and after a drop', async () => {
    let token = 'first';
    const api = createApi({ accessToken: () => token, viewingAs: 'acct_1' }, 'ws://test/graphql', FakeSocket);
    const received: unknown[] = [];
    const { unsubscribe } = pipe(
      api.client.subscription(EVENTS, {}),
      subscribe((result) => received.push(result.data)),
    );
    await until(() => FakeSocket.all.length === 1);
    expect(latest().protocol).toBe('graphql-transport-ws');
    latest().accept();
    await until(() => latest().sent.length > 0);
    expect(latest().sent[0]).toEqual({ type: 'connection_init', payload: { Authorization: 'Bearer first', 'Connected-Account': 'acct_1' } });
    latest().receive({ type: 'connection_ack' });
    await until(() => latest().sent.some((m) => m.type === 'subscribe'));
    expect(api.isConnected()).toBe(true);

    // The session renewed its token: the open socket is closed by the client and a new one opens with the new token.
    token = 'second';
    api.restartSocket();
    expect(FakeSocket.all[0].closedWith).toBe(4205);
    await until(() => FakeSocket.all.length === 2);
    latest().accept();
    await until(() => latest().sent.length > 0);
    expect(latest().sent[0]).toEqual({ type: 'connection_init', payload: { Authorization: 'Bearer second', 'Connected-Account': 'acct_1' } });
    latest().receive({ type: 'connection_ack' });
    await until(() => latest().sent.some((m) => m.type === 'subscribe'));

    // The network drops: a new socket, with the token of that moment, and the subscription again.
    token = 'third';
    latest().drop();
    expect(api.isConnected()).toBe(false);
    await until(() => FakeSocket.all.length === 3);
    latest().accept();
    await until(() => latest().sent.length > 0);
    expect(latest().sent[0].payload).toMatchObject({ Authorization: 'Bearer third' });
    latest().receive({ type: 'connection_ack' });
    await until(() => latest().sent.some((m) => m.type === 'subscribe'));
    const id = latest().sent.find((m) => m.type === 'subscribe')!.id;
    latest().receive({ type: 'next', id, payload: { data: { events: { id: 'evt_1' } } } });
    await until(() => received.length === 1);
    expect(received[0]).toEqual({ events: { id: 'evt_1' } });

    unsubscribe();
    await settle();
    api.dispose();
  });

  it('does not retry a token the service refused (4403): the session signs in again', async () => {
    const api = createApi({ accessToken: () => 'bad', viewingAs: null }, 'ws://test/graphql', FakeSocket);
    const errors: unknown[] = [];
    pipe(
      api.client.subscription(EVENTS, {}),
      subscribe((result) => result.error && errors.push(result.error)),
    );
    await until(() => FakeSocket.all.length === 1);
    latest().accept();
    latest().close(4403, 'Forbidden');
    await until(() => errors.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(FakeSocket.all).toHaveLength(1);
    api.dispose();
  });
});
