package com.connectboard.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fixtures through the public API: a platform with a complete profile, and accounts on it. */
public final class Accounts {

    public static final String CREATE = """
            mutation($input: CreateConnectedAccountInput!) {
              createConnectedAccount(input: $input) {
                connectedAccount { id country defaultCurrency email dashboardAccess status businessType
                  platformLiableForNegativeBalances requirementCollection detailsSubmitted
                  metadata { key value } businessProfile { name } }
                onboardingLink { id url type expiresAt usedAt }
                userErrors { code field message }
              }
            }""";

    private Accounts() {
    }

    /** A registered platform whose profile is complete, so it may create accounts. */
    public static String completePlatform(String country, String currency) {
        String platformId = Provider.registerPlatform("Platform " + country, country, currency);
        GraphQL.as(Tokens.of(platformId, "administrator")).ok("""
                mutation { updatePlatformProfile(input: {url: "https://platform.example", supportEmail: "help@platform.example",
                  notificationEmail: "ops@platform.example"}) { platform { profileComplete } } }""");
        return platformId;
    }

    public static Map<String, Object> input(String dashboardAccess) {
        Map<String, Object> input = new HashMap<>();
        input.put("country", "US");
        input.put("businessType", "COMPANY");
        input.put("dashboardAccess", dashboardAccess);
        return input;
    }

    /** Creates an account and returns its id. */
    public static String create(String platformId, Map<String, Object> input) {
        return create(GraphQL.as(Tokens.of(platformId, "developer")), input);
    }

    public static String create(GraphQL developer, Map<String, Object> input) {
        return developer.ok(CREATE, Map.of("input", input))
                .extract().path("data.createConnectedAccount.connectedAccount.id");
    }

    public static String create(String platformId, String dashboardAccess, String name, String email,
            Map<String, String> metadata) {
        Map<String, Object> input = input(dashboardAccess);
        input.put("email", email);
        input.put("businessProfile", Map.of("name", name));
        input.put("metadata", metadata.entrySet().stream().map(e -> Map.of("key", e.getKey(), "value", e.getValue()))
                .toList());
        return create(platformId, input);
    }

    public static List<Map<String, String>> metadata(String key, String value) {
        return List.of(Map.of("key", key, "value", value));
    }
}
