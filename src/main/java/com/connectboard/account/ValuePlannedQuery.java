package com.connectboard.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.postgresql.PGConnection;

/**
 * A read of the account list whose best plan depends on the values searched for, so it is planned with those values
 * on every call.
 *
 * <p>pgjdbc prepares a statement on the server from its fifth execution on, and PostgreSQL then soon settles on one
 * generic plan that cannot see the values. For a search the right plan depends on them: a rare name fragment or
 * country wants the trigram or combined index, a common one the walk along {@code created_at} (docs/benchmarks.md,
 * EXPLAIN finding 7: the combined search's SQL took 14.0 ms on average with the generic plan, 9.1 ms planned per
 * call). So the query runs as a Hibernate native query while the connection's prepare threshold is 0: pgjdbc gives a
 * statement created then the connection's threshold, and with 0 sends it unnamed, which PostgreSQL plans at each
 * execution with the bound values (about half a millisecond for a search). The connection's own threshold is put back
 * afterwards, so every other statement of the request keeps its server-side plan.
 *
 * <p>Being Hibernate's own statement, it is registered with the session (a request whose client went away cancels
 * it) and its rows become entities through the entity's mapping. The SQL is the repository's own, never the user's:
 * user values arrive only as parameters. Nothing is flushed first: these are reads of queries, never of mutations.
 */
final class ValuePlannedQuery {

    private ValuePlannedQuery() {
    }

    /** The rows of {@code sql} as {@code type} (an entity or a scalar), planned with the parameters' values. */
    static <T> List<T> list(Session session, String sql, Class<T> type, Map<String, Object> parameters) {
        return withPrepareThreshold(session, 0, () -> {
            NativeQuery<T> query = session.createNativeQuery(sql, type);
            parameters.forEach((name, value) -> {
                if (value instanceof Collection<?> values) {
                    query.setParameterList(name, values);
                } else {
                    query.setParameter(name, value);
                }
            });
            // A list never changes what it shows: no snapshot per entity for dirty checking, and no flush first (a
            // native query would otherwise flush the whole session, as Hibernate cannot tell which tables it reads).
            return query.setReadOnly(true).setHibernateFlushMode(FlushMode.MANUAL).getResultList();
        });
    }

    /** Runs {@code work} with the session's connection at {@code threshold}, then restores the connection's own. */
    private static <T> T withPrepareThreshold(Session session, int threshold, Supplier<T> work) {
        PGConnection connection = session.doReturningWork(jdbc -> jdbc.unwrap(PGConnection.class));
        int own = connection.getPrepareThreshold();
        connection.setPrepareThreshold(threshold);
        try {
            return work.get();
        } finally {
            connection.setPrepareThreshold(own);
        }
    }
}
