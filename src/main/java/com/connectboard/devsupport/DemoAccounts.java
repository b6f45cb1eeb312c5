package com.connectboard.devsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Demo connected accounts in every state worth exploring, made the way a platform and the provider make them: GraphQL
 * operations with the platform team's tokens and signed provider events (docs/demo-data.md). Connectboard's own
 * deadlines count from when a capability is requested, which for seeded data is now; the past-due items and the
 * inactivity hold therefore come from what the provider reports with its own dates (an information request whose due
 * date passed, a future requirement now due, the account's last activity 600 days ago), not from a moved clock.
 *
 * <p>
 * Idempotent: each scenario's account carries the metadata entry {@code demo=<scenario>}, set as its last step, and a
 * scenario whose account exists is skipped; provider events have ids derived from what they are about, so a replay
 * changes nothing. The one thing done on every run is a fresh onboarding link for the pending demo account (links
 * live 30 minutes), so that each start prints a link that works.
 */
public final class DemoAccounts {

    /** The metadata key marking a demo account with its scenario. */
    public static final String MARKER = "demo";

    public static final String PENDING_ONBOARDING = "pending-onboarding";
    public static final String ENABLED = "enabled";
    public static final String PERSONS = "persons";
    public static final String RESTRICTED = "restricted";
    public static final String INACTIVE = "inactive";
    public static final String SUPPORT_CASES = "support-cases";
    public static final String HOSTED_ONLY = "hosted-only";

    /** What a run did: the scenarios it created and the onboarding link it issued (null when none was pending). */
    public record Result(List<String> created, List<String> skipped, String onboardingUrl) {
    }

    private static final String ADMIN = "administrator";
    private static final String DEVELOPER = "developer";
    private static final String SUPPORT = "support_specialist";

    private static final String CREATE = """
            mutation($input: CreateConnectedAccountInput!) { createConnectedAccount(input: $input) {
              connectedAccount { id } userErrors { code field message } } }""";
    private static final String MARK = """
            mutation($id: ID!, $scenario: String) { updateConnectedAccount(input: {id: $id, metadata: [{key: "demo", value: $scenario}]}) {
              connectedAccount { id } userErrors { code field message } } }""";
    private static final String REQUEST_TRANSFERS = """
            mutation($id: ID!) { updateCapabilities(input: {accountId: $id, changes: [{capability: TRANSFERS, requested: true}]}) {
              capabilities { name status } userErrors { code field message } } }""";
    private static final String SUBMIT = """
            mutation($input: SubmitRequirementInformationInput!) { submitRequirementInformation(input: $input) {
              userErrors { code field message } } }""";
    private static final String ADD_EXTERNAL_ACCOUNT = """
            mutation($input: AddExternalAccountInput!) { addExternalAccount(input: $input) {
              externalAccount { id } userErrors { code field message } } }""";
    private static final String ADD_PERSON = """
            mutation($input: AddPersonInput!) { addPerson(input: $input) {
              person { id } userErrors { code field message } } }""";
    private static final String ADD_TO_BALANCE = """
            mutation($input: AddToBalanceInput!) { addToBalance(input: $input) {
              topUp { id status } userErrors { code field message } } }""";
    private static final String SEND_FUNDS = """
            mutation($input: SendFundsInput!) { sendFunds(input: $input) {
              transfer { id } payout { id } userErrors { code field message } } }""";
    private static final String RECORD_CONSENT = """
            mutation($input: RecordDebitConsentInput!) { recordDebitConsent(input: $input) {
              userErrors { code field message } } }""";
    private static final String PULL_FUNDS = """
            mutation($input: PullFundsInput!) { pullFunds(input: $input) {
              accountDebit { id } userErrors { code field message } } }""";
    private static final String CASES = """
            query($id: ID!) { connectedAccount(id: $id) { supportCases(first: 100) { nodes { id providerCaseId } } } }""";
    private static final String ADD_CONTEXT = """
            mutation($input: AddSupportCaseContextInput!) { addSupportCaseContext(input: $input) {
              supportCase { id } userErrors { code field message } } }""";
    private static final String LINK = """
            mutation($id: ID!) { createAccountLink(input: {accountId: $id, type: ONBOARDING}) {
              link { url expiresAt } userErrors { code field message } } }""";

    private final DemoApi api;
    private final String usPlatform;
    private final String frPlatform;

    /**
     * @param usPlatform a US platform (usd) with a complete profile: most scenarios
     * @param frPlatform a French platform (eur) with a complete profile, or null: its hosted-only account
     */
    public DemoAccounts(DemoApi api, String usPlatform, String frPlatform) {
        this.api = api;
        this.usPlatform = usPlatform;
        this.frPlatform = frPlatform;
    }

    public Result seed() {
        List<String> created = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, String> us = existing(usPlatform);
        Map<String, Runnable> usScenarios = new LinkedHashMap<>();
        usScenarios.put(PENDING_ONBOARDING, this::pendingOnboarding);
        usScenarios.put(ENABLED, this::enabledWithMoney);
        usScenarios.put(PERSONS, this::companyWithPersons);
        usScenarios.put(RESTRICTED, this::restricted);
        usScenarios.put(INACTIVE, this::inactive);
        usScenarios.put(SUPPORT_CASES, this::supportCases);
        usScenarios.forEach((scenario, run) -> {
            if (us.containsKey(scenario)) {
                skipped.add(scenario);
            } else {
                run.run();
                created.add(scenario);
            }
        });
        if (frPlatform != null) {
            if (existing(frPlatform).containsKey(HOSTED_ONLY)) {
                skipped.add(HOSTED_ONLY);
            } else {
                hostedOnly();
                created.add(HOSTED_ONLY);
            }
        }
        String pending = us.containsKey(PENDING_ONBOARDING)
                ? us.get(PENDING_ONBOARDING)
                : existing(usPlatform).get(PENDING_ONBOARDING);
        return new Result(created, skipped, pending == null ? null : freshOnboardingLink(pending));
    }

    /** Scenario → account id of the platform's live demo accounts. */
    private Map<String, String> existing(String platformId) {
        Set<String> scenarios = new HashSet<>(List.of(PENDING_ONBOARDING, ENABLED, PERSONS, RESTRICTED, INACTIVE,
                SUPPORT_CASES, HOSTED_ONLY));
        String search = scenarios.stream().map(s -> "metadata[\"" + MARKER + "\"]:\"" + s + "\"")
                .collect(Collectors.joining(" OR "));
        JsonNode nodes = api.graphql(platformId, ADMIN, """
                query($search: String) { connectedAccounts(first: 100, search: $search) {
                  nodes { id status detailsSubmitted metadata { key value } } } }""", Map.of("search", search))
                .path("connectedAccounts").path("nodes");
        Map<String, String> found = new HashMap<>();
        for (JsonNode node : nodes) {
            for (JsonNode entry : node.path("metadata")) {
                if (MARKER.equals(entry.path("key").asText())) {
                    found.putIfAbsent(entry.path("value").asText(), node.path("id").asText());
                }
            }
        }
        return found;
    }

    // ---- US platform ----

    /** An EXPRESS account waiting for its holder to complete the hosted onboarding page. */
    private void pendingOnboarding() {
        String id = create(usPlatform, Map.of("country", "US", "businessType", "COMPANY", "dashboardAccess", "EXPRESS",
                "email", "hello@northwind.example", "businessProfile", Map.of("name", "Northwind Outfitters"),
                "metadata", List.of(Map.of("key", "tier", "value", "silver"))));
        mark(usPlatform, id, PENDING_ONBOARDING);
    }

    /**
     * An individual onboarded by the platform, TRANSFERS active, with a bank account and a debit card, and money
     * history: a confirmed top-up and a pending one, a transfer, a payout paid to the bank, an instant payout in
     * transit to the card, and a debit back to the platform.
     */
    private void enabledWithMoney() {
        String id = create(usPlatform, Map.of("country", "US", "businessType", "INDIVIDUAL", "dashboardAccess", "NONE",
                "email", "ada@lovelace-studio.example", "phone", "+14155550123",
                "businessProfile", Map.of("name", "Ada Lovelace Studio", "mcc", "5734", "url",
                        "https://lovelace-studio.example"),
                "individual", Map.of("firstName", "Ada", "lastName", "Lovelace", "dob", "1985-12-10", "email",
                        "ada@lovelace-studio.example", "address", address("12 Analytical Row")),
                "metadata", List.of(Map.of("key", "tier", "value", "gold"))));
        api.graphql(usPlatform, DEVELOPER, REQUEST_TRANSFERS, Map.of("id", id));
        submit(usPlatform, id, "tos_acceptance.date", "2026-11-02");
        String bank = externalAccount(usPlatform, id, "BANK_ACCOUNT", "6789");
        String card = externalAccount(usPlatform, id, "DEBIT_CARD", "4242");

        Instant now = Instant.now();
        String topUp = api.graphql(usPlatform, ADMIN, ADD_TO_BALANCE, Map.of("input", Map.of("amount", 250000,
                "currency", "usd", "description", "Demo top-up from the platform's bank", "idempotencyKey",
                key(id, "top-up"))))
                .path("addToBalance").path("topUp").path("id").asText();
        api.providerEvent(DemoApi.stableId("evt_", topUp, "succeeded"), "top_up.succeeded", now,
                Map.of("top_up_id", topUp));
        api.graphql(usPlatform, ADMIN, ADD_TO_BALANCE, Map.of("input", Map.of("amount", 50000, "currency", "usd",
                "description", "Demo top-up the provider has not confirmed yet", "idempotencyKey",
                key(id, "top-up-pending"))));

        send(id, 120000, "Sales of October", key(id, "transfer"), null, null);
        String paid = send(id, 30000, "Weekly payout", key(id, "payout"), bank, "STANDARD");
        api.providerEvent(DemoApi.stableId("evt_", paid, "in_transit"), "payout.in_transit", now,
                Map.of("payout_id", paid, "expected_arrival", now.plus(Duration.ofDays(2)).getEpochSecond()));
        api.providerEvent(DemoApi.stableId("evt_", paid, "paid"), "payout.paid", now,
                Map.of("payout_id", paid, "arrived_at", now.getEpochSecond()));
        String instant = send(id, 10000, "Instant payout to the card", key(id, "instant"), card, "INSTANT");
        api.providerEvent(DemoApi.stableId("evt_", instant, "in_transit"), "payout.in_transit", now,
                Map.of("payout_id", instant, "expected_arrival", now.plus(Duration.ofMinutes(30)).getEpochSecond()));

        api.graphql(usPlatform, ADMIN, RECORD_CONSENT, Map.of("input", Map.of("accountId", id, "consentedAt",
                now.minus(Duration.ofDays(1)).toString(), "reference", "demo-consent-001")));
        api.graphql(usPlatform, ADMIN, PULL_FUNDS, Map.of("input", Map.of("accountId", id, "amount", 5000,
                "currency", "usd", "description", "Refund fee recovered", "idempotencyKey", key(id, "debit"))));
        mark(usPlatform, id, ENABLED);
    }

    /** A company onboarded by the platform with its owners, a director and the representative; enabled, paid once. */
    private void companyWithPersons() {
        String id = create(usPlatform, Map.of("country", "US", "businessType", "COMPANY", "dashboardAccess", "NONE",
                "email", "finance@bolt-logistics.example",
                "businessProfile", Map.of("name", "Bolt Logistics", "mcc", "4214", "url",
                        "https://bolt-logistics.example"),
                "company", Map.of("name", "Bolt Logistics Inc.", "taxId", "123456789", "phone", "+14155550188",
                        "address", address("400 Freight Way")),
                "metadata", List.of(Map.of("key", "tier", "value", "gold"))));
        api.graphql(usPlatform, DEVELOPER, REQUEST_TRANSFERS, Map.of("id", id));
        submit(usPlatform, id, "tos_acceptance.date", "2026-10-15");
        externalAccount(usPlatform, id, "BANK_ACCOUNT", "1116");
        addPerson(id, Map.of("firstName", "Rita", "lastName", "Ortega", "email", "rita@bolt-logistics.example",
                "dob", "1979-04-02", "address", address("9 Harbor Lane"),
                "relationship", Map.of("representative", true, "executive", true, "owner", true,
                        "percentOwnership", 60, "title", "CEO")));
        addPerson(id, Map.of("firstName", "Sam", "lastName", "Lee", "email", "sam@bolt-logistics.example",
                "relationship", Map.of("owner", true, "percentOwnership", 40, "director", true)));
        addPerson(id, Map.of("firstName", "Priya", "lastName", "Nair", "relationship",
                Map.of("executive", true, "title", "CFO")));
        send(id, 80000, "Delivery fees, November", key(id, "transfer"), null, null);
        mark(usPlatform, id, PERSONS);
    }

    /**
     * A company restricted by past-due items: an information request from the provider whose due date passed and a
     * future requirement (its verification document) that became due; its own details are still currently due.
     */
    private void restricted() {
        String id = create(usPlatform, Map.of("country", "US", "businessType", "COMPANY", "dashboardAccess", "NONE",
                "email", "owner@harbor-crafts.example",
                "businessProfile", Map.of("name", "Harbor Crafts", "url", "https://harbor-crafts.example"),
                "company", Map.of("name", "Harbor Crafts LLC", "address", address("77 Dock Street")),
                "metadata", List.of(Map.of("key", "tier", "value", "bronze"))));
        api.graphql(usPlatform, DEVELOPER, REQUEST_TRANSFERS, Map.of("id", id));
        Instant now = Instant.now();
        api.providerEvent(DemoApi.stableId("evt_", id, "information_requested"), "requirement.information_requested",
                now.minus(Duration.ofDays(20)), Map.of("account_id", id, "request_id",
                        DemoApi.stableId("ir_", id, "refunds"), "description",
                        "Explain the rise in refunds during October and how customers are refunded",
                        "due_by", now.minus(Duration.ofDays(6)).getEpochSecond()));
        api.providerEvent(DemoApi.stableId("evt_", id, "future_added"), "requirement.future_added",
                now.minus(Duration.ofDays(40)), Map.of("account_id", id, "requirement",
                        "company.verification.document", "due_by", now.minus(Duration.ofDays(3)).getEpochSecond()));
        mark(usPlatform, id, RESTRICTED);
    }

    /**
     * An enabled individual whose last activity the provider reports 600 days ago: verifications are on hold, so its
     * failed address verification shows {@code onHold} and restricts nothing.
     */
    private void inactive() {
        String id = create(usPlatform, Map.of("country", "US", "businessType", "INDIVIDUAL", "dashboardAccess", "NONE",
                "email", "hello@quiet-pines.example",
                "businessProfile", Map.of("name", "Quiet Pines Pottery", "mcc", "5945", "productDescription",
                        "Hand-thrown stoneware sold at weekend markets"),
                "individual", Map.of("firstName", "Jonas", "lastName", "Berg", "dob", "1962-07-21", "address",
                        address("3 Kiln Road")),
                "metadata", List.of(Map.of("key", "tier", "value", "bronze"))));
        api.graphql(usPlatform, DEVELOPER, REQUEST_TRANSFERS, Map.of("id", id));
        submit(usPlatform, id, "tos_acceptance.date", "2024-03-01");
        externalAccount(usPlatform, id, "BANK_ACCOUNT", "3030");
        Instant now = Instant.now();
        api.providerEvent(DemoApi.stableId("evt_", id, "activity"), "account.activity", now,
                Map.of("account_id", id, "occurred_at", now.minus(Duration.ofDays(600)).getEpochSecond()));
        api.providerEvent(DemoApi.stableId("evt_", id, "verification_failed"), "requirement.verification_failed",
                now, Map.of("account_id", id, "requirement", "individual.address", "code", "address_mismatch",
                        "reason", "The address does not match the one on the identity document"));
        mark(usPlatform, id, INACTIVE);
    }

    /**
     * A FULL-dashboard account (the kind that can be removed) with two support cases: an open one with a conversation
     * and the platform's private context, and a closed one.
     */
    private void supportCases() {
        String id = create(usPlatform, Map.of("country", "US", "businessType", "COMPANY", "dashboardAccess", "FULL",
                "email", "team@maple-fashion.example", "businessProfile", Map.of("name", "Maple & Co. Fashion"),
                "metadata", List.of(Map.of("key", "tier", "value", "silver"))));
        Instant now = Instant.now();
        String open = DemoApi.stableId("cs_", id, "open");
        api.providerEvent(DemoApi.stableId("evt_", open, "opened"), "support_case.opened", now.minus(Duration.ofDays(2)),
                Map.of("case_id", open, "account_id", id, "subject", "Our bank account was rejected",
                        "body", "We entered our business bank account during onboarding and it was refused. Why?",
                        "opened_at", now.minus(Duration.ofDays(2)).getEpochSecond()));
        api.providerEvent(DemoApi.stableId("evt_", open, "reply"), "support_case.message_added",
                now.minus(Duration.ofDays(1)), Map.of("case_id", open, "message_id",
                        DemoApi.stableId("msg_", open, "reply"), "author", "provider", "body",
                        "The account holder's name did not match the business name. Please add an account in the "
                                + "name of Maple & Co. Fashion.",
                        "sent_at", now.minus(Duration.ofDays(1)).getEpochSecond()));
        api.providerEvent(DemoApi.stableId("evt_", open, "answer"), "support_case.message_added",
                now.minus(Duration.ofHours(5)), Map.of("case_id", open, "message_id",
                        DemoApi.stableId("msg_", open, "answer"), "author", "account", "body",
                        "Thanks, we will ask our bank for an account statement in the company's name.",
                        "sent_at", now.minus(Duration.ofHours(5)).getEpochSecond()));
        String closed = DemoApi.stableId("cs_", id, "closed");
        api.providerEvent(DemoApi.stableId("evt_", closed, "opened"), "support_case.opened",
                now.minus(Duration.ofDays(12)), Map.of("case_id", closed, "account_id", id, "subject",
                        "When do payouts arrive?", "body", "How long does a standard payout take?",
                        "opened_at", now.minus(Duration.ofDays(12)).getEpochSecond()));
        api.providerEvent(DemoApi.stableId("evt_", closed, "reply"), "support_case.message_added",
                now.minus(Duration.ofDays(11)), Map.of("case_id", closed, "message_id",
                        DemoApi.stableId("msg_", closed, "reply"), "author", "provider", "body",
                        "Standard payouts arrive in 2 business days.",
                        "sent_at", now.minus(Duration.ofDays(11)).getEpochSecond()));
        api.providerEvent(DemoApi.stableId("evt_", closed, "closed"), "support_case.closed",
                now.minus(Duration.ofDays(10)), Map.of("case_id", closed, "closed_at",
                        now.minus(Duration.ofDays(10)).getEpochSecond()));
        for (JsonNode supportCase : api.graphql(usPlatform, SUPPORT, CASES, Map.of("id", id))
                .path("connectedAccount").path("supportCases").path("nodes")) {
            if (open.equals(supportCase.path("providerCaseId").asText())) {
                api.graphql(usPlatform, SUPPORT, ADD_CONTEXT, Map.of("input", Map.of("caseId",
                        supportCase.path("id").asText(), "body",
                        "Platform note: this seller is moving its bank; payouts can wait until the new account is added.")));
            }
        }
        mark(usPlatform, id, SUPPORT_CASES);
    }

    // ---- French platform ----

    /** A French platform may only onboard through the hosted page: an EXPRESS account waiting for it. */
    private void hostedOnly() {
        String id = create(frPlatform, Map.of("country", "FR", "businessType", "INDIVIDUAL", "dashboardAccess",
                "EXPRESS", "email", "bonjour@boulangerie-lune.example",
                "businessProfile", Map.of("name", "Boulangerie de la Lune")));
        mark(frPlatform, id, HOSTED_ONLY);
    }

    // ---- steps ----

    private String freshOnboardingLink(String accountId) {
        JsonNode account = api.graphql(usPlatform, ADMIN, """
                query($id: ID!) { connectedAccount(id: $id) { detailsSubmitted } }""", Map.of("id", accountId))
                .path("connectedAccount");
        if (account.isMissingNode() || account.isNull() || account.path("detailsSubmitted").asBoolean()) {
            return null;
        }
        return api.graphql(usPlatform, DEVELOPER, LINK, Map.of("id", accountId)).path("createAccountLink").path("link")
                .path("url").asText();
    }

    private String create(String platformId, Map<String, Object> input) {
        return api.graphql(platformId, DEVELOPER, CREATE, Map.of("input", input))
                .path("createConnectedAccount").path("connectedAccount").path("id").asText();
    }

    private void mark(String platformId, String accountId, String scenario) {
        api.graphql(platformId, DEVELOPER, MARK, Map.of("id", accountId, "scenario", scenario));
    }

    private void submit(String platformId, String accountId, String requirement, String value) {
        api.graphql(platformId, DEVELOPER, SUBMIT, Map.of("input", Map.of("accountId", accountId, "requirement",
                requirement, "value", value)));
    }

    private String externalAccount(String platformId, String accountId, String kind, String last4) {
        return api.graphql(platformId, DEVELOPER, ADD_EXTERNAL_ACCOUNT, Map.of("input", Map.of("accountId",
                accountId, "kind", kind, "providerToken", "tok_demo_" + last4, "last4", last4, "country", "US",
                "currency", "usd")))
                .path("addExternalAccount").path("externalAccount").path("id").asText();
    }

    private void addPerson(String accountId, Map<String, Object> person) {
        Map<String, Object> input = new HashMap<>(person);
        input.put("accountId", accountId);
        api.graphql(usPlatform, DEVELOPER, ADD_PERSON, Map.of("input", input));
    }

    /** sendFunds; returns the payout's id when {@code externalAccountId} is set, else the transfer's. */
    private String send(String accountId, long amount, String description, String key, String externalAccountId,
            String method) {
        Map<String, Object> input = new HashMap<>(Map.of("accountId", accountId, "amount", amount, "currency", "usd",
                "description", description, "idempotencyKey", key));
        if (externalAccountId != null) {
            input.put("destination", "EXTERNAL_ACCOUNT");
            input.put("externalAccountId", externalAccountId);
            input.put("method", method);
        }
        JsonNode sent = api.graphql(usPlatform, ADMIN, SEND_FUNDS, Map.of("input", input)).path("sendFunds");
        return externalAccountId != null
                ? sent.path("payout").path("id").asText()
                : sent.path("transfer").path("id").asText();
    }

    private static Map<String, String> address(String line1) {
        return Map.of("line1", line1, "city", "Springfield", "postalCode", "12345", "state", "IL", "country", "US");
    }

    private static String key(String accountId, String step) {
        return "demo-" + accountId + "-" + step;
    }
}
