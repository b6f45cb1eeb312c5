import { useCallback, useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { accountName } from '../lib/format';
import { problemOf } from '../lib/errors';
import { useLiveEvents } from '../activity';
import { AddToBalanceDialog, BalanceFacts, MoneyLists, SendFundsDialog, isMoneyEvent, type FundsAccount } from '../money';
import { Problem, Section } from '../ui';
import { useCan, useViewer } from '../viewer';
import { useViewAs } from '../viewAs';

const BalanceDocument = graphql(`
  query Balance {
    balance { available { amount currency } pending { amount currency } }
  }
`);

const FundsAccountsDocument = graphql(`
  query FundsAccounts($search: String) {
    connectedAccounts(first: 5, search: $search) {
      nodes {
        id
        email
        country
        defaultCurrency
        platformLiableForNegativeBalances
        businessProfile { name }
        company { name }
        individual { firstName lastName }
        externalAccounts { id kind last4 currency }
        capabilities { name status }
        debitConsent { consentedAt reference }
      }
    }
  }
`);

type Dialog = { kind: 'topUp' } | { kind: 'send'; account: FundsAccount | null } | null;

/** Balances → the platform's (or, viewing as an account, the account's) balance, money dialogs and lists. */
export function MoneyPage() {
  const { platform } = useViewer();
  const viewAs = useViewAs();
  const mayTopUp = useCan('addToBalance');
  const maySend = useCan('sendFunds');
  const [{ data, error }, refetchBalance] = useQuery({ query: BalanceDocument, context: BALANCE_CONTEXT });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [refresh, setRefresh] = useState(0);
  const currency = platform?.defaultCurrency ?? 'usd';
  // A provider event (a top-up confirmed, a payout paid) or another user's movement: read balance and lists again.
  const live = useLiveEvents(viewAs.accountId);
  const latest = live.events[0];
  useEffect(() => {
    if (latest && isMoneyEvent(latest.type)) {
      setRefresh((n) => n + 1);
      refetchBalance({ requestPolicy: 'network-only' });
    }
  }, [latest?.id]);
  const lists = viewAs.accountId
    ? (['balanceTransactions', 'transfers', 'payouts', 'accountDebits'] as const)
    : (['balanceTransactions', 'topUps', 'transfers', 'payouts', 'accountDebits'] as const);
  return (
    <>
      <h1>Balances</h1>
      <Section
        title={viewAs.accountId ? 'The account’s balance' : 'Your platform’s balance'}
        actions={
          <div className="buttons">
            {mayTopUp && (
              <button type="button" onClick={() => setDialog({ kind: 'topUp' })}>
                Add to balance
              </button>
            )}
            {maySend && (
              <button type="button" onClick={() => setDialog({ kind: 'send', account: null })}>
                Send funds
              </button>
            )}
          </div>
        }
      >
        <Problem problem={problemOf(error)} />
        {data && <BalanceFacts balance={data.balance} currency={currency} />}
        <p className="hint">Amounts per currency. Pending: top-ups the provider has not confirmed yet.</p>
      </Section>
      {dialog?.kind === 'topUp' && <AddToBalanceDialog defaultCurrency={currency} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'send' &&
        (dialog.account ? (
          <SendFundsDialog
            account={dialog.account}
            currencies={data?.balance.available.map((m) => m.currency)}
            onClose={() => setDialog(null)}
          />
        ) : (
          <AccountPicker onPick={(account) => setDialog({ kind: 'send', account })} onClose={() => setDialog(null)} />
        ))}
      <MoneyLists lists={[...lists]} refresh={refresh} />
    </>
  );
}

const BALANCE_CONTEXT = { additionalTypenames: ['Balance', 'TopUp', 'Transfer', 'AccountDebit'] };

/** Send funds starts with the receiving account: found by name or email (the search language's bare words). */
function AccountPicker({ onPick, onClose }: { onPick: (account: FundsAccount) => void; onClose: () => void }) {
  const [text, setText] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const [{ data, error, fetching }] = useQuery({ query: FundsAccountsDocument, variables: { search }, pause: search === null });
  const pick = useCallback(
    (node: NonNullable<typeof data>['connectedAccounts']['nodes'][number]) => onPick({ ...node, name: accountName(node) }),
    [onPick],
  );
  return (
    <section role="dialog" aria-labelledby="pick-title" className="card dialog">
      <div className="card-head">
        <h2 id="pick-title">Send funds: to which account?</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <form
        className="search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setSearch(text.trim() ? JSON.stringify(text.trim()) : '');
        }}
      >
        <label htmlFor="pick-search">Account name or email</label>
        <input id="pick-search" value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit">Find</button>
      </form>
      <Problem problem={problemOf(error)} />
      {fetching && <p role="status">Searching…</p>}
      {data && (
        <ul className="plain">
          {data.connectedAccounts.nodes.length === 0 && <li>No account matches.</li>}
          {data.connectedAccounts.nodes.map((node) => (
            <li key={node.id}>
              <button type="button" onClick={() => pick(node)}>
                {accountName(node)}
              </button>
              <span className="hint">
                {node.id} · {node.country} · {node.defaultCurrency.toUpperCase()}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
