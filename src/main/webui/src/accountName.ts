import { graphql } from './gql';

// What lib/format.ts' accountName needs of an account, in one place: every screen that names an account asks for it
// with `...AccountName`.
graphql(`
  fragment AccountName on ConnectedAccount {
    id
    email
    businessProfile { name }
    company { name }
    individual { firstName lastName }
  }
`);
