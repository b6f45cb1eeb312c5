import { describe, expect, it } from 'vitest';
import { accountName, capabilityLabel, formatMoney as format, minorToDecimal } from './format';

describe('money', () => {
  it('shifts minor units by the currency’s digits, exactly', () => {
    expect(minorToDecimal(123456, 2)).toBe('1234.56');
    expect(minorToDecimal('5', 2)).toBe('0.05');
    expect(minorToDecimal(-5, 2)).toBe('-0.05');
    expect(minorToDecimal(500, 0)).toBe('500');
    expect(minorToDecimal(1234, 3)).toBe('1.234');
    // Beyond 2^53: a float would lose the last cent.
    expect(minorToDecimal('900719925474099301', 2)).toBe('9007199254740993.01');
  });

  it('formats with the currency’s minor units', () => {
    const formatMoney = (...args: Parameters<typeof format>) => format(...args).replace(/\u00a0/g, ' ');
    expect(formatMoney(123456, 'usd', 'en-US')).toBe('$1,234.56');
    expect(formatMoney(500, 'jpy', 'en-US')).toBe('¥500');
    expect(formatMoney(1234, 'kwd', 'en-US')).toBe('KWD 1.234');
    expect(formatMoney(-250, 'eur', 'de-DE')).toBe('-2,50 €');
    expect(formatMoney('900719925474099301', 'usd', 'en-US')).toBe('$9,007,199,254,740,993.01');
  });
});

describe('accountName', () => {
  it('prefers the business name, then company, person, email, id', () => {
    expect(accountName({ id: 'acct_1', businessProfile: { name: 'Shop' }, company: { name: 'Co' } })).toBe('Shop');
    expect(accountName({ id: 'acct_1', company: { name: 'Co' } })).toBe('Co');
    expect(accountName({ id: 'acct_1', individual: { firstName: 'Ada', lastName: 'L' } })).toBe('Ada L');
    expect(accountName({ id: 'acct_1', email: 'a@b.example' })).toBe('a@b.example');
    expect(accountName({ id: 'acct_1' })).toBe('acct_1');
  });
});

describe('capabilityLabel', () => {
  it('keeps the abbreviations people know', () => {
    expect(capabilityLabel('US_BANK_ACCOUNT_ACH_PAYMENTS')).toBe('US bank account (ACH) payments');
    expect(capabilityLabel('SEPA_DEBIT_PAYMENTS')).toBe('SEPA Direct Debit payments');
  });
});
