package com.connectboard.provider;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Finds the platform a webhook event belongs to from the Connectboard id it names. Plain JDBC, like the hosted page's
 * route: it runs before the processor acts as the platform, and a Hibernate session opened now would keep the wrong
 * tenant. The one cross-platform read of its kind.
 */
@ApplicationScoped
public class ProviderRouting {

    private final DataSource dataSource;

    @Inject
    public ProviderRouting(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The platform of the account; 422 for an account Connectboard does not know. */
    public String platformOfAccount(String accountId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection
                        .prepareStatement("SELECT platform_id FROM connected_account WHERE id = ?")) {
            statement.setString(1, accountId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw ProviderEventRejected.unprocessable("Unknown account " + accountId);
                }
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Account routing failed", e);
        }
    }
}
