import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { graphql } from './gql';
import type { TimelineEventFragment } from './gql/graphql';
import { accountName, formatDateTime } from './lib/format';
import { describeChange, mergeEvents } from './lib/events';
import { problemOf } from './lib/errors';
import { productRoles } from './lib/permissions';
import { useLive } from './live';
import { Problem } from './ui';

graphql(`
  fragment TimelineEvent on Event {
    id
    type
    createdAt
    actor { subject roles }
    account { ...AccountName }
    data
  }
`);

const EventsDocument = graphql(`
  query Events($accountId: ID, $after: String) {
    events(first: 20, accountId: $accountId, after: $after) {
      nodes { ...TimelineEvent }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const LiveEventsDocument = graphql(`
  subscription LiveEvents($accountId: ID) {
    events(accountId: $accountId) { ...TimelineEvent }
  }
`);

type TimelineEvent = TimelineEventFragment;

/**
 * The events subscription of the current view, each event once, and a call when the socket (re)connects: events
 * committed while it was down are not replayed, so whoever shows them fetches what it missed.
 */
export function useLiveEvents(accountId: string | null, onConnected?: () => void) {
  const variables = useMemo(() => ({ accountId }), [accountId]);
  const [live] = useSubscription({ query: LiveEventsDocument, variables }, (previous: TimelineEvent[] = [], data) =>
    mergeEvents([data.events], previous),
  );
  const api = useLive();
  const socket = api?.socket;
  const [connected, setConnected] = useState(() => api?.isConnected() ?? false);
  useEffect(() => {
    if (!socket) return;
    const offConnected = socket.on('connected', () => {
      setConnected(true);
      onConnected?.();
    });
    const offClosed = socket.on('closed', () => setConnected(false));
    return () => {
      offConnected();
      offClosed();
    };
  }, [socket, onConnected]);
  return { events: live.data ?? [], error: live.error, connected };
}

export function Timeline({ accountId = null, title = 'Activity' }: { accountId?: string | null; title?: string }) {
  // Another account is another timeline: nothing of this one's state carries over.
  return <AccountTimeline key={accountId ?? ''} accountId={accountId} title={title} />;
}

function AccountTimeline({ accountId, title }: { accountId: string | null; title: string }) {
  const variables = useMemo(() => ({ accountId }), [accountId]);
  const [page, reexecute] = useQuery({ query: EventsDocument, variables, requestPolicy: 'network-only' });
  const [olderCursor, setOlderCursor] = useState<string | null>(null);
  const [olderPage] = useQuery({
    query: EventsDocument,
    variables: { accountId, after: olderCursor },
    pause: olderCursor === null,
  });
  // Every page fetched is kept: a catch-up page after a reconnect holds only the newest events, not those shown before.
  const [known, setKnown] = useState<TimelineEvent[]>([]);
  useEffect(() => {
    const nodes = page.data?.events.nodes;
    if (nodes) setKnown((kept) => mergeEvents(nodes, kept));
  }, [page.data]);
  useEffect(() => {
    const nodes = olderPage.data?.events.nodes;
    if (nodes) setKnown((kept) => mergeEvents(kept, nodes));
  }, [olderPage.data]);
  // On every (re)connection, the newest page again: it holds what was committed while the socket was down (or
  // before the subscription started), and the merge drops what the subscription delivered too.
  const catchUp = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const live = useLiveEvents(accountId, catchUp);
  const events = mergeEvents(live.events, known);
  const [firstNext, setFirstNext] = useState<{ hasNextPage: boolean; endCursor?: string | null } | null>(null);
  useEffect(() => {
    if (page.data && firstNext === null) setFirstNext(page.data.events.pageInfo);
  }, [page.data, firstNext]);
  const next = olderCursor ? olderPage.data?.events.pageInfo : firstNext;
  return (
    <section aria-labelledby="timeline-title" className="card">
      <div className="card-head">
        <h2 id="timeline-title">{title}</h2>
        <span role="status" className={`badge ${live.connected ? 'active' : 'pending'}`}>
          {live.connected ? 'Live' : 'Connecting…'}
        </span>
      </div>
      <Problem problem={problemOf(page.error ?? live.error)} />
      {events.length === 0 ? (
        page.fetching ? <p role="status">Loading…</p> : <p>Nothing has happened yet.</p>
      ) : (
        <ol className="timeline" aria-label="Events, newest first">
          {events.map((event) => (
            <EventItem key={event.id} event={event} showAccount={!accountId} />
          ))}
        </ol>
      )}
      {next?.hasNextPage && (
        <button type="button" disabled={olderPage.fetching} onClick={() => setOlderCursor(next.endCursor ?? null)}>
          Older events
        </button>
      )}
    </section>
  );
}

function EventItem({ event, showAccount }: { event: TimelineEvent; showAccount: boolean }) {
  const changes = describeChange(event.data);
  // The issuer's own roles (Keycloak's default-roles-…, offline_access) say nothing about what the actor may do here.
  const roles = productRoles(event.actor.roles);
  return (
    <li className="event" data-event-id={event.id}>
      <div className="meta">
        <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
        <code>{event.type}</code>
        <span>
          by {event.actor.subject}
          {roles.length > 0 && ` (${roles.join(', ')})`}
        </span>
        {showAccount && event.account && <Link to={`/accounts/${event.account.id}`}>{accountName(event.account)}</Link>}
      </div>
      {changes.length > 0 && (
        <ul className="changes">
          {changes.map((change, i) => (
            <li key={i}>
              {change.field && <strong>{change.field}: </strong>}
              {change.value !== undefined ? change.value : `${change.from} → ${change.to}`}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
