package com.connectboard.account;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.Session;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SessionImplementor;
import org.postgresql.PGStatement;

/**
 * A read of the account list whose best plan depends on the values searched for, so it is planned with those values
 * on every call.
 *
 * <p>pgjdbc prepares a statement on the server from its fifth execution on, and PostgreSQL then soon settles on one
 * generic plan that cannot see the values. For a search the right plan depends on them: a rare name fragment or
 * country wants the trigram or combined index, a common one the walk along {@code created_at} (docs/benchmarks.md,
 * EXPLAIN finding 7: the combined search's SQL took 14.0 ms on average with the generic plan, 9.1 ms planned per
 * call). This class sends the statement unnamed (prepare threshold 0), which PostgreSQL plans at each execution with
 * the bound values; planning a search costs about half a millisecond (EXPLAIN).
 *
 * <p>The SQL names its parameters ({@code :name}); they become JDBC positions here, and a collection value becomes
 * one position per element (for {@code IN (:name)}). The text is the repository's own, never the user's: user values
 * arrive only as parameters. Nothing is flushed first: these are reads of queries, never of mutations.
 */
final class ValuePlannedQuery {

    /** {@code :name}, but not the second colon of a {@code ::type} cast. */
    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([A-Za-z_]\\w*)");

    /** Reads one row (the cursor is on it). */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private ValuePlannedQuery() {
    }

    static <T> List<T> list(Session session, String sql, Map<String, Object> parameters, RowReader<T> reader) {
        List<Object> values = new ArrayList<>();
        String positional = positional(sql, parameters, values);
        SessionImplementor owner = session.unwrap(SessionImplementor.class);
        // Prepared through Hibernate's JDBC coordinator, as its own statements are: registered with the session, so
        // that ending the request (a client that went away) closes and cancels it, and released per its rules.
        JdbcCoordinator jdbc = owner.getJdbcCoordinator();
        PreparedStatement statement = jdbc.getStatementPreparer().prepareQueryStatement(positional, false, null);
        try {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            ResultSet result = jdbc.getResultSetReturn().extract(statement, positional);
            List<T> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(reader.read(result));
            }
            return rows;
        } catch (SQLException e) {
            throw owner.getJdbcServices().getSqlExceptionHelper().convert(e, "could not list accounts", positional);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(statement);
            jdbc.afterStatementExecution();
        }
    }

    /** The SQL with {@code ?} for each named parameter; their values, in order, are added to {@code values}. */
    static String positional(String sql, Map<String, Object> parameters, List<Object> values) {
        Matcher parameter = PARAMETER.matcher(sql);
        StringBuilder out = new StringBuilder(sql.length());
        while (parameter.find()) {
            String name = parameter.group(1);
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("no value for parameter :" + name);
            }
            Object value = parameters.get(name);
            String placeholders;
            if (value instanceof Collection<?> elements) {
                if (elements.isEmpty()) {
                    throw new IllegalArgumentException("empty list for parameter :" + name);
                }
                values.addAll(elements);
                placeholders = String.join(", ", Collections.nCopies(elements.size(), "?"));
            } else {
                values.add(value);
                placeholders = "?";
            }
            parameter.appendReplacement(out, placeholders);
        }
        parameter.appendTail(out);
        return out.toString();
    }
}
