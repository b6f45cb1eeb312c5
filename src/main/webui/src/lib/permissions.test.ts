import { describe, expect, it } from 'vitest';
import { ROLES, can, productRoles, type Operation } from './permissions';

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

describe('productRoles', () => {
  it("keeps Connectboard's roles and drops the issuer's own", () => {
    expect(
      productRoles(['default-roles-connectboard', 'offline_access', 'support_specialist', 'uma_authorization']),
    ).toEqual(['support_specialist']);
    expect(productRoles(['view_only', 'administrator', 'admin'])).toEqual(['administrator', 'view_only']);
    expect(productRoles(['offline_access'])).toEqual([]);
  });
});
