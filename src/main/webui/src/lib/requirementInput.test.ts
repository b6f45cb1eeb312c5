import { describe, expect, it } from 'vitest';
import { addressValue, inputFor } from './requirementInput';

describe('inputFor', () => {
  it('offers an input that fits the item', () => {
    expect(inputFor('individual.dob').kind).toBe('date');
    expect(inputFor('individual.address').kind).toBe('address');
    expect(inputFor('company.address').kind).toBe('address');
    expect(inputFor('business_profile.mcc').kind).toBe('mcc');
    expect(inputFor('individual.email').kind).toBe('email');
    expect(inputFor('business_profile.support_phone').kind).toBe('phone');
    expect(inputFor('business_profile.url').kind).toBe('url');
    expect(inputFor('individual.verification.document').kind).toBe('document');
    expect(inputFor('tos_acceptance.date').kind).toBe('date');
    expect(inputFor('external_account').kind).toBe('none');
    expect(inputFor('representative').kind).toBe('none');
    expect(inputFor('company.name').kind).toBe('text');
  });
});

describe('addressValue', () => {
  it('is the JSON the service reads, optional lines left out when empty', () => {
    expect(
      JSON.parse(addressValue({ line1: ' 1 Main St ', line2: '', city: 'Springfield', postalCode: '12345', state: '', country: 'us' })),
    ).toEqual({ line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'US' });
  });
});
