import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { AccountQuery, CapabilityName, PayoutInterval, Weekday } from '../gql/graphql';
import { accountName, capabilityLabel, formatDate, formatDateTime, humanize } from '../lib/format';
import { errorsByField, problemOf } from '../lib/errors';
import { addressValue, inputFor, type AddressValue } from '../lib/requirementInput';
import { CopyField, FieldErrors, Problem, Section } from '../ui';
import { useCan, useViewer } from '../viewer';
import { useViewAs } from '../viewAs';
import { Timeline } from '../activity';
import { AccountSupportCases } from '../supportCases';
import { BalanceFacts, DebitConsentForm, MoneyLists, PullFundsDialog, SendFundsDialog, type FundsAccount } from '../money';
import { pullOffer } from '../lib/money';

const AccountDocument = graphql(`
  query Account($id: ID!) {
    connectedAccount(id: $id) {
      id
      createdAt
      country
      defaultCurrency
      email
      phone
      businessType
      dashboardAccess
      requirementCollection
      status
      detailsSubmitted
      chargesEnabled
      payoutsEnabled
      verificationsOnHold
      platformLiableForNegativeBalances
      connectedToMultiplePlatforms
      isPlatform
      sharesSupportCases
      debitConsent { consentedAt recordedAt reference }
      businessProfile { name url mcc productDescription supportEmail supportPhone }
      company { name }
      individual { firstName lastName }
      metadata { key value }
      balance { available { amount currency } pending { amount currency } }
      actionsRequired {
        id
        kind
        requirement
        description
        dueDate
        onHold
        affectedCapabilities
        remediationPaths
        errors { code reason }
        supportTicketDraft { subject body }
      }
      capabilities { name requested status }
      persons {
        id
        firstName
        lastName
        email
        dob
        verificationStatus
        relationship { owner director executive representative percentOwnership title }
      }
      payoutSchedule { interval delayDays weeklyAnchor monthlyAnchor nextPayoutDate }
      externalAccounts { id kind last4 country currency defaultForCurrency }
    }
  }
`);

/**
 * urql's document cache refetches a query after a mutation whose result holds a type the query's last result held. An
 * account with no persons, payout schedule or external accounts yet holds none of those types, so the first person,
 * schedule or bank account would not show until a reload: the query names them itself.
 */
const ACCOUNT_CONTEXT = {
  additionalTypenames: ['Person', 'PayoutSchedule', 'ExternalAccount', 'RequiredAction', 'Capability'],
};

type Account = NonNullable<AccountQuery['connectedAccount']>;
type Action = Account['actionsRequired'][number];
type PersonRow = Account['persons'][number];

export function AccountPage() {
  const { id = '' } = useParams();
  const viewAs = useViewAs();
  const [{ data, error, fetching }] = useQuery({ query: AccountDocument, variables: { id }, context: ACCOUNT_CONTEXT });
  const account = data?.connectedAccount;
  if (!account) {
    if (error) return <Problem problem={problemOf(error)} />;
    if (fetching || !data) return <p role="status">Loading…</p>;
    return (
      <p>
        No such account on your platform. <Link to="/">Connected accounts</Link>
      </p>
    );
  }
  return (
    <>
      <p>
        <Link to="/">← Connected accounts</Link>
      </p>
      <div className="page-head">
        <h1>{accountName(account)}</h1>
        <span className={`badge ${account.status.toLowerCase()}`}>{humanize(account.status)}</span>
        {viewAs.accountId !== account.id && (
          <button type="button" onClick={() => viewAs.start(account.id)} disabled={viewAs.accountId !== null}>
            View dashboard as this account
          </button>
        )}
      </div>
      <dl className="facts">
        <dt>Id</dt>
        <dd>{account.id}</dd>
        <dt>Created</dt>
        <dd>{formatDateTime(account.createdAt)}</dd>
        <dt>Country</dt>
        <dd>{account.country}</dd>
        <dt>Dashboard</dt>
        <dd>{humanize(account.dashboardAccess)}</dd>
        <dt>Business type</dt>
        <dd>{account.businessType ? humanize(account.businessType) : "Not given yet"}</dd>
        <dt>Requirements collected by</dt>
        <dd>{humanize(account.requirementCollection)}</dd>
        <dt>Charges / payouts</dt>
        <dd>
          {account.chargesEnabled ? 'Charges enabled' : 'Charges disabled'} ·{' '}
          {account.payoutsEnabled ? 'payouts enabled' : 'payouts disabled'}
        </dd>
      </dl>
      <AccountMoney account={account} />
      <ActionsRequired account={account} />
      <Capabilities account={account} />
      <Profile account={account} />
      <Persons account={account} />
      <PayoutScheduleSection account={account} />
      <ExternalAccounts account={account} />
      <AccountSupportCases account={account} />
      <Timeline accountId={account.id} title="Activity" />
      <RemoveAccount account={account} />
    </>
  );
}

// ---------------------------------------------------------------- money

function AccountMoney({ account }: { account: Account }) {
  const { platform } = useViewer();
  const maySend = useCan('sendFunds');
  const mayPull = useCan('pullFunds');
  const mayConsent = useCan('recordDebitConsent');
  const [dialog, setDialog] = useState<'send' | 'pull' | 'consent' | null>(null);
  const funds: FundsAccount = { ...account, name: accountName(account) };
  const offer = pullOffer(platform?.country ?? '', account);
  return (
    <>
      <Section
        title="Balance"
        actions={
          <div className="buttons">
            {maySend && (
              <button type="button" onClick={() => setDialog('send')}>
                Send funds
              </button>
            )}
            {mayPull && offer.offered && (
              <button type="button" onClick={() => setDialog('pull')}>
                Pull funds
              </button>
            )}
          </div>
        }
      >
        <BalanceFacts balance={account.balance} currency={account.defaultCurrency} />
        <dl className="facts">
          <dt>Negative balances</dt>
          <dd>
            {account.platformLiableForNegativeBalances
              ? 'Your platform is liable: funds may go straight to its bank account or debit card, and be pulled back.'
              : 'The provider is liable: funds go to its balance only.'}
          </dd>
          <dt>Debit consent</dt>
          <dd>
            {account.debitConsent
              ? `${account.debitConsent.reference}, given ${formatDate(account.debitConsent.consentedAt)} (recorded ${formatDateTime(account.debitConsent.recordedAt)})`
              : 'None recorded'}
            {mayConsent && account.platformLiableForNegativeBalances && dialog !== 'consent' && (
              <>
                {' '}
                <button type="button" onClick={() => setDialog('consent')}>
                  {account.debitConsent ? 'Replace consent' : 'Record consent'}
                </button>
              </>
            )}
          </dd>
        </dl>
        {mayPull && !offer.offered && <p className="hint">Pull funds: not available. {offer.why}</p>}
        {dialog === 'consent' && <DebitConsentForm account={funds} onRecorded={() => setDialog(null)} />}
      </Section>
      {dialog === 'send' && <SendFundsDialog account={funds} onClose={() => setDialog(null)} />}
      {dialog === 'pull' && platform && (
        <PullFundsDialog account={funds} platformCountry={platform.country} onClose={() => setDialog(null)} />
      )}
      <MoneyLists lists={['transfers', 'payouts', 'accountDebits']} accountId={account.id} />
    </>
  );
}

// ---------------------------------------------------------------- actions required

const SubmitDocument = graphql(`
  mutation SubmitRequirement($input: SubmitRequirementInformationInput!) {
    submitRequirementInformation(input: $input) {
      connectedAccount { id status actionsRequired { id } }
      userErrors { code field message }
    }
  }
`);
const RemediationLinkDocument = graphql(`
  mutation CreateRemediationLink($input: CreateRemediationLinkInput!) {
    createRemediationLink(input: $input) {
      link { id url expiresAt }
      userErrors { code field message }
    }
  }
`);
const ContactSupportDocument = graphql(`
  mutation ContactSupport($input: ContactSupportInput!) {
    contactSupport(input: $input) {
      supportTicket { id createdAt }
      userErrors { code field message }
    }
  }
`);

function ActionsRequired({ account }: { account: Account }) {
  const mayRemediate = useCan('remediate');
  const [link, createLink] = useMutation(RemediationLinkDocument);
  const offersLink = account.actionsRequired.some((a) => a.remediationPaths.includes('SEND_REMEDIATION_LINK'));
  const created = link.data?.createRemediationLink.link;
  return (
    <Section
      title="Actions required"
      actions={
        mayRemediate && offersLink ? (
          <button type="button" onClick={() => createLink({ input: { accountId: account.id } })}>
            Create remediation link
          </button>
        ) : undefined
      }
    >
      {created?.url && (
        <>
          <CopyField label="Remediation link" value={created.url} />
          <p className="hint">Reusable until {formatDateTime(created.expiresAt)} (90 days), or until a newer one replaces it.</p>
        </>
      )}
      <FieldErrors id="remediation-link-errors" errors={errorsByField(link.data?.createRemediationLink.userErrors)['']} />
      <Problem problem={problemOf(link.error)} />
      {account.actionsRequired.length === 0 ? (
        <p>Nothing is outstanding.</p>
      ) : (
        <ol className="actions">
          {account.actionsRequired.map((action) => (
            <ActionItem key={action.id} account={account} action={action} mayRemediate={mayRemediate} />
          ))}
        </ol>
      )}
    </Section>
  );
}

function ActionItem({ account, action, mayRemediate }: { account: Account; action: Action; mayRemediate: boolean }) {
  const [open, setOpen] = useState<'submit' | 'support' | null>(null);
  return (
    <li className={`action ${action.kind.toLowerCase()}`}>
      <div>
        <strong>{action.description}</strong> <code>{action.requirement}</code>
      </div>
      <div className="meta">
        <span className="badge">{humanize(action.kind)}</span>
        {action.onHold && <span className="badge">On hold (verifications held; nothing is restricted)</span>}
        <span>Due: {action.dueDate ? formatDateTime(action.dueDate) : 'no deadline yet'}</span>
        {action.affectedCapabilities.length > 0 && (
          <span>Affects: {action.affectedCapabilities.map(humanize).join(', ')}</span>
        )}
      </div>
      {action.errors.length > 0 && (
        <ul className="problem">
          {action.errors.map((e) => (
            <li key={e.code}>
              {e.code}: {e.reason}
            </li>
          ))}
        </ul>
      )}
      {mayRemediate && (
        <div className="buttons">
          {action.remediationPaths.includes('SUBMIT_INFORMATION') && inputFor(action.requirement).kind !== 'none' && (
            <button type="button" aria-expanded={open === 'submit'} onClick={() => setOpen(open === 'submit' ? null : 'submit')}>
              Submit information
            </button>
          )}
          {action.remediationPaths.includes('CONTACT_SUPPORT') && (
            <button type="button" aria-expanded={open === 'support'} onClick={() => setOpen(open === 'support' ? null : 'support')}>
              Contact support
            </button>
          )}
          {action.remediationPaths.includes('MANAGE_PERSONS') && <a href="#section-business-owners">Manage persons</a>}
          {action.remediationPaths.includes('ADD_EXTERNAL_ACCOUNT') && (
            <a href="#section-external-accounts">Add an external account</a>
          )}
        </div>
      )}
      {open === 'submit' && <SubmitForm account={account} action={action} />}
      {open === 'support' && <SupportForm account={account} action={action} />}
    </li>
  );
}

const EMPTY_ADDRESS: AddressValue = { line1: '', line2: '', city: '', postalCode: '', state: '', country: '' };

function SubmitForm({ account, action }: { account: Account; action: Action }) {
  const input = inputFor(action.requirement);
  const [value, setValue] = useState('');
  const [address, setAddress] = useState<AddressValue>({ ...EMPTY_ADDRESS, country: account.country });
  const [result, submit] = useMutation(SubmitDocument);
  const errors = errorsByField(result.data?.submitRequirementInformation.userErrors);
  const base = `submit-${action.id}`;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit({
      input: {
        accountId: account.id,
        requirement: action.requirement,
        value: input.kind === 'address' ? addressValue(address) : value.trim(),
      },
    });
  };
  const type = { date: 'date', mcc: 'text', email: 'email', phone: 'tel', url: 'url' }[input.kind as string] ?? 'text';
  return (
    <form className="inline-form" onSubmit={onSubmit}>
      {input.kind === 'address' ? (
        <fieldset>
          <legend>{input.hint}</legend>
          {(['line1', 'line2', 'city', 'postalCode', 'state', 'country'] as const).map((part) => (
            <label key={part}>
              {{ line1: 'Address line 1', line2: 'Address line 2', city: 'City', postalCode: 'Postal code', state: 'State or region', country: 'Country' }[part]}
              <input
                value={address[part]}
                required={part === 'line1' || part === 'city' || part === 'postalCode' || part === 'country'}
                onChange={(e) => setAddress({ ...address, [part]: e.target.value })}
              />
            </label>
          ))}
        </fieldset>
      ) : (
        <label>
          {humanize(action.requirement.split('.').pop() ?? action.requirement)}
          <input
            type={type}
            value={value}
            required
            placeholder={input.hint}
            aria-describedby={`${base}-errors`}
            {...(input.kind === 'mcc' ? { inputMode: 'numeric' as const, pattern: '[0-9]{4}', maxLength: 4 } : {})}
            onChange={(e) => setValue(e.target.value)}
          />
        </label>
      )}
      <FieldErrors id={`${base}-errors`} errors={Object.values(errors).flat()} />
      <Problem problem={problemOf(result.error)} />
      <button type="submit" disabled={result.fetching}>
        Submit
      </button>
      {result.data?.submitRequirementInformation.connectedAccount && <span role="status">Submitted.</span>}
    </form>
  );
}

function SupportForm({ account, action }: { account: Account; action: Action }) {
  const [subject, setSubject] = useState(action.supportTicketDraft.subject);
  const [body, setBody] = useState(action.supportTicketDraft.body);
  const [result, send] = useMutation(ContactSupportDocument);
  const errors = errorsByField(result.data?.contactSupport.userErrors);
  const ticket = result.data?.contactSupport.supportTicket;
  if (ticket) return <p role="status">Ticket {ticket.id} filed {formatDateTime(ticket.createdAt)}.</p>;
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        send({ input: { accountId: account.id, actionId: action.id, subject, body } });
      }}
    >
      <label>
        Subject
        <input value={subject} required onChange={(e) => setSubject(e.target.value)} />
      </label>
      <FieldErrors id={`support-${action.id}-subject`} errors={errors.subject} />
      <label>
        Message
        <textarea value={body} required rows={5} onChange={(e) => setBody(e.target.value)} />
      </label>
      <FieldErrors id={`support-${action.id}-body`} errors={[...(errors.body ?? []), ...(errors[''] ?? [])]} />
      <Problem problem={problemOf(result.error)} />
      <button type="submit" disabled={result.fetching}>
        Send to provider support
      </button>
    </form>
  );
}

// ---------------------------------------------------------------- capabilities

const CapabilitiesDocument = graphql(`
  mutation UpdateCapabilities($input: UpdateCapabilitiesInput!) {
    updateCapabilities(input: $input) {
      capabilities { name requested status }
      userErrors { code field message }
    }
  }
`);

function Capabilities({ account }: { account: Account }) {
  const mayEdit = useCan('updateAccount');
  const [result, update] = useMutation(CapabilitiesDocument);
  const toggle = (name: CapabilityName, requested: boolean) =>
    update({ input: { accountId: account.id, changes: [{ capability: name, requested }] } });
  return (
    <Section title="Capabilities">
      <ul className="plain">
        {account.capabilities.map((capability) => (
          <li key={capability.name}>
            <label>
              <input
                type="checkbox"
                checked={capability.requested}
                disabled={!mayEdit || result.fetching}
                onChange={(e) => toggle(capability.name, e.target.checked)}
              />
              {capabilityLabel(capability.name)}
            </label>{' '}
            <span className={`badge ${capability.status.toLowerCase()}`}>{humanize(capability.status)}</span>
          </li>
        ))}
      </ul>
      <FieldErrors id="capability-errors" errors={Object.values(errorsByField(result.data?.updateCapabilities.userErrors)).flat()} />
      <Problem problem={problemOf(result.error)} />
    </Section>
  );
}

// ---------------------------------------------------------------- profile

const UpdateAccountDocument = graphql(`
  mutation UpdateAccount($input: UpdateConnectedAccountInput!) {
    updateConnectedAccount(input: $input) {
      connectedAccount {
        id email phone
        businessProfile { name url mcc productDescription supportEmail supportPhone }
        metadata { key value }
      }
      userErrors { code field message }
    }
  }
`);

const PROFILE_FIELDS = [
  ['name', 'Business name'],
  ['url', 'Website'],
  ['mcc', 'Merchant category code'],
  ['productDescription', 'Product description'],
  ['supportEmail', 'Support email'],
  ['supportPhone', 'Support phone'],
] as const;

function Profile({ account }: { account: Account }) {
  const mayEdit = useCan('updateAccount');
  const [editing, setEditing] = useState(false);
  const [profile, setProfile] = useState<Record<string, string>>({});
  const [contact, setContact] = useState({ email: account.email ?? '', phone: account.phone ?? '' });
  // Only key and value: the query's entries also carry urql's __typename, which the input type does not take.
  const [metadata, setMetadata] = useState(account.metadata.map((m) => ({ key: m.key, value: m.value })));
  const [result, update] = useMutation(UpdateAccountDocument);
  const errors = errorsByField(result.data?.updateConnectedAccount.userErrors);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const removed = account.metadata.filter((m) => !metadata.some((n) => n.key === m.key)).map((m) => ({ key: m.key, value: null }));
    const response = await update({
      input: {
        id: account.id,
        ...(contact.email !== (account.email ?? '') ? { email: contact.email } : {}),
        ...(contact.phone !== (account.phone ?? '') ? { phone: contact.phone } : {}),
        ...(Object.keys(profile).length ? { businessProfile: profile } : {}),
        metadata: [...metadata.filter((m) => m.key.trim()), ...removed],
      },
    });
    if (response.data?.updateConnectedAccount.connectedAccount) {
      setEditing(false);
      setProfile({});
    }
  };
  if (!editing) {
    return (
      <Section
        title="Profile"
        actions={mayEdit ? <button type="button" onClick={() => setEditing(true)}>Edit profile</button> : undefined}
      >
        <dl className="facts">
          <dt>Email</dt>
          <dd>{account.email ?? '—'}</dd>
          <dt>Phone</dt>
          <dd>{account.phone ?? '—'}</dd>
          {PROFILE_FIELDS.map(([field, label]) => (
            <FactRow key={field} label={label} value={account.businessProfile[field]} />
          ))}
          <dt>Metadata</dt>
          <dd>{account.metadata.length ? account.metadata.map((m) => `${m.key}=${m.value}`).join(', ') : '—'}</dd>
        </dl>
        {result.data?.updateConnectedAccount.connectedAccount && <p role="status">Saved.</p>}
      </Section>
    );
  }
  return (
    <Section title="Profile">
      <form className="form" onSubmit={onSubmit}>
        <label htmlFor="acct-email">Email</label>
        <input id="acct-email" type="email" value={contact.email} aria-describedby="acct-email-errors" onChange={(e) => setContact({ ...contact, email: e.target.value })} />
        <FieldErrors id="acct-email-errors" errors={errors.email} />
        <label htmlFor="acct-phone">Phone</label>
        <input id="acct-phone" type="tel" value={contact.phone} aria-describedby="acct-phone-errors" onChange={(e) => setContact({ ...contact, phone: e.target.value })} />
        <FieldErrors id="acct-phone-errors" errors={errors.phone} />
        {PROFILE_FIELDS.map(([field, label]) => (
          <div className="field" key={field}>
            <label htmlFor={`bp-${field}`}>{label}</label>
            <input
              id={`bp-${field}`}
              value={profile[field] ?? account.businessProfile[field] ?? ''}
              aria-describedby={`bp-${field}-errors`}
              onChange={(e) => setProfile({ ...profile, [field]: e.target.value })}
            />
            <FieldErrors id={`bp-${field}-errors`} errors={errors[`businessProfile.${field}`]} />
          </div>
        ))}
        <fieldset>
          <legend>Metadata</legend>
          {metadata.map((entry, index) => (
            <div className="row" key={index}>
              <label>
                Key
                <input value={entry.key} onChange={(e) => setMetadata(metadata.map((m, i) => (i === index ? { ...m, key: e.target.value } : m)))} />
              </label>
              <label>
                Value
                <input value={entry.value} onChange={(e) => setMetadata(metadata.map((m, i) => (i === index ? { ...m, value: e.target.value } : m)))} />
              </label>
              <button type="button" onClick={() => setMetadata(metadata.filter((_, i) => i !== index))}>
                Remove entry {entry.key}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => setMetadata([...metadata, { key: '', value: '' }])}>
            Add metadata entry
          </button>
          <FieldErrors id="metadata-errors" errors={Object.entries(errors).filter(([k]) => k.startsWith('metadata')).flatMap(([, v]) => v)} />
        </fieldset>
        <FieldErrors id="profile-errors" errors={errors['']} />
        <Problem problem={problemOf(result.error)} />
        <div className="buttons">
          <button type="submit" className="primary" disabled={result.fetching}>
            Save profile
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </div>
      </form>
    </Section>
  );
}

function FactRow({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value || '—'}</dd>
    </>
  );
}

// ---------------------------------------------------------------- persons

const AddPersonDocument = graphql(`
  mutation AddPerson($input: AddPersonInput!) {
    addPerson(input: $input) { person { id } userErrors { code field message } }
  }
`);
const UpdatePersonDocument = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) { person { id firstName lastName email dob relationship { owner director executive representative percentOwnership title } } userErrors { code field message } }
  }
`);
const RemovePersonDocument = graphql(`
  mutation RemovePerson($input: RemovePersonInput!) {
    removePerson(input: $input) { person { id } userErrors { code field message } }
  }
`);
const SetRepresentativeDocument = graphql(`
  mutation SetRepresentative($input: SetRepresentativeInput!) {
    setRepresentative(input: $input) { person { id relationship { representative } } userErrors { code field message } }
  }
`);

function Persons({ account }: { account: Account }) {
  const mayEdit = useCan('updateAccount');
  const [adding, setAdding] = useState(false);
  return (
    <Section
      title="Business owners"
      actions={mayEdit && !adding ? <button type="button" onClick={() => setAdding(true)}>Add person</button> : undefined}
    >
      {adding && <PersonForm account={account} onDone={() => setAdding(false)} />}
      {account.persons.length === 0 ? (
        <p>No persons yet.</p>
      ) : (
        <ul className="plain">
          {account.persons.map((person) => (
            <PersonItem key={person.id} account={account} person={person} mayEdit={mayEdit} />
          ))}
        </ul>
      )}
    </Section>
  );
}

function roles(person: PersonRow): string {
  const r = person.relationship;
  return [
    r.representative && 'Representative',
    r.owner && `Owner${r.percentOwnership != null ? ` (${r.percentOwnership} %)` : ''}`,
    r.director && 'Director',
    r.executive && 'Executive',
    r.title,
  ]
    .filter(Boolean)
    .join(', ');
}

function PersonItem({ account, person, mayEdit }: { account: Account; person: PersonRow; mayEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [removal, remove] = useMutation(RemovePersonDocument);
  const [rep, setRepresentative] = useMutation(SetRepresentativeDocument);
  const name = [person.firstName, person.lastName].filter(Boolean).join(' ') || person.id;
  if (editing) return <li><PersonForm account={account} person={person} onDone={() => setEditing(false)} /></li>;
  return (
    <li className="person">
      <strong>{name}</strong> — {roles(person) || 'no role yet'} · {humanize(person.verificationStatus)}
      {mayEdit && (
        <div className="buttons">
          <button type="button" onClick={() => setEditing(true)}>
            Edit {name}
          </button>
          {!person.relationship.representative && (
            <button
              type="button"
              onClick={() => setRepresentative({ input: { accountId: account.id, personId: person.id } })}
            >
              Make {name} the representative
            </button>
          )}
          {!person.relationship.representative && !confirming && (
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              Remove {name}
            </button>
          )}
        </div>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby={`confirm-${person.id}`} className="confirm">
          <p id={`confirm-${person.id}`}>
            Remove {name} for good? The person and their personal data are deleted; this cannot be undone.
          </p>
          <button type="button" className="danger" onClick={() => remove({ input: { personId: person.id } })}>
            Yes, remove {name}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </div>
      )}
      <FieldErrors id={`remove-${person.id}-errors`} errors={Object.values(errorsByField(removal.data?.removePerson.userErrors)).flat()} />
      <FieldErrors id={`rep-${person.id}-errors`} errors={Object.values(errorsByField(rep.data?.setRepresentative.userErrors)).flat()} />
      <Problem problem={problemOf(removal.error ?? rep.error)} />
    </li>
  );
}

function PersonForm({ account, person, onDone }: { account: Account; person?: PersonRow; onDone: () => void }) {
  const [firstName, setFirstName] = useState(person?.firstName ?? '');
  const [lastName, setLastName] = useState(person?.lastName ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [dob, setDob] = useState(person?.dob ?? '');
  const [owner, setOwner] = useState(person?.relationship.owner ?? true);
  const [percent, setPercent] = useState(person?.relationship.percentOwnership?.toString() ?? '');
  const [director, setDirector] = useState(person?.relationship.director ?? false);
  const [title, setTitle] = useState(person?.relationship.title ?? '');
  const [added, add] = useMutation(AddPersonDocument);
  const [updated, update] = useMutation(UpdatePersonDocument);
  const payload = person ? updated.data?.updatePerson : added.data?.addPerson;
  const errors = errorsByField(payload?.userErrors);
  const prefix = person ? `person-${person.id}` : 'person-new';
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      firstName,
      lastName,
      ...(email ? { email } : {}),
      ...(dob ? { dob } : {}),
      relationship: { owner, director, title, ...(percent ? { percentOwnership: percent } : {}) },
    };
    const saved = person
      ? (await update({ input: { personId: person.id, ...fields } })).data?.updatePerson.person
      : (await add({ input: { accountId: account.id, ...fields } })).data?.addPerson.person;
    if (saved) onDone();
  };
  const text = (id: string, label: string, value: string, set: (v: string) => void, type = 'text', field = id) => (
    <div className="field">
      <label htmlFor={`${prefix}-${id}`}>{label}</label>
      <input id={`${prefix}-${id}`} type={type} value={value} aria-describedby={`${prefix}-${id}-errors`} onChange={(e) => set(e.target.value)} />
      <FieldErrors id={`${prefix}-${id}-errors`} errors={errors[field]} />
    </div>
  );
  return (
    <form className="form" onSubmit={onSubmit} aria-label={person ? 'Edit person' : 'Add person'}>
      {text('first', 'First name', firstName, setFirstName, 'text', 'firstName')}
      {text('last', 'Last name', lastName, setLastName, 'text', 'lastName')}
      {text('email', 'Email', email, setEmail, 'email')}
      {text('dob', 'Date of birth', dob, setDob, 'date')}
      <label className="radio">
        <input type="checkbox" checked={owner} onChange={(e) => setOwner(e.target.checked)} /> Owner
      </label>
      {text('percent', 'Ownership (%)', percent, setPercent, 'number', 'relationship.percentOwnership')}
      <label className="radio">
        <input type="checkbox" checked={director} onChange={(e) => setDirector(e.target.checked)} /> Director
      </label>
      {text('title', 'Title', title, setTitle, 'text', 'relationship.title')}
      <FieldErrors id={`${prefix}-errors`} errors={errors['']} />
      <Problem problem={problemOf(person ? updated.error : added.error)} />
      <div className="buttons">
        <button type="submit" className="primary">
          {person ? 'Save person' : 'Add person'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

// ---------------------------------------------------------------- payout schedule

const PayoutScheduleDocument = graphql(`
  mutation UpdatePayoutSchedule($input: UpdatePayoutScheduleInput!) {
    updatePayoutSchedule(input: $input) {
      payoutSchedule { interval delayDays weeklyAnchor monthlyAnchor nextPayoutDate }
      userErrors { code field message }
    }
  }
`);
const INTERVALS: PayoutInterval[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'MANUAL'];
const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

function PayoutScheduleSection({ account }: { account: Account }) {
  const mayEdit = useCan('updatePayoutSchedule');
  const schedule = account.payoutSchedule;
  const [interval, setInterval] = useState<PayoutInterval>(schedule?.interval ?? 'DAILY');
  const [weekly, setWeekly] = useState<Weekday>(schedule?.weeklyAnchor ?? 'MONDAY');
  const [monthly, setMonthly] = useState(String(schedule?.monthlyAnchor ?? 1));
  const [delay, setDelay] = useState(schedule?.delayDays != null ? String(schedule.delayDays) : '');
  const [result, update] = useMutation(PayoutScheduleDocument);
  const errors = errorsByField(result.data?.updatePayoutSchedule.userErrors);
  return (
    <Section title="Payout schedule">
      <p>
        {schedule
          ? `${humanize(schedule.interval)}${schedule.weeklyAnchor ? ` on ${humanize(schedule.weeklyAnchor)}` : ''}${
              schedule.monthlyAnchor ? ` on day ${schedule.monthlyAnchor}` : ''
            }; next payout ${formatDate(schedule.nextPayoutDate)}`
          : 'Not set yet.'}
      </p>
      {mayEdit && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            update({
              input: {
                accountId: account.id,
                interval,
                delayDays: delay === '' ? null : Number(delay),
                ...(interval === 'WEEKLY' ? { weeklyAnchor: weekly } : {}),
                ...(interval === 'MONTHLY' ? { monthlyAnchor: Number(monthly) } : {}),
              },
            });
          }}
        >
          <label>
            Interval
            <select value={interval} onChange={(e) => setInterval(e.target.value as PayoutInterval)}>
              {INTERVALS.map((i) => (
                <option key={i} value={i}>
                  {humanize(i)}
                </option>
              ))}
            </select>
          </label>
          {interval === 'WEEKLY' && (
            <label>
              Day of the week
              <select value={weekly} onChange={(e) => setWeekly(e.target.value as Weekday)}>
                {WEEKDAYS.map((d) => (
                  <option key={d} value={d}>
                    {humanize(d)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {interval === 'MONTHLY' && (
            <label>
              Day of the month
              <input type="number" min={1} max={31} value={monthly} onChange={(e) => setMonthly(e.target.value)} />
            </label>
          )}
          <label>
            Delay (days)
            <input type="number" min={0} max={365} value={delay} aria-describedby="delay-errors" onChange={(e) => setDelay(e.target.value)} />
          </label>
          <FieldErrors id="delay-errors" errors={Object.values(errors).flat()} />
          <Problem problem={problemOf(result.error)} />
          <button type="submit" disabled={result.fetching}>
            Save schedule
          </button>
        </form>
      )}
    </Section>
  );
}

// ---------------------------------------------------------------- external accounts

const RemoveExternalDocument = graphql(`
  mutation RemoveExternalAccount($input: RemoveExternalAccountInput!) {
    removeExternalAccount(input: $input) { externalAccount { id } userErrors { code field message } }
  }
`);

function ExternalAccounts({ account }: { account: Account }) {
  const mayEdit = useCan('updateAccount');
  const [result, remove] = useMutation(RemoveExternalDocument);
  return (
    <Section title="External accounts">
      {account.externalAccounts.length === 0 ? (
        <p>No bank account or debit card yet. They are added with the provider's token from its front-end library.</p>
      ) : (
        <ul className="plain">
          {account.externalAccounts.map((external) => (
            <li key={external.id}>
              {humanize(external.kind)} ····{external.last4} · {external.country} · {external.currency.toUpperCase()}
              {external.defaultForCurrency && ' · default'}
              {mayEdit && (
                <button type="button" onClick={() => remove({ input: { id: external.id } })}>
                  Remove ····{external.last4}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FieldErrors id="external-errors" errors={Object.values(errorsByField(result.data?.removeExternalAccount.userErrors)).flat()} />
      <Problem problem={problemOf(result.error)} />
    </Section>
  );
}

// ---------------------------------------------------------------- remove

const RemoveAccountDocument = graphql(`
  mutation RemoveAccount($input: RemoveConnectedAccountInput!) {
    removeConnectedAccount(input: $input) { removedAccountId userErrors { code field message } }
  }
`);

function RemoveAccount({ account }: { account: Account }) {
  const mayRemove = useCan('removeAccount');
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [result, remove] = useMutation(RemoveAccountDocument);
  if (!mayRemove || account.dashboardAccess !== 'FULL') return null;
  return (
    <Section title="Remove account">
      {!confirming ? (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          Remove this account
        </button>
      ) : (
        <div role="alertdialog" aria-labelledby="confirm-remove" className="confirm">
          <p id="confirm-remove">
            Disconnect {accountName(account)} from your platform? Its platform-controlled settings (capabilities, payout
            schedule, metadata, persons) are deleted and it leaves your lists; its money history stays. This cannot be
            undone.
          </p>
          <button
            type="button"
            className="danger"
            onClick={async () => {
              const response = await remove({ input: { id: account.id } });
              if (response.data?.removeConnectedAccount.removedAccountId) navigate('/');
            }}
          >
            Yes, remove the account
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      )}
      <FieldErrors id="remove-errors" errors={Object.values(errorsByField(result.data?.removeConnectedAccount.userErrors)).flat()} />
      <Problem problem={problemOf(result.error)} />
    </Section>
  );
}
