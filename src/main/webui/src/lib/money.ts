// The dashboard's side of money: what a person types becomes an exact amount in the currency's minor unit, and the
// refusals the service answers (docs/money.md) are said with what to do next.
import { formatMoney, minorDigits, minorToDecimal } from './format';

export type AmountInput = { ok: true; minor: string } | { ok: false; error: string };

/**
 * "12.34" usd → "1234"; "500" jpy → "500"; "1,234.5" is refused (no grouping: the decimal point is the only
 * separator, so "1,5" cannot mean one and a half in one locale and fifteen in another). Exact for any length: decimal
 * strings, never floats.
 */
export function parseAmount(text: string, currency: string): AmountInput {
  const digits = minorDigits(currency.toUpperCase());
  const value = text.trim();
  const code = currency.toUpperCase();
  if (!value) return { ok: false, error: 'Enter an amount.' };
  const match = /^(\d+)(?:\.(\d*))?$/.exec(value);
  if (!match) {
    return { ok: false, error: `Enter the amount in ${code} as digits${digits ? ` with a point before the ${digits === 1 ? 'decimal' : 'decimals'}, like ${minorToDecimal(10 ** (digits + 1) + 50, digits)}` : ', like 500'}.` };
  }
  const [, whole, fraction = ''] = match;
  if (fraction.length > digits) {
    return {
      ok: false,
      error: digits === 0 ? `${code} has no minor unit: enter whole ${code}.` : `${code} has ${digits} decimals at most.`,
    };
  }
  const minor = BigInt(whole + fraction.padEnd(digits, '0'));
  if (minor <= 0n) return { ok: false, error: 'The amount must be more than zero.' };
  return { ok: true, minor: minor.toString() };
}

/** The regions where a platform may debit its accounts; it mirrors the service's rule, to offer "Pull funds" only where it applies. */
const EUROPE = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO CH GB'.split(' '),
);
const REGIONS: Record<string, string> = { CA: 'Canada', HK: 'Hong Kong', JP: 'Japan', NZ: 'New Zealand', US: 'United States' };

export function regionOf(country: string): string | null {
  const code = country.toUpperCase();
  return EUROPE.has(code) ? 'Europe' : (REGIONS[code] ?? null);
}

export type PullOffer = { offered: true; consentNeeded: boolean } | { offered: false; why: string };

/** Whether "Pull funds" applies to the account, and why not when it does not (the service checks again). */
export function pullOffer(
  platformCountry: string,
  account: { country: string; platformLiableForNegativeBalances: boolean; debitConsent?: unknown },
): PullOffer {
  if (!account.platformLiableForNegativeBalances) {
    return { offered: false, why: 'Your platform is not liable for this account’s negative balances, so it cannot debit it.' };
  }
  const platformRegion = regionOf(platformCountry);
  const accountRegion = regionOf(account.country);
  if (!platformRegion || !accountRegion) {
    const outside = !platformRegion ? `your platform’s country (${platformCountry})` : `the account’s country (${account.country})`;
    return { offered: false, why: `Debits are supported in Canada, Europe, Hong Kong, Japan, New Zealand and the United States, not in ${outside}.` };
  }
  if (platformRegion !== accountRegion) {
    return { offered: false, why: `Your platform (${platformRegion}) and the account (${accountRegion}) are in different regions.` };
  }
  return { offered: true, consentNeeded: !account.debitConsent };
}

/** What to do about a refusal, beside the service's own message. */
const ADVICE: Record<string, string> = {
  INSUFFICIENT_FUNDS: 'Add to your balance first, or wait until pending top-ups are confirmed.',
  CAPABILITY_INACTIVE: 'The account must have its Transfers capability active: see its actions required.',
  PLATFORM_NOT_LIABLE: 'Send the funds to the account’s balance instead; its payout schedule pays them out.',
  CURRENCY_MISMATCH: 'Choose an amount in the currency the destination holds.',
  CONSENT_REQUIRED: 'Record the account holder’s debit consent first.',
  REGION_MISMATCH: 'Debits work only between a platform and an account of one region.',
  REGION_UNSUPPORTED: 'Debits are not available in this region.',
  IDEMPOTENCY_KEY_MISMATCH: 'This submission was already used with other values: start a new one.',
  ACCOUNT_REMOVED: 'The account was removed from your platform; its money history stays.',
};

export function adviceFor(code: string | null | undefined, overrides: Record<string, string> = {}): string | null {
  return (code && (overrides[code] ?? ADVICE[code])) || null;
}

/** A pull takes from the account's balance, not the platform's: insufficient funds there means another thing to do. */
export const PULL_ADVICE: Record<string, string> = {
  INSUFFICIENT_FUNDS: 'Pull at most the account’s available balance.',
};

/** The amount as the API's BigDecimal variable: a JSON number while that is exact (every amount the service accepts is). */
export function amountVariable(minor: string): number | string {
  const value = Number(minor);
  return Number.isSafeInteger(value) ? value : minor;
}

/**
 * userErrors by the field they concern ("input.amount" → "amount"; none → ""), each said with what to do next. A
 * refusal the service names no field for goes where a person looks for it: INSUFFICIENT_FUNDS beside the amount,
 * PLATFORM_NOT_LIABLE beside the destination, CURRENCY_MISMATCH beside the currency.
 */
const FIELD_OF_CODE: Record<string, string> = {
  INSUFFICIENT_FUNDS: 'amount',
  PLATFORM_NOT_LIABLE: 'destination',
  CURRENCY_MISMATCH: 'currency',
};

export function refusalsByField(
  userErrors: ReadonlyArray<{ code?: string | null; field?: string | null; message: string }> | null | undefined,
  advice: Record<string, string> = {},
  /** The dashboard's own words for a code, instead of the service's message (see shortfall). */
  said: Record<string, string> = {},
): Record<string, string[]> {
  const byField: Record<string, string[]> = {};
  for (const error of userErrors ?? []) {
    const field = (error.field ?? '').replace(/^input\./, '') || (error.code && FIELD_OF_CODE[error.code]) || '';
    const next = adviceFor(error.code, advice);
    const text = (error.code && said[error.code]) || error.message;
    const message = next && !/[.!?]$/.test(text) ? `${text}.` : text;
    (byField[field] ??= []).push(next ? `${message} ${next}` : message);
  }
  return byField;
}

/**
 * INSUFFICIENT_FUNDS in a person's terms: the service states the amount in the API's minor units ("does not cover
 * 1234"), the dashboard in the currency ("does not cover $12.34"). `sent` is what the refused submission asked for.
 */
export function shortfall(whose: string, sent: { amount: string | number; currency: string } | undefined): Record<string, string> {
  if (!sent) return {};
  return {
    INSUFFICIENT_FUNDS: `${whose} available balance in ${sent.currency.toUpperCase()} does not cover ${formatMoney(sent.amount, sent.currency)}.`,
  };
}
