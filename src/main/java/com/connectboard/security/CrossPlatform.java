package com.connectboard.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The statements that cross platforms on purpose, and the one way they reach the database. Everything else runs as one
 * platform through the tenant-filtered entities ({@link Tenant}). These cannot: each runs before any platform is known,
 * or for every platform at once —
 * <ul>
 * <li>{@code ProviderRouting}: the platform of a webhook event, by the account, case, top-up or payout it names;</li>
 * <li>{@code HostedOnboarding.route}: the platform of a hosted page's link, by its token's hash;</li>
 * <li>{@code DeadlineJob}: the accounts of every platform whose next deadline passed;</li>
 * <li>{@code Idempotency.prune}: the expired idempotency keys of every platform.</li>
 * </ul>
 * Plain JDBC on a connection of its own, not the entity manager: Hibernate fixes a session's tenant when the session
 * opens, so a lookup that decides the platform must not open the request's session before {@link Tenant#actAs} names
 * it, and a job has no platform to give one. On Citus each is a multi-shard statement by an indexed column
 * (docs/scaling.md). Callers name what they look for in the failure message, never a value they bound (a token's hash
 * stays out of the log).
 */
@ApplicationScoped
public class CrossPlatform {

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The statement failed (the database is unreachable, or the SQL is wrong); the cause says why. */
    public static final class Failure extends IllegalStateException {
        Failure(String what, SQLException cause) {
            super(what + " failed", cause);
        }
    }

    @Inject
    DataSource dataSource;

    /**
     * The rows of a query, each read by {@code row}. Parameters bind in order; an {@link Instant} binds as a timestamp.
     */
    public <T> List<T> query(String what, String sql, Row<T> row, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<T> read = new ArrayList<>();
            while (rows.next()) {
                read.add(row.read(rows));
            }
            return read;
        } catch (SQLException e) {
            throw new Failure(what, e);
        }
    }

    /** Runs an update or delete; returns how many rows it changed. */
    public int update(String what, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new Failure(what, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i] instanceof Instant instant ? Timestamp.from(instant) : parameters[i];
                statement.setObject(i + 1, value);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }
}
