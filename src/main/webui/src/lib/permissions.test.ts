import { describe, expect, it } from 'vitest';
import { can, type Operation } from './permissions';

const ROLES = ['administrator', 'developer', 'analyst', 'support_specialist', 'view_only'] as const;

describe('can', () => {
  it('follows the role table', () => {
    expect(can(['administrator'], 'createAccount')).toBe(true);
    expect(can(['developer'], 'createAccount')).toBe(true);
    for (const role of ['analyst', 'support_specialist', 'view_only']) {
      expect(can([role], 'createAccount')).toBe(false);
      expect(can([role], 'updateAccount')).toBe(false);
    }
    expect(can(['support_specialist'], 'remediate')).toBe(true);
    expect(can(['analyst'], 'remediate')).toBe(false);
    expect(can(['developer'], 'removeAccount')).toBe(false);
    expect(can(['developer'], 'updatePayoutSchedule')).toBe(false);
    expect(can(['developer'], 'updatePlatformProfile')).toBe(false);
    expect(can(['administrator'], 'removeAccount')).toBe(true);
    expect(can(['view_only', 'developer'], 'updateAccount')).toBe(true);
    expect(can([], 'remediate')).toBe(false);
  });

  it('offers money movements and debit consent to administrators alone', () => {
    const money: Operation[] = ['addToBalance', 'sendFunds', 'pullFunds', 'recordDebitConsent'];
    for (const operation of money) {
      for (const role of ROLES) expect(can([role], operation), `${role} ${operation}`).toBe(role === 'administrator');
    }
  });

  it('offers private support-case context to administrators, developers and support specialists', () => {
    expect(ROLES.filter((role) => can([role], 'addSupportCaseContext'))).toEqual([
      'administrator',
      'developer',
      'support_specialist',
    ]);
  });

  it('offers nothing platform-wide while viewing as an account, and the account’s own operations still', () => {
    expect(can(['administrator'], 'addToBalance', true)).toBe(false);
    expect(can(['administrator'], 'createAccount', true)).toBe(false);
    expect(can(['administrator'], 'updatePlatformProfile', true)).toBe(false);
    expect(can(['support_specialist'], 'addSupportCaseContext', true)).toBe(false);
    expect(can(['administrator'], 'sendFunds', true)).toBe(true);
    expect(can(['administrator'], 'pullFunds', true)).toBe(true);
    expect(can(['analyst'], 'sendFunds', true)).toBe(false);
  });
});
