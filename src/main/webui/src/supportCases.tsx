import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from './gql';
import { formatDateTime, humanize } from './lib/format';
import { problemOf } from './lib/errors';
import { caseExclusions, type CaseSharing } from './lib/supportCases';
import { Problem, Section } from './ui';

const AccountCasesDocument = graphql(`
  query AccountSupportCases($accountId: ID!) {
    supportCases(first: 20, accountId: $accountId) {
      nodes { id subject status createdAt updatedAt messages { id } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** An account's support cases of the last 90 days, or why none can be shown. */
export function AccountSupportCases({ account }: { account: CaseSharing & { id: string } }) {
  const [{ data, error }] = useQuery({ query: AccountCasesDocument, variables: { accountId: account.id } });
  const cases = data?.supportCases.nodes ?? [];
  const exclusions = caseExclusions(account);
  return (
    <Section title="Support cases">
      <Problem problem={problemOf(error)} />
      {data && cases.length === 0 && (
        <p>
          {exclusions.length > 0
            ? `No support case of this account can be shown: ${exclusions.join('; ')}.`
            : 'No support case opened in the last 90 days. (An account that was ever connected to several platforms stays excluded.)'}
        </p>
      )}
      {cases.length > 0 && (
        <ul className="plain">
          {cases.map((c) => (
            <li key={c.id}>
              <Link to={`/cases/${c.id}`}>{c.subject}</Link>
              <span className={`badge ${c.status === 'OPEN' ? 'pending' : ''}`}>{humanize(c.status)}</span>
              <span className="hint">
                opened {formatDateTime(c.createdAt)} · {c.messages.length} message{c.messages.length === 1 ? '' : 's'} · last change{' '}
                {formatDateTime(c.updatedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {data?.supportCases.pageInfo.hasNextPage && <p className="hint">The 20 newest are shown.</p>}
      <p className="hint">Cases the account opened with the provider in the last 90 days.</p>
    </Section>
  );
}
