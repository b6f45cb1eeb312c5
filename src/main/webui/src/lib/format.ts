// Money and dates as people read them. Amounts arrive in the currency's minor unit (cents; yen have none) as integers
// of any size, so they are shifted as decimal strings, never divided as floats.

import type { CapabilityName } from '../gql/graphql';

export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency: currency.toUpperCase() }).resolvedOptions()
    .maximumFractionDigits ?? 2;
}

/** "1234.56" for 123456 with 2 minor digits; exact for any integer. */
export function minorToDecimal(amount: string | number | bigint, digits: number): string {
  let value = BigInt(amount);
  const negative = value < 0n;
  if (negative) value = -value;
  const text = value.toString().padStart(digits + 1, '0');
  const whole = digits === 0 ? text : text.slice(0, -digits);
  const fraction = digits === 0 ? '' : '.' + text.slice(-digits);
  return (negative ? '-' : '') + whole + fraction;
}

export function formatMoney(amount: string | number | bigint, currency: string, locale?: string): string {
  const code = currency.toUpperCase();
  const digits = minorDigits(code);
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: code });
  // Intl formats decimal strings exactly (no float rounding); the type lags the standard.
  return format.format(minorToDecimal(amount, digits) as unknown as number);
}

export function formatDateTime(iso: string | null | undefined, locale?: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
    new Date(iso)) + ' UTC';
}

export function formatDate(iso: string | null | undefined, locale?: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
}

/** A display name for an account: its business, company or person name, else its email, else its id. */
export function accountName(account: {
  id: string;
  email?: string | null;
  businessProfile?: { name?: string | null } | null;
  company?: { name?: string | null } | null;
  individual?: { firstName?: string | null; lastName?: string | null } | null;
}): string {
  const person = [account.individual?.firstName, account.individual?.lastName].filter(Boolean).join(' ');
  return account.businessProfile?.name || account.company?.name || person || account.email || account.id;
}

export function humanize(value: string): string {
  const text = value.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The capabilities by the names people know them by (abbreviations kept); a new capability fails the type check here. */
const CAPABILITY_LABELS: Record<CapabilityName, string> = {
  CARD_PAYMENTS: 'Card payments',
  LINK_PAYMENTS: 'Link payments',
  SEPA_DEBIT_PAYMENTS: 'SEPA Direct Debit payments',
  TRANSFERS: 'Transfers',
  US_BANK_ACCOUNT_ACH_PAYMENTS: 'US bank account (ACH) payments',
};

export function capabilityLabel(name: CapabilityName): string {
  return CAPABILITY_LABELS[name];
}
