import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDistanceToNow } from 'date-fns';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import type {
  BusinessType,
  CreateAccountMutation,
  CreateAccountMutationVariables,
  DashboardAccess,
} from '../gql/graphql';

type CreateConnectedAccountPayload = CreateAccountMutation['createConnectedAccount'];
import { errorsByField, problemOf } from '../lib/errors';
import { formatDateTime, humanize } from '../lib/format';
import { CopyField, FieldErrors, Problem } from '../ui';
import { useCan, useViewer } from '../viewer';

const CreateDocument = graphql(`
  mutation CreateAccount($input: CreateConnectedAccountInput!) {
    createConnectedAccount(input: $input) {
      connectedAccount { id dashboardAccess status }
      onboardingLink { id url expiresAt type }
      userErrors { code field message }
    }
  }
`);

const BUSINESS_TYPES: BusinessType[] = ['INDIVIDUAL', 'COMPANY', 'NON_PROFIT', 'GOVERNMENT_ENTITY'];

/** What a platform of this country may create: a French platform only starts hosted onboarding. */
export function accessesFor(platformCountry: string | undefined): DashboardAccess[] {
  return platformCountry === 'FR' ? ['FULL', 'EXPRESS'] : ['FULL', 'EXPRESS', 'NONE'];
}

export interface CreateForm {
  access: DashboardAccess;
  country: string;
  /** '' when not chosen: the holder picks it on the hosted page, or the platform sets it later (a requirement item). */
  businessType: BusinessType | '';
  email: string;
}

/** The mutation's input: only dashboard access and country are needed; what was left empty is not sent. */
export function createInput(form: CreateForm): CreateAccountMutationVariables['input'] {
  return {
    dashboardAccess: form.access,
    country: form.country.trim().toUpperCase(),
    ...(form.businessType ? { businessType: form.businessType } : {}),
    ...(form.email.trim() ? { email: form.email.trim() } : {}),
  };
}

export function CreateAccountPage() {
  const { platform } = useViewer();
  const mayCreate = useCan('createAccount');
  const mayEditProfile = useCan('updatePlatformProfile');
  const navigate = useNavigate();
  const accesses = accessesFor(platform?.country);
  const [access, setAccess] = useState<DashboardAccess>('FULL');
  const [country, setCountry] = useState(platform?.country ?? 'US');
  const [businessType, setBusinessType] = useState<BusinessType | ''>('');
  const [email, setEmail] = useState('');
  const [result, create] = useMutation(CreateDocument);
  const [created, setCreated] = useState<CreateConnectedAccountPayload | null>(null);

  if (!mayCreate) {
    return (
      <>
        <h1>Create account</h1>
        <p>Your role cannot create accounts; an administrator or a developer can.</p>
      </>
    );
  }
  if (platform && !platform.profileComplete) {
    return (
      <>
        <h1>Create account</h1>
        <p role="alert" className="problem">
          Your platform profile is incomplete: accounts can be created once it has a name, a website or product
          description, a support email and a notification email.
        </p>
        <p>
          <Link className="button primary" to="/platform">
            {mayEditProfile ? 'Complete the platform profile' : 'See the platform profile'}
          </Link>
          {!mayEditProfile && ' (an administrator completes it)'}
        </p>
      </>
    );
  }

  const payload = result.data?.createConnectedAccount;
  const fieldErrors = errorsByField(payload?.userErrors);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const response = await create({ input: createInput({ access, country, businessType, email }) });
    const answer = response.data?.createConnectedAccount;
    if (!answer?.connectedAccount) return;
    if (answer.onboardingLink) setCreated(answer as CreateConnectedAccountPayload);
    else navigate(`/accounts/${answer.connectedAccount.id}`);
  };

  if (created?.onboardingLink && created.connectedAccount) {
    const link = created.onboardingLink;
    return (
      <>
        <h1>Account created</h1>
        <p>
          Send this one-time onboarding link to the account holder. It works once and expires{' '}
          <time dateTime={link.expiresAt}>{formatDistanceToNow(new Date(link.expiresAt), { addSuffix: true })}</time> (
          {formatDateTime(link.expiresAt)}). Connectboard keeps no copy of it.
        </p>
        <CopyField label="Onboarding link" value={link.url ?? ''} />
        <p>
          <Link to={`/accounts/${created.connectedAccount.id}`}>Open the account</Link> ·{' '}
          <button type="button" onClick={() => setCreated(null)}>
            Create another
          </button>
        </p>
      </>
    );
  }

  return (
    <>
      <h1>Create account</h1>
      <form onSubmit={onSubmit} className="form">
        <fieldset aria-describedby="access-errors">
          <legend>Dashboard access</legend>
          {accesses.map((a) => (
            <label key={a} className="radio">
              <input type="radio" name="access" value={a} checked={access === a} onChange={() => setAccess(a)} />
              {humanize(a)}
              <small>
                {a === 'FULL' && ' — the holder onboards on a hosted page and gets the full dashboard'}
                {a === 'EXPRESS' && ' — the holder onboards on a hosted page, light dashboard'}
                {a === 'NONE' && ' — your platform manages the account entirely'}
              </small>
            </label>
          ))}
          {platform?.country === 'FR' && (
            <p className="hint">A platform in France can only onboard accounts through hosted onboarding.</p>
          )}
          <FieldErrors id="access-errors" errors={fieldErrors.dashboardAccess} />
        </fieldset>
        <label htmlFor="country">Country (ISO code)</label>
        <input
          id="country"
          value={country}
          maxLength={2}
          required
          aria-describedby="country-errors"
          aria-invalid={!!fieldErrors.country}
          onChange={(e) => setCountry(e.target.value)}
        />
        <FieldErrors id="country-errors" errors={fieldErrors.country} />
        <label htmlFor="business-type">Business type (optional)</label>
        <select
          id="business-type"
          value={businessType}
          onChange={(e) => setBusinessType(e.target.value as BusinessType | '')}
        >
          <option value="">
            {access === 'NONE' ? 'Not yet — set it later on the account' : 'Not yet — the holder chooses when onboarding'}
          </option>
          {BUSINESS_TYPES.map((t) => (
            <option key={t} value={t}>
              {humanize(t)}
            </option>
          ))}
        </select>
        <FieldErrors id="business-type-errors" errors={fieldErrors.businessType} />
        <label htmlFor="email">Email (optional)</label>
        <input
          id="email"
          type="email"
          value={email}
          aria-describedby="email-errors"
          onChange={(e) => setEmail(e.target.value)}
        />
        <FieldErrors id="email-errors" errors={fieldErrors.email} />
        <FieldErrors id="form-errors" errors={fieldErrors['']} />
        <Problem problem={problemOf(result.error)} />
        <button type="submit" className="primary" disabled={result.fetching}>
          Create account
        </button>
      </form>
    </>
  );
}
