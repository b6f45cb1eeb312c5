import { describe, expect, it } from 'vitest';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { errorsByField, parseSearchProblem, problemOf } from './errors';

describe('search problems', () => {
  it('reads the position and the expectation from the service’s message', () => {
    expect(parseSearchProblem("Invalid search at position 5: expected '~' after name, found ':'")).toEqual({
      position: 5,
      expected: "expected '~' after name, found ':'",
    });
    expect(parseSearchProblem('System error')).toBeNull();
  });
});

describe('problemOf', () => {
  it('keeps the code of a GraphQL error', () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('Not allowed', { extensions: { code: 'FORBIDDEN' } })],
    });
    expect(problemOf(error)).toEqual({ code: 'FORBIDDEN', message: 'Not allowed' });
  });
});

describe('errorsByField', () => {
  it('groups userErrors by their input field, those of no field under ""', () => {
    expect(
      errorsByField([
        { field: 'input.country', message: 'Unknown country' },
        { field: null, message: 'Profile incomplete' },
        { field: 'input.businessProfile.mcc', message: '4 digits' },
      ]),
    ).toEqual({ country: ['Unknown country'], '': ['Profile incomplete'], 'businessProfile.mcc': ['4 digits'] });
  });
});
