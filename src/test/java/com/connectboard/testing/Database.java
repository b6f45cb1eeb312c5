package com.connectboard.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Direct SQL for what the API cannot do yet or must not be trusted to report about itself (counting rows after a
 * replay). Tests get the application's own datasource.
 */
public final class Database {

    private final DataSource dataSource;

    public Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A bare connected account row, for tenancy and view-as tests that precede account creation. */
    public String insertAccount(String platformId) {
        String id = "acct_" + UUID.randomUUID().toString().replace("-", "");
        Timestamp now = Timestamp.from(Instant.now());
        update("""
                INSERT INTO connected_account (platform_id, id, created_at, updated_at, country, default_currency,
                    business_type, dashboard_access, platform_liable_for_negative_balances, requirement_collection, status)
                VALUES (?, ?, ?, ?, 'US', 'usd', 'COMPANY', 'FULL', false, 'PROVIDER', 'PENDING_ONBOARDING')""",
                platformId, id, now, now);
        return id;
    }

    public long count(String sql, Object... args) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, args);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, as text. */
    public String text(String sql, Object... args) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, args);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void update(String sql, Object... args) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, args)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
        return statement;
    }
}
