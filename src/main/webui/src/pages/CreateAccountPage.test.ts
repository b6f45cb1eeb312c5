import { describe, expect, it } from 'vitest';
import { accessesFor, createInput } from './CreateAccountPage';

describe('accessesFor', () => {
  it('offers a French platform hosted onboarding only', () => {
    expect(accessesFor('FR')).toEqual(['FULL', 'EXPRESS']);
    expect(accessesFor('US')).toEqual(['FULL', 'EXPRESS', 'NONE']);
  });
});

describe('createInput', () => {
  it('sends only dashboard access and country when nothing else is chosen', () => {
    expect(createInput({ access: 'FULL', country: ' us ', businessType: '', email: '  ' })).toEqual({
      dashboardAccess: 'FULL',
      country: 'US',
    });
  });

  it('sends the business type and email when given', () => {
    expect(createInput({ access: 'NONE', country: 'US', businessType: 'COMPANY', email: ' a@b.example ' })).toEqual({
      dashboardAccess: 'NONE',
      country: 'US',
      businessType: 'COMPANY',
      email: 'a@b.example',
    });
  });
});
