package com.connectboard.event;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * Streams committed events to the subscribers connected to this replica (docs/events.md). One poller per replica
 * reads the events table every {@code connectboard.events.poll-interval} (250 ms) while anyone listens and hands each
 * new event to the subscribers it concerns; every replica reads the same table, so an event reaches its subscribers
 * whichever replica committed it.
 * <p>
 * The read position is {@code (txid, seq)}, the writing transaction's id and the insert order within it, and a poll
 * reads only events whose transaction is older than the oldest one still running (the snapshot's xmin). Such a
 * transaction has ended, so nothing can be added below that bound any more: each poll reads a range that is final,
 * and the next poll starts where it ended. An event is therefore delivered once, in the same order to everyone, even
 * when transactions commit in another order than they began.
 */
@ApplicationScoped
public class EventFeed {

    private static final Logger LOG = Logger.getLogger(EventFeed.class);
    /** Events read per statement; a poll reads pages until its range is exhausted. */
    static final int PAGE = 500;

    private static final String XMIN = "SELECT pg_snapshot_xmin(pg_current_snapshot())::text";
    private static final String NEXT = """
            SELECT txid::text, seq, platform_id, id, type, created_at, actor_subject, actor_roles, account_id, data::text
            FROM event
            WHERE (txid, seq) > (CAST(CAST(? AS text) AS xid8), ?) AND txid < CAST(CAST(? AS text) AS xid8)
            ORDER BY txid, seq
            LIMIT ?""";

    @Inject
    DataSource dataSource;
    @Inject
    @ConfigProperty(name = "connectboard.events.poll-interval", defaultValue = "PT0.25S")
    Duration interval;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService poller;
    /** The last event read, or null while nobody listens (then nothing is read). Guarded by {@code this}. */
    private Position position;

    /**
     * The events of a platform (and of one account, if given) committed from now on. Blocking: it reads the current
     * xmin, so that every transaction that commits after this call is at or above the subscriber's start.
     */
    public Multi<Event> subscribe(String platformId, String accountId) {
        long start;
        try (Connection connection = dataSource.getConnection()) {
            start = xmin(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the event stream position", e);
        }
        return Multi.createFrom().<Event>emitter(emitter -> register(new Subscriber(platformId, accountId, start, emitter)))
                // Each subscriber's events are resolved (their account field reads the database) on worker threads,
                // in order, so a slow subscriber never holds up the poller or the others.
                .emitOn(Infrastructure.getDefaultWorkerPool());
    }

    private synchronized void register(Subscriber subscriber) {
        if (position == null) {
            position = new Position(subscriber.start, 0);
        }
        if (poller == null) {
            poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "event-feed");
                thread.setDaemon(true);
                return thread;
            });
            poller.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
        subscribers.add(subscriber);
        subscriber.emitter.onTermination(() -> subscribers.remove(subscriber));
    }

    /** Reads the events committed since the last poll and hands them out. Public for the tests' timing only. */
    synchronized void poll() {
        if (subscribers.isEmpty()) {
            // The next subscriber starts from its own subscription, not from where the last one left off.
            position = null;
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            long bound = xmin(connection);
            int read;
            do {
                read = 0;
                try (PreparedStatement next = connection.prepareStatement(NEXT)) {
                    next.setString(1, Long.toString(position.txid));
                    next.setLong(2, position.seq);
                    next.setString(3, Long.toString(bound));
                    next.setInt(4, PAGE);
                    try (ResultSet rows = next.executeQuery()) {
                        while (rows.next()) {
                            read++;
                            deliver(rows);
                        }
                    }
                }
            } while (read == PAGE);
        } catch (SQLException | RuntimeException e) {
            // The position stays where the last delivered event is: the next poll reads the rest again.
            LOG.warnf("Could not read new events (retrying in %s): %s", interval, e.getMessage());
        }
    }

    private void deliver(ResultSet row) throws SQLException {
        long txid = Long.parseLong(row.getString(1));
        long seq = row.getLong(2);
        String platformId = row.getString(3);
        String accountId = row.getString(9);
        Array roles = row.getArray(8);
        Event event = new Event(row.getString(4), row.getString(5), row.getObject(6, OffsetDateTime.class).toInstant(),
                new Event.Actor(row.getString(7), List.of((String[]) roles.getArray())), accountId, row.getString(10));
        position = new Position(txid, seq);
        for (Subscriber subscriber : subscribers) {
            if (subscriber.wants(txid, platformId, accountId)) {
                subscriber.emitter.emit(event);
            }
        }
    }

    private static long xmin(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(XMIN); ResultSet row = statement.executeQuery()) {
            row.next();
            return Long.parseLong(row.getString(1));
        }
    }

    /** How many subscribers this replica serves now (for the tests). */
    int subscriberCount() {
        return subscribers.size();
    }

    @PreDestroy
    synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
        }
        subscribers.forEach(subscriber -> subscriber.emitter.complete());
    }

    private record Position(long txid, long seq) {
    }

    private record Subscriber(String platformId, String accountId, long start, MultiEmitter<? super Event> emitter) {

        /** Only its platform's events (and its account's, when it asked for one), from its own subscription on. */
        boolean wants(long txid, String eventPlatformId, String eventAccountId) {
            return txid >= start && platformId.equals(eventPlatformId)
                    && (accountId == null || accountId.equals(eventAccountId));
        }
    }
}
