import { describe, expect, it } from 'vitest';
import { accessesFor } from './CreateAccountPage';

describe('accessesFor', () => {
  it('offers a French platform hosted onboarding only', () => {
    expect(accessesFor('FR')).toEqual(['FULL', 'EXPRESS']);
    expect(accessesFor('US')).toEqual(['FULL', 'EXPRESS', 'NONE']);
  });
});
