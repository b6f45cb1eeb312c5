import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { errorsByField, problemOf } from '../lib/errors';
import { FieldErrors, Problem } from '../ui';
import { useCan } from '../viewer';

const PlatformDocument = graphql(`
  query PlatformProfile {
    platform { id name country defaultCurrency url productDescription supportEmail notificationEmail profileComplete }
  }
`);

const UpdateDocument = graphql(`
  mutation UpdatePlatformProfile($input: UpdatePlatformProfileInput!) {
    updatePlatformProfile(input: $input) {
      platform { id name url productDescription supportEmail notificationEmail profileComplete }
      userErrors { code field message }
    }
  }
`);

const FIELDS = [
  ['name', 'Name', 'text'],
  ['url', 'Website', 'url'],
  ['productDescription', 'Product description', 'textarea'],
  ['supportEmail', 'Support email', 'email'],
  ['notificationEmail', 'Notification email', 'email'],
] as const;

type Field = (typeof FIELDS)[number][0];

export function PlatformPage() {
  const [{ data, error }] = useQuery({ query: PlatformDocument });
  const mayEdit = useCan('updatePlatformProfile');
  const [draft, setDraft] = useState<Partial<Record<Field, string>>>({});
  const [result, update] = useMutation(UpdateDocument);
  const platform = data?.platform;
  if (!platform) return error ? <Problem problem={problemOf(error)} /> : <p role="status">Loading…</p>;
  const fieldErrors = errorsByField(result.data?.updatePlatformProfile.userErrors);
  const value = (field: Field) => draft[field] ?? platform[field] ?? '';
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const response = await update({ input: draft });
    if (response.data?.updatePlatformProfile.platform) setDraft({});
  };
  return (
    <>
      <h1>Platform profile</h1>
      <p>
        {platform.id} · {platform.country} · {platform.defaultCurrency.toUpperCase()} ·{' '}
        {platform.profileComplete ? (
          <span className="badge enabled">Complete</span>
        ) : (
          <span className="badge restricted">Incomplete: accounts cannot be created yet</span>
        )}
      </p>
      {!mayEdit && <p className="hint">Only an administrator can change the profile.</p>}
      <form className="form" onSubmit={onSubmit}>
        {FIELDS.map(([field, label, type]) => (
          <div key={field} className="field">
            <label htmlFor={`platform-${field}`}>{label}</label>
            {type === 'textarea' ? (
              <textarea
                id={`platform-${field}`}
                value={value(field)}
                readOnly={!mayEdit}
                aria-describedby={`platform-${field}-errors`}
                onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
              />
            ) : (
              <input
                id={`platform-${field}`}
                type={type}
                value={value(field)}
                readOnly={!mayEdit}
                aria-describedby={`platform-${field}-errors`}
                onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
              />
            )}
            <FieldErrors id={`platform-${field}-errors`} errors={fieldErrors[field]} />
          </div>
        ))}
        <FieldErrors id="platform-errors" errors={fieldErrors['']} />
        <Problem problem={problemOf(result.error)} />
        {mayEdit && (
          <button type="submit" className="primary" disabled={result.fetching || Object.keys(draft).length === 0}>
            Save profile
          </button>
        )}
        {result.data?.updatePlatformProfile.platform && Object.keys(draft).length === 0 && (
          <p role="status">Saved.</p>
        )}
      </form>
    </>
  );
}
