package com.connectboard.provider;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The webhook's one cross-platform read: which platform an event belongs to, found from the Connectboard account id
 * or the provider's case id it names. Provider events carry no platform id (except platform.registered), so these
 * lookups run before the tenant is known and are native SQL on purpose; everything after them runs as that platform.
 * On Citus they are small multi-shard reads by an indexed column (docs/scaling.md). Plain JDBC, not the
 * EntityManager: Hibernate fixes a session's tenant when the session opens, so the transaction's session must not
 * open before the processor has named the platform ({@code Tenant.actAs}).
 */
@ApplicationScoped
public class ProviderRouting {

    private final DataSource dataSource;

    @Inject
    public ProviderRouting(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The platform of a Connectboard account id; 422 when no platform has it. */
    public String platformOfAccount(String accountId) {
        return single(platforms("SELECT platform_id FROM connected_account WHERE id = ?", accountId),
                "account " + accountId);
    }

    /** The platform of a support case, by the provider's case id; 422 when no platform has it. */
    public String platformOfCase(String providerCaseId) {
        return single(platforms("SELECT platform_id FROM support_case WHERE provider_case_id = ?", providerCaseId),
                "support case " + providerCaseId);
    }

    /** The platform of a top-up; 422 when no platform has it. */
    public String platformOfTopUp(String topUpId) {
        return single(platforms("SELECT platform_id FROM top_up WHERE id = ?", topUpId), "top-up " + topUpId);
    }

    /** The platform of a payout; 422 when no platform has it. */
    public String platformOfPayout(String payoutId) {
        return single(platforms("SELECT platform_id FROM payout WHERE id = ?", payoutId), "payout " + payoutId);
    }

    private List<String> platforms(String sql, String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key);
            List<String> platforms = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    platforms.add(rows.getString(1));
                }
            }
            return platforms;
        } catch (SQLException e) {
            throw new IllegalStateException("Routing lookup failed", e);
        }
    }

    private static String single(List<String> platforms, String what) {
        if (platforms.isEmpty()) {
            throw ProviderEventRejected.unprocessable("Unknown " + what);
        }
        if (platforms.size() > 1) {
            // Ids are random and the provider's are global, so this means corrupt data: refuse rather than guess.
            throw ProviderEventRejected.unprocessable("Ambiguous " + what + ": known to several platforms");
        }
        return platforms.get(0);
    }
}
