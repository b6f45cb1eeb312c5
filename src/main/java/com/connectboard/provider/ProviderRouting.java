package com.connectboard.provider;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.connectboard.security.CrossPlatform;

/**
 * The webhook's one cross-platform read: which platform an event belongs to, found from the Connectboard account id
 * or the provider's case id it names. Provider events carry no platform id (except platform.registered), so these
 * lookups run before the tenant is known ({@link CrossPlatform} says how and why); everything after them runs as that
 * platform.
 */
@ApplicationScoped
public class ProviderRouting {

    @Inject
    CrossPlatform crossPlatform;

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
        return crossPlatform.query("Routing lookup", sql, row -> row.getString(1), key);
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
