import { describe, expect, it } from 'vitest';
import { addressValue, inputFor } from './requirementInput';

describe('inputFor', () => {
  // Each item gets the input that fits it; items provided elsewhere (bank account, representative) get none.
  it.each([
    ['individual.dob', 'date'],
    ['individual.address', 'address'],
    ['company.address', 'address'],
    ['business_profile.mcc', 'mcc'],
    ['individual.email', 'email'],
    ['business_profile.support_phone', 'phone'],
    ['business_profile.url', 'url'],
    ['individual.verification.document', 'document'],
    ['tos_acceptance.date', 'date'],
    ['external_account', 'none'],
    ['representative', 'none'],
    ['company.name', 'text'],
  ])('offers %s a %s input', (item, kind) => {
    expect(inputFor(item).kind).toBe(kind);
  });
});

describe('addressValue', () => {
  it('is the JSON the service reads, optional lines left out when empty', () => {
    expect(
      JSON.parse(addressValue({ line1: ' 1 Main St ', line2: '', city: 'Springfield', postalCode: '12345', state: '', country: 'us' })),
    ).toEqual({ line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'US' });
  });
});
