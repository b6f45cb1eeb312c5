// The money screens' parts: balances, the three money dialogs (add to balance, send funds, pull funds) with their
// confirmation step, the debit-consent form, and the paginated lists. docs/dashboard.md, "Part 2".
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';
import { graphql } from './gql';
import type {
  AccountDebitsQuery,
  BalanceTransactionsQuery,
  ExternalAccountKind,
  PayoutMethod,
  PayoutsQuery,
  TopUpsQuery,
  TransferDestination,
  TransfersQuery,
} from './gql/graphql';
import { accountName, formatDateTime, formatMoney, humanize } from './lib/format';
import { errorsByField, problemOf } from './lib/errors';
import { PULL_ADVICE, amountVariable, parseAmount, pullOffer, refusalsByField, shortfall } from './lib/money';
import { useIdempotentMutation } from './lib/useIdempotentMutation';
import { FieldErrors, Problem, Section } from './ui';

export interface MoneyValue {
  amount: string | number;
  currency: string;
}

/** Amounts per currency, each in its own minor units; an empty list reads as zero in the fallback currency. */
export function Amounts({ list, currency }: { list: readonly MoneyValue[]; currency: string }) {
  if (list.length === 0) return <>{formatMoney(0, currency)}</>;
  return <>{list.map((money) => formatMoney(money.amount, money.currency)).join(' · ')}</>;
}

export function BalanceFacts({
  balance,
  currency,
}: {
  balance: { available: readonly MoneyValue[]; pending: readonly MoneyValue[] };
  currency: string;
}) {
  return (
    <dl className="facts balance">
      <dt>Available</dt>
      <dd data-testid="available">
        <Amounts list={balance.available} currency={currency} />
      </dd>
      <dt>Pending</dt>
      <dd data-testid="pending">
        <Amounts list={balance.pending} currency={currency} />
      </dd>
    </dl>
  );
}

// ---------------------------------------------------------------- dialogs: shared steps

/** A movement changes balances (also those empty before, which hold no Money the cache could match) and lists. */
const STALE_AFTER_MONEY = ['Balance', 'ConnectedAccount', 'BalanceTransaction', 'TopUp', 'Transfer', 'Payout', 'AccountDebit'];

type Step = 'edit' | 'review' | 'done';

/**
 * What every money dialog keeps between its steps (edit, review, done): the step, the amount and the description.
 * `answered` moves on after a submission's answer: to done when the movement was made, back to edit when it was
 * refused; a lost answer stays on review, where "Try again" resends the same submission.
 */
function useMoneySteps() {
  const [step, setStep] = useState<Step>('edit');
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const trimmed = description.trim();
  return {
    step,
    setStep,
    amount,
    setAmount,
    description,
    setDescription,
    /** The input's optional description: left out when blank. */
    described: trimmed ? { description: trimmed } : {},
    answered: (payload: { userErrors: readonly unknown[] } | null | undefined, made: boolean) => {
      if (made) setStep('done');
      else if (payload?.userErrors.length) setStep('edit');
    },
    /** "Add another", "Send more": the amount and description cleared, back to edit. */
    again: () => {
      setAmount('');
      setDescription('');
      setStep('edit');
    },
  };
}

function AmountField({
  id,
  currency,
  value,
  onChange,
  errors,
}: {
  id: string;
  currency: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
}) {
  return (
    <div className="field">
      <label htmlFor={id}>Amount ({currency.toUpperCase()})</label>
      <input
        id={id}
        inputMode="decimal"
        autoComplete="off"
        value={value}
        required
        aria-describedby={`${id}-errors`}
        aria-invalid={errors?.length ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}

function DescriptionField({ id, value, onChange, errors }: { id: string; value: string; onChange: (v: string) => void; errors?: string[] }) {
  return (
    <div className="field">
      <label htmlFor={id}>Description (optional)</label>
      <input id={id} value={value} maxLength={500} aria-describedby={`${id}-errors`} onChange={(e) => onChange(e.target.value)} />
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}

/**
 * The confirmation step: what will move, from where to where, then one button that is disabled while the submission
 * is on its way.
 */
function Review({
  from,
  to,
  verb,
  input,
  currency,
  result,
  onConfirm,
  onBack,
}: {
  from: string;
  to: string;
  /** The confirm button's verb, before the amount: "Send" reads "Send $12.34". */
  verb: string;
  input: { amount: number | string; description?: string };
  currency: string;
  result: { fetching: boolean; error?: CombinedError };
  onConfirm: () => void;
  onBack: () => void;
}) {
  const problem = problemOf(result.error);
  const confirm = `${verb} ${formatMoney(input.amount, currency)}`;
  const rows: [string, ReactNode][] = [
    ['From', from],
    ['To', to],
    ['Amount', formatMoney(input.amount, currency)],
  ];
  if (input.description) rows.push(['Description', input.description]);
  return (
    <div className="review">
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div key={label} className="fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {problem && (
        <>
          <Problem problem={problem} />
          <p className="hint">
            Nothing was confirmed. Trying again is safe: it is the same submission, and the money moves at most once.
          </p>
        </>
      )}
      <div className="buttons">
        <button type="button" className="primary" disabled={result.fetching} aria-busy={result.fetching} onClick={onConfirm}>
          {result.fetching ? 'Sending…' : problem ? `Try again: ${confirm}` : confirm}
        </button>
        <button type="button" disabled={result.fetching} onClick={onBack}>
          Change
        </button>
      </div>
    </div>
  );
}

/** The edit step's submit: it checks the form and shows the review; nothing is sent yet. */
function ReviewButton() {
  return (
    <div className="buttons">
      <button type="submit" className="primary">
        Review
      </button>
    </div>
  );
}

/** The last step of a money dialog: what happened, and a button that starts another (amount and description cleared). */
function Done({ again, onAgain, children }: { again: string; onAgain: () => void; children: ReactNode }) {
  return (
    <>
      <p role="status">{children}</p>
      <div className="buttons">
        <button type="button" onClick={onAgain}>
          {again}
        </button>
      </div>
    </>
  );
}

function Dialog({ title, children, onClose }: { title: string; children: ReactNode; onClose: () => void }) {
  const id = 'dialog-' + title.replace(/\W+/g, '-').toLowerCase();
  return (
    <section role="dialog" aria-labelledby={id} className="card dialog">
      <div className="card-head">
        <h2 id={id}>{title}</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {children}
    </section>
  );
}

// ---------------------------------------------------------------- add to balance

const AddToBalanceDocument = graphql(`
  mutation AddToBalance($input: AddToBalanceInput!) {
    addToBalance(input: $input) {
      topUp { id amount { amount currency } status description createdAt updatedAt failureCode failureMessage }
      userErrors { code field message }
    }
  }
`);

export function AddToBalanceDialog({ defaultCurrency, onClose }: { defaultCurrency: string; onClose: () => void }) {
  const { step, setStep, amount, setAmount, description, setDescription, described, answered, again } = useMoneySteps();
  const [currency, setCurrency] = useState(defaultCurrency);
  const [local, setLocal] = useState<string[] | undefined>();
  const [result, submit] = useIdempotentMutation(AddToBalanceDocument, STALE_AFTER_MONEY);
  const refusals = refusalsByField(result.data?.addToBalance.userErrors);
  const parsed = parseAmount(amount, currency);
  const input = parsed.ok
    ? { amount: amountVariable(parsed.minor), currency: currency.trim().toLowerCase(), ...described }
    : null;
  const onReview = (event: FormEvent) => {
    event.preventDefault();
    if (!parsed.ok) return setLocal([parsed.error]);
    setLocal(undefined);
    setStep('review');
  };
  const onConfirm = async () => {
    if (!input) return;
    const answer = await submit(input);
    const payload = answer.data?.addToBalance;
    answered(payload, !!payload?.topUp);
  };
  const topUp = result.data?.addToBalance.topUp;
  return (
    <Dialog title="Add to balance" onClose={onClose}>
      {step === 'edit' && (
        <form className="form" onSubmit={onReview} noValidate>
          <p className="hint">Money your platform sends in from its bank. It is pending until the provider confirms it arrived.</p>
          <div className="field">
            <label htmlFor="topup-currency">Currency</label>
            <input id="topup-currency" value={currency} maxLength={3} className="narrow" onChange={(e) => setCurrency(e.target.value.toLowerCase())} />
            <FieldErrors id="topup-currency-errors" errors={refusals.currency} />
          </div>
          <AmountField id="topup-amount" currency={currency} value={amount} onChange={setAmount} errors={local ?? refusals.amount} />
          <DescriptionField id="topup-description" value={description} onChange={setDescription} errors={refusals.description} />
          <FieldErrors id="topup-errors" errors={[...(refusals[''] ?? []), ...(refusals.idempotencyKey ?? [])]} />
          <ReviewButton />
        </form>
      )}
      {step === 'review' && input && (
        <Review
          from={'Your platform’s bank'}
          to={`Your platform’s balance (pending until the provider confirms)`}
          verb="Add"
          input={input}
          currency={currency}
          result={result}
          onConfirm={onConfirm}
          onBack={() => setStep('edit')}
        />
      )}
      {step === 'done' && topUp && (
        <Done again="Add another" onAgain={again}>
          Top-up {topUp.id} of {formatMoney(topUp.amount.amount, topUp.amount.currency)} is{' '}
          <StatusBadge status={topUp.status} />: it becomes available when the provider confirms it arrived.
        </Done>
      )}
    </Dialog>
  );
}

// ---------------------------------------------------------------- send funds

const SendFundsDocument = graphql(`
  mutation SendFunds($input: SendFundsInput!) {
    sendFunds(input: $input) {
      transfer { id accountId amount { amount currency } destination description createdAt }
      payout { id accountId amount { amount currency } status method destination { kind last4 } createdAt updatedAt }
      userErrors { code field message }
    }
  }
`);

export interface FundsAccount {
  id: string;
  name: string;
  country: string;
  defaultCurrency: string;
  platformLiableForNegativeBalances: boolean;
  externalAccounts: readonly { id: string; kind: ExternalAccountKind; last4: string; currency: string }[];
  capabilities: readonly { name: string; status: string }[];
  debitConsent?: { consentedAt: string; reference: string } | null;
}

function externalLabel(external: { kind: ExternalAccountKind; last4: string; currency: string }): string {
  return `${external.kind === 'DEBIT_CARD' ? 'Debit card' : 'Bank account'} ····${external.last4} (${external.currency.toUpperCase()})`;
}

export function SendFundsDialog({
  account,
  currencies,
  onClose,
}: {
  account: FundsAccount;
  /** Currencies to offer besides the account's default and its external accounts' (e.g. those the platform holds). */
  currencies?: readonly string[];
  onClose: () => void;
}) {
  const { step, setStep, amount, setAmount, description, setDescription, described, answered, again } = useMoneySteps();
  const [currency, setCurrency] = useState(account.defaultCurrency);
  const [destination, setDestination] = useState<TransferDestination>('ACCOUNT_BALANCE');
  const [externalId, setExternalId] = useState('');
  const [method, setMethod] = useState<PayoutMethod>('STANDARD');
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const [result, submit] = useIdempotentMutation(SendFundsDocument, STALE_AFTER_MONEY);
  const refusals = refusalsByField(result.data?.sendFunds.userErrors, {}, shortfall('Your platform’s', result.operation?.variables.input));
  const errors = (field: string) => local[field] ?? refusals[field];

  const options = useMemo(
    () => [...new Set([account.defaultCurrency, ...account.externalAccounts.map((e) => e.currency), ...(currencies ?? [])])].sort(),
    [account, currencies],
  );
  const externals = account.externalAccounts.filter((e) => e.currency === currency);
  const external = externals.find((e) => e.id === externalId) ?? externals[0];
  const transfers = account.capabilities.find((c) => c.name === 'TRANSFERS');
  const instantAllowed = destination === 'EXTERNAL_ACCOUNT' && external?.kind === 'DEBIT_CARD';
  const chosenMethod: PayoutMethod = instantAllowed ? method : 'STANDARD';

  const parsed = parseAmount(amount, currency);
  const input = parsed.ok
    ? {
        accountId: account.id,
        amount: amountVariable(parsed.minor),
        currency,
        destination,
        ...(destination === 'EXTERNAL_ACCOUNT' && external ? { externalAccountId: external.id, method: chosenMethod } : {}),
        ...described,
      }
    : null;

  const onReview = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string[]> = {};
    if (!parsed.ok) found.amount = [parsed.error];
    if (destination === 'EXTERNAL_ACCOUNT' && !external) {
      found.externalAccountId = [`${account.name} has no bank account or debit card in ${currency.toUpperCase()}.`];
    }
    setLocal(found);
    if (Object.keys(found).length === 0) setStep('review');
  };
  const onConfirm = async () => {
    if (!input) return;
    const answer = await submit(input);
    const payload = answer.data?.sendFunds;
    answered(payload, !!payload?.transfer);
  };
  const sent = result.data?.sendFunds;
  const to =
    destination === 'ACCOUNT_BALANCE' || !external
      ? `${account.name}’s balance`
      : `${account.name}’s ${externalLabel(external)}, ${chosenMethod === 'INSTANT' ? 'instant' : 'standard'} payout`;
  return (
    <Dialog title="Send funds" onClose={onClose}>
      {step === 'edit' && (
        <form className="form" onSubmit={onReview} noValidate>
          {transfers && transfers.status !== 'ACTIVE' && (
            <p className="problem">
              {account.name}’s Transfers capability is {humanize(transfers.status).toLowerCase()}: the service refuses
              transfers until it is active (see the account’s actions required).
            </p>
          )}
          <div className="field">
            <label htmlFor="send-currency">Currency</label>
            <select id="send-currency" value={currency} aria-describedby="send-currency-errors" onChange={(e) => setCurrency(e.target.value)}>
              {options.map((c) => (
                <option key={c} value={c}>
                  {c.toUpperCase()}
                </option>
              ))}
            </select>
            <FieldErrors id="send-currency-errors" errors={errors('currency')} />
          </div>
          <AmountField id="send-amount" currency={currency} value={amount} onChange={setAmount} errors={errors('amount')} />
          <fieldset aria-describedby="send-destination-errors">
            <legend>Destination</legend>
            <label className="radio">
              <input type="radio" name="destination" checked={destination === 'ACCOUNT_BALANCE'} onChange={() => setDestination('ACCOUNT_BALANCE')} />{' '}
              {account.name}’s balance
            </label>
            <label className="radio">
              <input
                type="radio"
                name="destination"
                checked={destination === 'EXTERNAL_ACCOUNT'}
                disabled={!account.platformLiableForNegativeBalances}
                onChange={() => setDestination('EXTERNAL_ACCOUNT')}
              />{' '}
              Straight to its bank account or debit card
            </label>
            {!account.platformLiableForNegativeBalances && (
              <p className="hint">
                Not available: your platform is not liable for this account’s negative balances, so funds go to its
                balance and its payout schedule pays them out.
              </p>
            )}
            <FieldErrors id="send-destination-errors" errors={errors('destination')} />
          </fieldset>
          {destination === 'EXTERNAL_ACCOUNT' && (
            <>
              <div className="field">
                <label htmlFor="send-external">Bank account or debit card</label>
                <select
                  id="send-external"
                  value={external?.id ?? ''}
                  aria-describedby="send-external-errors"
                  onChange={(e) => setExternalId(e.target.value)}
                >
                  {externals.length === 0 && <option value="">None in {currency.toUpperCase()}</option>}
                  {externals.map((e) => (
                    <option key={e.id} value={e.id}>
                      {externalLabel(e)}
                    </option>
                  ))}
                </select>
                <FieldErrors id="send-external-errors" errors={errors('externalAccountId')} />
              </div>
              <fieldset aria-describedby="send-method-errors">
                <legend>Speed</legend>
                <label className="radio">
                  <input type="radio" name="method" checked={chosenMethod === 'STANDARD'} onChange={() => setMethod('STANDARD')} /> Standard
                </label>
                <label className="radio">
                  <input type="radio" name="method" checked={chosenMethod === 'INSTANT'} disabled={!instantAllowed} onChange={() => setMethod('INSTANT')} />{' '}
                  Instant {!instantAllowed && <span className="hint">(debit cards only)</span>}
                </label>
                <FieldErrors id="send-method-errors" errors={errors('method')} />
              </fieldset>
            </>
          )}
          <DescriptionField id="send-description" value={description} onChange={setDescription} errors={errors('description')} />
          <FieldErrors id="send-errors" errors={[...(refusals[''] ?? []), ...(refusals.accountId ?? []), ...(refusals.idempotencyKey ?? [])]} />
          <ReviewButton />
        </form>
      )}
      {step === 'review' && input && (
        <Review
          from={`Your platform’s available balance (${currency.toUpperCase()})`}
          to={to}
          verb="Send"
          input={input}
          currency={currency}
          result={result}
          onConfirm={onConfirm}
          onBack={() => setStep('edit')}
        />
      )}
      {step === 'done' && sent?.transfer && (
        <Done again="Send more" onAgain={again}>
          Sent {formatMoney(sent.transfer.amount.amount, sent.transfer.amount.currency)} to {account.name}: transfer{' '}
          {sent.transfer.id}
          {sent.payout && (
            <>
              , then payout {sent.payout.id} to ····{sent.payout.destination.last4} (<StatusBadge status={sent.payout.status} />)
            </>
          )}
          .
        </Done>
      )}
    </Dialog>
  );
}

// ---------------------------------------------------------------- pull funds and debit consent

const PullFundsDocument = graphql(`
  mutation PullFunds($input: PullFundsInput!) {
    pullFunds(input: $input) {
      accountDebit { id accountId amount { amount currency } description createdAt }
      userErrors { code field message }
    }
  }
`);

const RecordDebitConsentDocument = graphql(`
  mutation RecordDebitConsent($input: RecordDebitConsentInput!) {
    recordDebitConsent(input: $input) {
      debitConsent { consentedAt recordedAt reference }
      userErrors { code field message }
    }
  }
`);

export function DebitConsentForm({ account, onRecorded }: { account: FundsAccount; onRecorded?: () => void }) {
  const [date, setDate] = useState('');
  const [reference, setReference] = useState('');
  const [result, record] = useMutation(RecordDebitConsentDocument);
  const errors = errorsByField(result.data?.recordDebitConsent.userErrors);
  return (
    <form
      className="form"
      aria-label="Debit consent"
      onSubmit={async (e) => {
        e.preventDefault();
        const answer = await record(
          { input: { accountId: account.id, consentedAt: date ? `${date}T00:00:00Z` : '', reference: reference.trim() } },
          // The account's debitConsent was null: nothing in the cache names the type the answer carries.
          { additionalTypenames: ['ConnectedAccount'] },
        );
        if (answer.data?.recordDebitConsent.debitConsent) onRecorded?.();
      }}
    >
      <p className="hint">
        Pulling funds needs the account holder’s consent to debits by your platform (a mandate or an agreement). Record
        when it was given and your reference of it.
      </p>
      <div className="field">
        <label htmlFor="consent-date">Consented on</label>
        <input id="consent-date" type="date" required value={date} aria-describedby="consent-date-errors" onChange={(e) => setDate(e.target.value)} />
        <FieldErrors id="consent-date-errors" errors={errors.consentedAt} />
      </div>
      <div className="field">
        <label htmlFor="consent-reference">Reference</label>
        <input id="consent-reference" required maxLength={255} value={reference} aria-describedby="consent-reference-errors" onChange={(e) => setReference(e.target.value)} />
        <FieldErrors id="consent-reference-errors" errors={errors.reference} />
      </div>
      <FieldErrors id="consent-errors" errors={[...(errors[''] ?? []), ...(errors.accountId ?? [])]} />
      <Problem problem={problemOf(result.error)} />
      <div className="buttons">
        <button type="submit" className="primary" disabled={result.fetching}>
          Record consent
        </button>
      </div>
    </form>
  );
}

export function PullFundsDialog({ account, platformCountry, onClose }: { account: FundsAccount; platformCountry: string; onClose: () => void }) {
  const offer = pullOffer(platformCountry, account);
  const [consentRecorded, setConsentRecorded] = useState(false);
  const { step, setStep, amount, setAmount, description, setDescription, described, answered, again } = useMoneySteps();
  const [local, setLocal] = useState<string[] | undefined>();
  const [result, submit] = useIdempotentMutation(PullFundsDocument, STALE_AFTER_MONEY);
  const refusals = refusalsByField(result.data?.pullFunds.userErrors, PULL_ADVICE, shortfall(`${account.name}’s`, result.operation?.variables.input));
  const currency = account.defaultCurrency;
  const parsed = parseAmount(amount, currency);
  const input = parsed.ok
    ? { accountId: account.id, amount: amountVariable(parsed.minor), currency, ...described }
    : null;
  const consentRefused = result.data?.pullFunds.userErrors.some((e) => e.code === 'CONSENT_REQUIRED');
  const needsConsent = offer.offered && ((offer.consentNeeded && !consentRecorded) || consentRefused);
  const onConfirm = async () => {
    if (!input) return;
    const answer = await submit(input);
    const payload = answer.data?.pullFunds;
    answered(payload, !!payload?.accountDebit);
  };
  const debit = result.data?.pullFunds.accountDebit;
  return (
    <Dialog title="Pull funds" onClose={onClose}>
      {!offer.offered ? (
        <p>{offer.why}</p>
      ) : needsConsent && step === 'edit' ? (
        <DebitConsentForm account={account} onRecorded={() => setConsentRecorded(true)} />
      ) : (
        <>
          {step === 'edit' && (
            <form
              className="form"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                if (!parsed.ok) return setLocal([parsed.error]);
                setLocal(undefined);
                setStep('review');
              }}
            >
              <p className="hint">
                From {account.name}’s available balance back to your platform’s, in its default currency ({currency.toUpperCase()});
                never below zero.
              </p>
              <AmountField id="pull-amount" currency={currency} value={amount} onChange={setAmount} errors={local ?? refusals.amount} />
              <DescriptionField id="pull-description" value={description} onChange={setDescription} errors={refusals.description} />
              <FieldErrors
                id="pull-errors"
                errors={[...(refusals[''] ?? []), ...(refusals.accountId ?? []), ...(refusals.currency ?? []), ...(refusals.idempotencyKey ?? [])]}
              />
              <ReviewButton />
            </form>
          )}
          {step === 'review' && input && (
            <Review
              from={`${account.name}’s available balance`}
              to={'Your platform’s available balance'}
              verb="Pull"
              input={input}
              currency={currency}
              result={result}
              onConfirm={onConfirm}
              onBack={() => setStep('edit')}
            />
          )}
          {step === 'done' && debit && (
            <Done again="Pull more" onAgain={again}>
              Pulled {formatMoney(debit.amount.amount, debit.amount.currency)} from {account.name}: debit {debit.id}.
            </Done>
          )}
        </>
      )}
    </Dialog>
  );
}

// ---------------------------------------------------------------- lists

export function StatusBadge({ status }: { status: string }) {
  const tone = { PAID: 'active', SUCCEEDED: 'active', FAILED: 'inactive', PENDING: 'pending', IN_TRANSIT: 'pending' }[status] ?? '';
  return <span className={`badge ${tone}`}>{humanize(status)}</span>;
}

const BalanceTransactionsDocument = graphql(`
  query BalanceTransactions($after: String) {
    balanceTransactions(first: 20, after: $after) {
      nodes { id type balanceType amount { amount currency } description sourceId createdAt }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const TopUpsDocument = graphql(`
  query TopUps($after: String) {
    topUps(first: 20, after: $after) {
      nodes { id amount { amount currency } status description failureCode failureMessage createdAt updatedAt }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const TransfersDocument = graphql(`
  query Transfers($accountId: ID, $after: String) {
    transfers(first: 20, accountId: $accountId, after: $after) {
      nodes { id accountId account { ...AccountName } amount { amount currency } destination description createdAt }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const PayoutsDocument = graphql(`
  query Payouts($accountId: ID, $after: String) {
    payouts(first: 20, accountId: $accountId, after: $after) {
      nodes {
        id accountId account { ...AccountName }
        amount { amount currency } status method destination { kind last4 } description
        expectedArrivalAt arrivedAt failureCode failureMessage createdAt updatedAt
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const AccountDebitsDocument = graphql(`
  query AccountDebits($accountId: ID, $after: String) {
    accountDebits(first: 20, accountId: $accountId, after: $after) {
      nodes { id accountId account { ...AccountName } amount { amount currency } description createdAt }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export type MoneyListName = 'balanceTransactions' | 'topUps' | 'transfers' | 'payouts' | 'accountDebits';

const LIST_TITLES: Record<MoneyListName, string> = {
  balanceTransactions: 'Balance transactions',
  topUps: 'Top-ups',
  transfers: 'Transfers',
  payouts: 'Payouts',
  accountDebits: 'Debits',
};

type Connection<N> = { nodes: N[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };

/** One column of a money list: its heading and what a row shows in it. */
type Column<N> = { head: string; cell: (node: N) => ReactNode; className?: string };

/**
 * One list, 20 a page, newest first. The API pages forward only (after), so "Previous" goes back through the cursors
 * this list was shown with.
 */
function PagedTable<D, N extends { id: string }, V extends AnyVariables>({
  title,
  document,
  variables,
  pick,
  typenames,
  refresh,
  columns,
}: {
  title: string;
  document: TypedDocumentNode<D, V>;
  variables: Omit<V, 'after'>;
  pick: (data: D) => Connection<N>;
  typenames: string[];
  refresh: number;
  columns: NoInfer<Column<N>>[];
}) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const context = useMemo(() => ({ additionalTypenames: typenames, refresh }), [typenames, refresh]);
  const [{ data, error, fetching }] = useQuery({
    query: document,
    variables: { ...variables, after } as unknown as V,
    context,
    requestPolicy: refresh ? 'network-only' : 'cache-and-network',
  });
  const page = data ? pick(data) : null;
  return (
    <div className="money-list">
      <Problem problem={problemOf(error)} />
      {!page ? null : page.nodes.length === 0 && cursors.length === 1 ? (
        <p>No {title.toLowerCase()} yet.</p>
      ) : (
        // Wider than a narrow window: the wrapper scrolls sideways, so it takes the focus to scroll with the keyboard.
        <div className="table-wrap" tabIndex={0} role="region" aria-label={title}>
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.head} scope="col">
                    {c.head}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page?.nodes.map((node) => (
                <tr key={node.id}>
                  {columns.map((c) => (
                    <td key={c.head} className={c.className}>
                      {c.cell(node)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!page && fetching && <p role="status">Loading…</p>}
      <div className="pager">
        <button type="button" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          Previous
        </button>
        <button
          type="button"
          disabled={!page?.pageInfo.hasNextPage}
          onClick={() => page?.pageInfo.endCursor && setCursors([...cursors, page.pageInfo.endCursor])}
        >
          Next
        </button>
      </div>
    </div>
  );
}

const TYPENAMES: Record<MoneyListName, string[]> = {
  balanceTransactions: ['BalanceTransaction'],
  topUps: ['TopUp'],
  transfers: ['Transfer'],
  payouts: ['Payout'],
  accountDebits: ['AccountDebit'],
};

/** The account a movement concerns, by name; a removed account (null) keeps its id in the money history. */
function AccountLink({ id, account }: { id: string; account: Parameters<typeof accountName>[0] | null | undefined }) {
  if (!account) return <span title="removed from your platform">{id} (removed)</span>;
  return <Link to={`/accounts/${id}`}>{accountName(account)}</Link>;
}

// The columns the lists share; each list picks its own, in its own order.
type Movement = {
  id: string;
  createdAt: string;
  amount: { amount: string | number; currency: string };
  description?: string | null;
};
const CREATED: Column<Movement> = { head: 'Created', cell: (m) => formatDateTime(m.createdAt) };
const AMOUNT: Column<Movement> = { head: 'Amount', cell: (m) => formatMoney(m.amount.amount, m.amount.currency), className: 'amount' };
const DESCRIPTION: Column<Movement> = { head: 'Description', cell: (m) => m.description ?? '—' };
const ID: Column<Movement> = { head: 'Id', cell: (m) => <code>{m.id}</code> };
const ACCOUNT: Column<{ accountId: string; account?: Parameters<typeof accountName>[0] | null }> = {
  head: 'Account',
  cell: (m) => <AccountLink id={m.accountId} account={m.account} />,
};

/** The money lists as tabs; with an account, only what concerns it. `refresh` changes when a live event says money moved. */
export function MoneyLists({ lists, accountId = null, refresh = 0 }: { lists: MoneyListName[]; accountId?: string | null; refresh?: number }) {
  const [shown, setShown] = useState<MoneyListName>(lists[0]);
  const withAccount = { accountId };
  const list = { title: LIST_TITLES[shown], typenames: TYPENAMES[shown], refresh };
  const table = (() => {
    switch (shown) {
      case 'balanceTransactions':
        return (
          <PagedTable
            key={shown}
            {...list}
            document={BalanceTransactionsDocument}
            variables={{}}
            pick={(d: BalanceTransactionsQuery) => d.balanceTransactions}
            columns={[
              { ...CREATED, head: 'When' },
              { head: 'Type', cell: (t) => humanize(t.type) },
              { head: 'Balance', cell: (t) => humanize(t.balanceType) },
              AMOUNT,
              DESCRIPTION,
              { head: 'Movement', cell: (t) => <code>{t.sourceId}</code> },
            ]}
          />
        );
      case 'topUps':
        return (
          <PagedTable
            key={shown}
            {...list}
            document={TopUpsDocument}
            variables={{}}
            pick={(d: TopUpsQuery) => d.topUps}
            columns={[
              CREATED,
              AMOUNT,
              {
                head: 'Status',
                cell: (t) => (
                  <>
                    <StatusBadge status={t.status} />
                    {t.failureMessage && <span className="hint"> {t.failureMessage}</span>}
                  </>
                ),
              },
              DESCRIPTION,
              ID,
            ]}
          />
        );
      case 'transfers':
        return (
          <PagedTable
            key={shown}
            {...list}
            document={TransfersDocument}
            variables={withAccount}
            pick={(d: TransfersQuery) => d.transfers}
            columns={[
              CREATED,
              ACCOUNT,
              AMOUNT,
              { head: 'Destination', cell: (t) => (t.destination === 'ACCOUNT_BALANCE' ? 'Account balance' : 'External account') },
              DESCRIPTION,
              ID,
            ]}
          />
        );
      case 'payouts':
        return (
          <PagedTable
            key={shown}
            {...list}
            document={PayoutsDocument}
            variables={withAccount}
            pick={(d: PayoutsQuery) => d.payouts}
            columns={[
              CREATED,
              ACCOUNT,
              AMOUNT,
              {
                head: 'To',
                cell: (p) => (
                  <>
                    {p.destination.kind === 'DEBIT_CARD' ? 'Debit card' : 'Bank account'} ····{p.destination.last4}
                  </>
                ),
              },
              { head: 'Speed', cell: (p) => humanize(p.method) },
              {
                head: 'Status',
                cell: (p) => (
                  <>
                    <StatusBadge status={p.status} />
                    {p.status === 'IN_TRANSIT' && p.expectedArrivalAt && <span className="hint"> expected {formatDateTime(p.expectedArrivalAt)}</span>}
                    {p.status === 'PAID' && p.arrivedAt && <span className="hint"> {formatDateTime(p.arrivedAt)}</span>}
                    {p.status === 'FAILED' && <span className="hint"> {p.failureMessage ?? p.failureCode}; the money went back to the account’s balance</span>}
                  </>
                ),
              },
              ID,
            ]}
          />
        );
      case 'accountDebits':
        return (
          <PagedTable
            key={shown}
            {...list}
            document={AccountDebitsDocument}
            variables={withAccount}
            pick={(d: AccountDebitsQuery) => d.accountDebits}
            columns={[CREATED, ACCOUNT, AMOUNT, DESCRIPTION, ID]}
          />
        );
    }
  })();
  return (
    <Section title="Money movements">
      <div role="tablist" aria-label="Money lists" className="tabs">
        {lists.map((name) => (
          <button key={name} type="button" role="tab" aria-selected={shown === name} onClick={() => setShown(name)}>
            {LIST_TITLES[name]}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={LIST_TITLES[shown]}>
        {table}
      </div>
    </Section>
  );
}

/** Event types after which balances and money lists are stale (docs/money.md, "Events"). */
export function isMoneyEvent(type: string): boolean {
  return /^(top_up|transfer|payout|account_debit)\./.test(type);
}
