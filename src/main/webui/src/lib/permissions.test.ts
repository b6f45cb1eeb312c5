import { describe, expect, it } from 'vitest';
import { can, productRoles } from './permissions';

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
