import { describe, expect, it } from 'vitest';
import { PULL_ADVICE, adviceFor, amountVariable, parseAmount, pullOffer, refusalsByField, regionOf, shortfall } from './money';

describe('parseAmount', () => {
  it('turns what a person types into the currency’s minor unit, exactly', () => {
    expect(parseAmount('12.34', 'usd')).toEqual({ ok: true, minor: '1234' });
    expect(parseAmount('12.3', 'eur')).toEqual({ ok: true, minor: '1230' });
    expect(parseAmount('12', 'usd')).toEqual({ ok: true, minor: '1200' });
    expect(parseAmount(' 0.05 ', 'usd')).toEqual({ ok: true, minor: '5' });
    expect(parseAmount('500', 'jpy')).toEqual({ ok: true, minor: '500' });
    expect(parseAmount('1.234', 'kwd')).toEqual({ ok: true, minor: '1234' });
    // Beyond 2^53: a float would lose the last cent.
    expect(parseAmount('90071992547409.93', 'usd')).toEqual({ ok: true, minor: '9007199254740993' });
  });

  it('refuses what is not an amount of that currency, saying why', () => {
    expect(parseAmount('500.5', 'jpy')).toEqual({ ok: false, error: 'JPY has no minor unit: enter whole JPY.' });
    expect(parseAmount('1.234', 'usd')).toEqual({ ok: false, error: 'USD has 2 decimals at most.' });
    expect(parseAmount('', 'usd')).toMatchObject({ ok: false, error: 'Enter an amount.' });
    expect(parseAmount('0', 'usd')).toMatchObject({ ok: false, error: 'The amount must be more than zero.' });
    expect(parseAmount('-5', 'usd').ok).toBe(false);
    expect(parseAmount('1,234.50', 'usd')).toMatchObject({ ok: false, error: expect.stringContaining('like 10.50') });
    expect(parseAmount('1e3', 'jpy')).toMatchObject({ ok: false, error: expect.stringContaining('like 500') });
  });
});

describe('pullOffer', () => {
  const liable = { country: 'DE', platformLiableForNegativeBalances: true, debitConsent: null };
  it('offers a pull where the platform is liable and both are in one supported region', () => {
    expect(pullOffer('FR', liable)).toEqual({ offered: true, consentNeeded: true });
    expect(pullOffer('GB', { ...liable, debitConsent: { reference: 'm-1' } })).toEqual({ offered: true, consentNeeded: false });
    expect(regionOf('ch')).toBe('Europe');
    expect(regionOf('BR')).toBeNull();
  });

  it('says why not otherwise', () => {
    expect(pullOffer('FR', { ...liable, platformLiableForNegativeBalances: false })).toMatchObject({ offered: false, why: expect.stringContaining('not liable') });
    expect(pullOffer('US', liable)).toMatchObject({ offered: false, why: expect.stringContaining('different regions') });
    expect(pullOffer('FR', { ...liable, country: 'BR' })).toMatchObject({ offered: false, why: expect.stringContaining('(BR)') });
  });
});

describe('adviceFor', () => {
  it('says what to do about a refusal', () => {
    expect(adviceFor('INSUFFICIENT_FUNDS')).toContain('Add to your balance');
    expect(adviceFor('INVALID_INPUT')).toBeNull();
    expect(adviceFor(null)).toBeNull();
  });
});

describe('refusalsByField', () => {
  it('puts each refusal beside its field, with what to do next', () => {
    expect(
      refusalsByField([
        { code: 'INSUFFICIENT_FUNDS', field: 'input.amount', message: 'Your available balance in usd is 5.00.' },
        { code: 'CAPABILITY_INACTIVE', field: 'input.accountId', message: 'TRANSFERS is inactive' },
        { code: 'PLATFORM_NOT_LIABLE', field: null, message: 'Not liable.' },
        { code: 'INVALID_INPUT', field: null, message: 'Something else.' },
      ]),
    ).toEqual({
      amount: ['Your available balance in usd is 5.00. Add to your balance first, or wait until pending top-ups are confirmed.'],
      accountId: ['TRANSFERS is inactive. The account must have its Transfers capability active: see its actions required.'],
      destination: ['Not liable. Send the funds to the account’s balance instead; its payout schedule pays them out.'],
      '': ['Something else.'],
    });
  });
});

describe('refusals of a pull', () => {
  it('say what to do about the account’s balance, not the platform’s', () => {
    expect(refusalsByField([{ code: 'INSUFFICIENT_FUNDS', field: 'input.amount', message: 'Not covered' }], PULL_ADVICE)).toEqual({
      amount: ['Not covered. Pull at most the account’s available balance.'],
    });
  });
});

describe('shortfall', () => {
  it('says the refused amount in the currency, not in the API’s minor units', () => {
    const refused = [{ code: 'INSUFFICIENT_FUNDS', field: 'input.amount', message: 'Your platform’s available balance in usd does not cover 123456' }];
    expect(refusalsByField(refused, {}, shortfall('Your platform’s', { amount: 123456, currency: 'usd' })).amount).toEqual([
      'Your platform’s available balance in USD does not cover $1,234.56. Add to your balance first, or wait until pending top-ups are confirmed.',
    ]);
    expect(shortfall('Fern’s', { amount: '500', currency: 'jpy' })).toEqual({
      INSUFFICIENT_FUNDS: 'Fern’s available balance in JPY does not cover ¥500.',
    });
    expect(shortfall('Fern’s', undefined)).toEqual({});
  });
});

describe('amountVariable', () => {
  it('is a JSON number while exact', () => {
    expect(amountVariable('1234')).toBe(1234);
    expect(amountVariable('9007199254740993')).toBe('9007199254740993');
  });
});
