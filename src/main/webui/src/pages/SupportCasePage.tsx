import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { accountName, formatDateTime, humanize } from '../lib/format';
import { errorsByField, problemOf } from '../lib/errors';
import { FieldErrors, Problem, Section } from '../ui';
import { useCan } from '../viewer';

const SupportCaseDocument = graphql(`
  query SupportCase($id: ID!) {
    supportCase(id: $id) {
      id
      providerCaseId
      subject
      status
      createdAt
      updatedAt
      closedAt
      account { ...AccountName }
      messages { id author body createdAt visibleToAccount }
    }
  }
`);

const AddContextDocument = graphql(`
  mutation AddSupportCaseContext($input: AddSupportCaseContextInput!) {
    addSupportCaseContext(input: $input) {
      supportCase { id updatedAt messages { id author body createdAt visibleToAccount } }
      userErrors { code field message }
    }
  }
`);

const AUTHORS = { ACCOUNT: 'The account', PROVIDER: 'The provider', PLATFORM: 'Your platform' } as const;

export function SupportCasePage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: SupportCaseDocument, variables: { id } });
  const mayAdd = useCan('addSupportCaseContext');
  const supportCase = data?.supportCase;
  if (!supportCase) {
    if (error) return <Problem problem={problemOf(error)} />;
    if (fetching || !data) return <p role="status">Loading…</p>;
    return (
      <p>
        No such support case you can see (cases are shown for 90 days, of accounts that share them). <Link to="/">Connected accounts</Link>
      </p>
    );
  }
  return (
    <>
      <p>
        <Link to={`/accounts/${supportCase.account.id}`}>← {accountName(supportCase.account)}</Link>
      </p>
      <div className="page-head">
        <h1>{supportCase.subject}</h1>
        <span className={`badge ${supportCase.status === 'OPEN' ? 'pending' : ''}`}>{humanize(supportCase.status)}</span>
      </div>
      <p className="hint">
        {supportCase.id} · the provider’s {supportCase.providerCaseId} · opened {formatDateTime(supportCase.createdAt)}
        {supportCase.closedAt && ` · closed ${formatDateTime(supportCase.closedAt)}`}
      </p>
      <Section title="Conversation">
        <ol className="conversation">
          {supportCase.messages.map((message) => (
            <li key={message.id} className={`message ${message.author.toLowerCase()}${message.visibleToAccount ? '' : ' private'}`}>
              <div className="meta">
                <strong>{AUTHORS[message.author]}</strong>
                <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
                {!message.visibleToAccount && <span className="badge">Private: for the provider only, never shown to the account</span>}
              </div>
              <p className="body">{message.body}</p>
            </li>
          ))}
        </ol>
      </Section>
      {mayAdd && <ContextForm caseId={supportCase.id} />}
    </>
  );
}

function ContextForm({ caseId }: { caseId: string }) {
  const [body, setBody] = useState('');
  const [result, add] = useMutation(AddContextDocument);
  const errors = errorsByField(result.data?.addSupportCaseContext.userErrors);
  const [sent, setSent] = useState(false);
  return (
    <Section title="Send the provider an email">
      <form
        className="form"
        onSubmit={async (e) => {
          e.preventDefault();
          setSent(false);
          const answer = await add({ input: { caseId, body } });
          if (answer.data?.addSupportCaseContext.supportCase) {
            setBody('');
            setSent(true);
          }
        }}
      >
        <p className="hint">
          Private context for the provider’s support team: it is sent to the provider and added to the conversation here,
          and the account never sees it (not even when viewing the dashboard as the account).
        </p>
        <label htmlFor="context-body">Message to the provider</label>
        <textarea
          id="context-body"
          rows={5}
          required
          maxLength={5000}
          value={body}
          aria-describedby="context-body-errors"
          onChange={(e) => setBody(e.target.value)}
        />
        <FieldErrors id="context-body-errors" errors={[...(errors.body ?? []), ...(errors[''] ?? []), ...(errors.caseId ?? [])]} />
        <Problem problem={problemOf(result.error)} />
        <div className="buttons">
          <button type="submit" className="primary" disabled={result.fetching}>
            Send to the provider
          </button>
          {sent && <span role="status">Sent to the provider.</span>}
        </div>
      </form>
    </Section>
  );
}
