package com.connectboard.graphql;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Values a field cannot hold are refused naming the field, never wrapped, truncated or turned into a server error: an
 * {@code Int} beyond 32 bits or with a fraction, a NUL character in text, a time PostgreSQL cannot hold.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class InputValuesTest {

    private static final String SCHEDULE = "payoutSchedule { interval monthlyAnchor }";

    private String platformId;
    private String account;
    private GraphQL admin;

    @BeforeEach
    void account() {
        platformId = Accounts.completePlatform("US", "usd");
        account = Accounts.create(platformId, "NONE", "Inputs", "i@x.example", Map.of());
        admin = GraphQL.as(Tokens.of(platformId, "administrator"));
    }

    private void scheduleIsUnset() {
        admin.ok("query($id: ID!) { connectedAccount(id: $id) { " + SCHEDULE + " } }", Map.of("id", account))
                .body("data.connectedAccount.payoutSchedule", nullValue());
    }

    @Test
    void anIntLiteralBeyond32BitsIsRefusedNotWrapped() {
        // 4294967311 = 2^32 + 15: wrapped, it would be stored as the 15th.
        admin.answer("mutation { updatePayoutSchedule(input: {accountId: \"" + account + "\", interval: MONTHLY, "
                + "monthlyAnchor: 4294967311}) { " + SCHEDULE + " } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("input.monthlyAnchor"))
                .body("errors[0].message", containsString("32-bit")).body("data", nullValue());
        scheduleIsUnset();
        // 4294967301 = 2^32 + 5: wrapped, a page of 5.
        admin.answer("{ connectedAccounts(first: 4294967301) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("`first`"));
        admin.answer("{ connectedAccounts(first: -2147483649) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void theLargestIntIsStillAnInt() {
        admin.ok("mutation { updatePayoutSchedule(input: {accountId: \"" + account + "\", interval: MONTHLY, "
                + "monthlyAnchor: 2147483647}) { userErrors { field message } } }").body("errors", nullValue())
                .body("data.updatePayoutSchedule.userErrors[0].message", containsString("between 1 and 31"));
    }

    @Test
    void anIntVariableBeyond32BitsOrWithAFractionIsRefused() {
        String query = "mutation($input: UpdatePayoutScheduleInput!) { updatePayoutSchedule(input: $input) { "
                + SCHEDULE + " } }";
        for (Object anchor : List.of(2147483648L, 4294967311L, 1.5, -2147483649L)) {
            admin.answer(query, Map.of("input", Map.of("accountId", account, "interval", "MONTHLY", "monthlyAnchor",
                    anchor))).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", containsString("$input.monthlyAnchor"));
        }
        scheduleIsUnset();
        admin.answer("query($f: Int) { connectedAccounts(first: $f) { totalCount } }", Map.of("f", 2147483648L))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("`$f`"));
        // A whole number written with a fraction part is still that number.
        admin.ok(query, Map.of("input", Map.of("accountId", account, "interval", "MONTHLY", "monthlyAnchor", 15.0)))
                .body("errors", nullValue()).body("data.updatePayoutSchedule.payoutSchedule.monthlyAnchor", equalTo(15));
    }

    @Test
    void aNulCharacterInTextIsRefusedNamingTheField() {
        admin.answer("mutation { updatePlatformProfile(input: {name: \"Nul\\u0000Co\"}) { userErrors { code } } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("input.name"))
                .body("errors[0].message", containsString("NUL"));
        admin.answer("mutation($input: UpdatePlatformProfileInput!) { updatePlatformProfile(input: $input) { userErrors "
                + "{ code } } }", Map.of("input", Map.of("productDescription", "a\u0000b")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("$input.productDescription"));
        admin.answer("mutation($input: UpdateConnectedAccountInput!) { updateConnectedAccount(input: $input) { userErrors "
                + "{ code } } }",
                Map.of("input", Map.of("id", account, "metadata",
                        List.of(Map.of("key", "tier", "value", "gold\u0000")))))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("$input.metadata[0].value"));
        admin.answer("query($q: String) { connectedAccounts(search: $q) { totalCount } }", Map.of("q", "name~\"\u0000\""))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        admin.answer("{ connectedAccount(id: \"acct_\\u0000\") { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("`id`"));
        admin.ok("{ platform { name } }").body("data.platform.name", equalTo("Platform US"));
    }

    private static String cursor(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCursorOutsideAnyStorableTimeIsABadUserInput() {
        String query = "query($after: String) { connectedAccounts(first: 5, after: $after) { totalCount } }";
        for (String raw : List.of("c1:9223372036854775807:acct_x", "c1:-9223372036854775808:acct_x",
                "c1:253402300800000000:acct_x", "c1:99999999999999999999:acct_x")) {
            admin.answer(query, Map.of("after", cursor(raw))).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", containsString("cursor"));
        }
        admin.ok(query, Map.of("after", cursor("c1:1700000000000000:acct_x"))).body("errors", nullValue());
    }

    @Test
    void aDateTimeOutsideYearsOneTo9999IsRefused() {
        String mutation = "mutation($input: RecordDebitConsentInput!) { recordDebitConsent(input: $input) { "
                + "userErrors { code } } }";
        for (String at : List.of("+294277-01-01T00:00:00Z", "10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z",
                "0000-12-31T00:00:00Z")) {
            admin.answer(mutation, Map.of("input", Map.of("accountId", account, "consentedAt", at, "reference", "r")))
                    .log().ifValidationFails().body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", containsString("$input.consentedAt"));
        }
        admin.answer(mutation, Map.of("input", Map.of("accountId", account, "consentedAt", "yesterday", "reference", "r")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("ISO-8601"));
        admin.answer("mutation($at: DateTime!) { recordDebitConsent(input: {accountId: \"" + account + "\", "
                + "consentedAt: $at, reference: \"r\"}) { userErrors { code } } }",
                Map.of("at",
                        "+294277-01-01T00:00:00Z"))
                .log().ifValidationFails()
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("$at"));
    }
}
