import { describe, expect, it } from 'vitest';
import { SubmissionKeys } from './idempotency';

describe('SubmissionKeys', () => {
  it('keeps one key for a submission’s retries, whatever the order of its fields', () => {
    const keys = new SubmissionKeys();
    const first = keys.keyFor({ amount: '1000', currency: 'usd', accountId: 'acct_1' });
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys.keyFor({ accountId: 'acct_1', currency: 'usd', amount: '1000' })).toBe(first);
    expect(keys.keyFor({ amount: '1000', currency: 'usd', accountId: 'acct_1' })).toBe(first);
  });

  it('gives other values a new key: they are a new submission', () => {
    const keys = new SubmissionKeys();
    const first = keys.keyFor({ amount: '1000', currency: 'usd' });
    const second = keys.keyFor({ amount: '2000', currency: 'usd' });
    expect(second).not.toBe(first);
  });

  it('gives the same values a new key once their submission succeeded', () => {
    const keys = new SubmissionKeys();
    const first = keys.keyFor({ amount: '1000', currency: 'usd' });
    keys.settle();
    expect(keys.keyFor({ amount: '1000', currency: 'usd' })).not.toBe(first);
  });
});
