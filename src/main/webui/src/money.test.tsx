import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { Client, Provider, makeErrorResult, makeResult, type Exchange, type Operation } from 'urql';
import { filter, fromPromise, mergeMap, pipe } from 'wonka';
import { AddToBalanceDialog, MoneyLists, SendFundsDialog, type FundsAccount } from './money';
import { MoneyPage } from './pages/MoneyPage';
import { ViewerContext } from './viewer';
import { ViewAsContext } from './viewAs';

afterEach(cleanup);

/** A real urql client whose exchange answers each operation with what `answer` resolves to, and records them. */
function stubClient(answer: (operation: Operation) => Promise<object | Error>) {
  const operations: Operation[] = [];
  const exchange: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown' && operation.kind !== 'subscription'),
      mergeMap((operation) => {
        operations.push(operation);
        return fromPromise(
          answer(operation).then((body) =>
            body instanceof Error
              ? makeErrorResult(operation, body)
              : makeResult(operation, body as never),
          ),
        );
      }),
    );
  return { client: new Client({ url: '/graphql', exchanges: [exchange] }), operations };
}

const mutations = (operations: Operation[]) => operations.filter((o) => o.kind === 'mutation');
const keyOf = (operation: Operation) => (operation.variables as { input: { idempotencyKey: string } }).input.idempotencyKey;

function renderWith(client: Client, ui: React.ReactNode, roles = ['administrator'], viewingAs: string | null = null) {
  return render(
    <ViewAsContext.Provider value={{ accountId: viewingAs, start: () => undefined, leave: () => undefined }}>
      <ViewerContext.Provider
        value={{
          viewer: { subject: 'u', roles, viewingAs: null },
          platform: { id: 'plat_1', name: 'P', country: 'US', defaultCurrency: 'usd', profileComplete: true },
        }}
      >
        <Provider value={client}>
          <MemoryRouter>{ui}</MemoryRouter>
        </Provider>
      </ViewerContext.Provider>
    </ViewAsContext.Provider>,
  );
}

const topUp = (amount: number) => ({
  data: {
    addToBalance: {
      topUp: {
        id: 'tu_1', amount: { amount, currency: 'usd' }, status: 'PENDING', description: null,
        createdAt: '2026-12-02T10:00:00Z', updatedAt: '2026-12-02T10:00:00Z', failureCode: null, failureMessage: null,
      },
      userErrors: [],
    },
  },
});

async function fillTopUp(amount: string) {
  fireEvent.change(screen.getByLabelText('Amount (USD)'), { target: { value: amount } });
  fireEvent.click(screen.getByRole('button', { name: 'Review' }));
}

describe('money dialogs send one idempotency key per submission', () => {
  it('reuses the key when the submission is retried after a network error, and takes a new one for the next submission', async () => {
    let calls = 0;
    const { client, operations } = stubClient(async () => (++calls === 1 ? new Error('Failed to fetch') : topUp(1250)));
    renderWith(client, <AddToBalanceDialog defaultCurrency="usd" onClose={() => undefined} />);
    await fillTopUp('12.50');
    expect(screen.getByText('$12.50', { selector: 'dd' })).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add $12.50' })));
    expect(screen.getByRole('alert').textContent).toContain('Failed to fetch');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Try again: Add $12.50' })));
    expect(screen.getByRole('status').textContent).toContain('Top-up tu_1');

    // The same values again, as a new submission.
    fireEvent.click(screen.getByRole('button', { name: 'Add another' }));
    await fillTopUp('12.50');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add $12.50' })));

    const sent = mutations(operations);
    expect(sent).toHaveLength(3);
    expect(keyOf(sent[1])).toBe(keyOf(sent[0]));
    expect(keyOf(sent[2])).not.toBe(keyOf(sent[0]));
    expect((sent[0].variables as { input: object }).input).toEqual({ amount: 1250, currency: 'usd', idempotencyKey: keyOf(sent[0]) });
  });

  it('sends a double click once, with the button disabled while the submission is on its way', async () => {
    let release: (body: object) => void = () => undefined;
    const { client, operations } = stubClient(() => new Promise((resolve) => (release = resolve)));
    renderWith(client, <AddToBalanceDialog defaultCurrency="usd" onClose={() => undefined} />);
    await fillTopUp('5');
    const button = screen.getByRole('button', { name: 'Add $5.00' });
    fireEvent.click(button);
    fireEvent.click(button);
    const sending = screen.getByRole('button', { name: 'Sending…' }) as HTMLButtonElement;
    expect(sending.disabled).toBe(true);
    await act(async () => release(topUp(500)));
    expect(mutations(operations)).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toContain('Top-up tu_1');
  });

  it('keeps the key when a refusal is answered and the same values are sent again, and shows the refusal beside its field', async () => {
    let calls = 0;
    const account: FundsAccount = {
      id: 'acct_1', name: 'Ada Shop', country: 'US', defaultCurrency: 'usd', platformLiableForNegativeBalances: false,
      externalAccounts: [], capabilities: [{ name: 'TRANSFERS', status: 'ACTIVE' }],
    };
    const refused = {
      data: {
        sendFunds: {
          transfer: null, payout: null,
          userErrors: [{ code: 'INSUFFICIENT_FUNDS', field: 'input.amount', message: 'Your platform’s available balance in usd does not cover 1000' }],
        },
      },
    };
    const { client, operations } = stubClient(async () => (++calls === 1 ? refused : { data: { sendFunds: { transfer: { id: 'tr_1', accountId: 'acct_1', amount: { amount: 1000, currency: 'usd' }, destination: 'ACCOUNT_BALANCE', description: null, createdAt: '2026-12-02T10:00:00Z' }, payout: null, userErrors: [] } } }));
    renderWith(client, <SendFundsDialog account={account} onClose={() => undefined} />);
    expect((screen.getByRole('radio', { name: /bank account or debit card/ }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Amount (USD)'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    expect(screen.getByText('Ada Shop’s balance', { selector: 'dd' })).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Send $10.00' })));
    const beside = document.getElementById('send-amount-errors')!;
    // Said in dollars, not in the API's cents.
    expect(beside.textContent).toContain('available balance in USD does not cover $10.00.');
    expect(beside.textContent).toContain('Add to your balance first');
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Send $10.00' })));
    expect(screen.getByRole('status').textContent).toContain('transfer tr_1');
    const sent = mutations(operations);
    expect(keyOf(sent[1])).toBe(keyOf(sent[0]));
  });
});

describe('which role is offered money', () => {
  const balance = async () => ({
    data: {
      balance: { available: [{ amount: 123456, currency: 'usd' }, { amount: 500, currency: 'jpy' }], pending: [] },
      balanceTransactions: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } },
    },
  });

  it('offers the administrator to add to balance and send funds, in each currency’s minor units', async () => {
    const { client } = stubClient(balance);
    await act(async () => void renderWith(client, <MoneyPage />));
    expect(screen.getByRole('button', { name: 'Add to balance' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send funds' })).toBeTruthy();
    expect(screen.getByTestId('available').textContent).toBe('$1,234.56 · ¥500');
    expect(screen.getByTestId('pending').textContent).toBe('$0.00');
  });

  it('offers no money action to the other roles', async () => {
    for (const role of ['developer', 'analyst', 'support_specialist', 'view_only']) {
      const { client } = stubClient(balance);
      await act(async () => void renderWith(client, <MoneyPage />, [role]));
      expect(screen.queryByRole('button', { name: 'Add to balance' }), role).toBeNull();
      expect(screen.queryByRole('button', { name: 'Send funds' }), role).toBeNull();
      expect(screen.getByTestId('available').textContent).toBe('$1,234.56 · ¥500');
      cleanup();
    }
  });

  it('offers no top-up while viewing as an account', async () => {
    const { client } = stubClient(balance);
    await act(async () => void renderWith(client, <MoneyPage />, ['administrator'], 'acct_1'));
    expect(screen.queryByRole('button', { name: 'Add to balance' })).toBeNull();
    expect(screen.queryByRole('tab', { name: 'Top-ups' })).toBeNull();
  });
});


describe('money lists', () => {
  it('show no table until the page has come, then one the keyboard can scroll, with each account by name', async () => {
    let answer: (body: object) => void = () => undefined;
    const { client } = stubClient(() => new Promise((resolve) => (answer = resolve)));
    renderWith(client, <MoneyLists lists={['transfers']} />);
    // An empty table while loading would scroll sideways in a narrow window with nothing to focus (axe-core).
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    const account = { id: 'acct_1', email: null, businessProfile: { name: 'Ada Shop' }, company: null, individual: null };
    await act(async () =>
      answer({
        data: {
          transfers: {
            nodes: [
              { id: 'tr_1', accountId: 'acct_1', account, amount: { amount: 1234, currency: 'usd' }, destination: 'ACCOUNT_BALANCE', description: null, createdAt: '2026-12-02T10:00:00Z' },
              { id: 'tr_2', accountId: 'acct_gone', account: null, amount: { amount: 5, currency: 'usd' }, destination: 'ACCOUNT_BALANCE', description: null, createdAt: '2026-12-02T09:00:00Z' },
            ],
            pageInfo: { hasNextPage: false, endCursor: null },
          },
        },
      }),
    );
    const region = screen.getByRole('region', { name: 'Transfers' });
    expect(region.tabIndex).toBe(0);
    expect(screen.getByRole('link', { name: 'Ada Shop' }).getAttribute('href')).toBe('/accounts/acct_1');
    expect(region.textContent).toContain('acct_gone (removed)');
  });
});
