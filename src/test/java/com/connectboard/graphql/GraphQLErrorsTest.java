package com.connectboard.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.connectboard.error.ErrorCode;
import com.connectboard.testing.Accounts;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

import graphql.GraphQLError;

/**
 * Every GraphQL error carries an {@code extensions.code} of {@link ErrorCode} and a message without Java or graphql-java
 * internals: a table of malformed and invalid requests, as a fuzzer sends them.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class GraphQLErrorsTest {

    private static final Pattern INTERNALS = Pattern.compile(
            "[a-z]+\\.[a-z]+\\.[A-Z]|Exception|ObjectValue|Unknown Scalar");
    private static final Set<String> CODES = Arrays.stream(ErrorCode.values()).map(Enum::name)
            .collect(Collectors.toSet());

    private static final String CREATE = "mutation($input: CreateConnectedAccountInput!) { createConnectedAccount(input: "
            + "$input) { connectedAccount { id } userErrors { code } } }";
    private static final String TOP_UP = "mutation($input: AddToBalanceInput!) { addToBalance(input: $input) { "
            + "userErrors { code } } }";
    private static final String PAGE = "query($f: Int) { connectedAccounts(first: $f) { totalCount } }";

    private String token;

    @BeforeEach
    void platform() {
        token = Tokens.of(Accounts.completePlatform("US", "usd"), "administrator");
    }

    /** A request: the JSON body as sent, and the code expected. */
    private record Case(String name, Object body, String code) {
    }

    private static Map<String, Object> request(String query, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return body;
    }

    private static Map<String, Object> request(String query) {
        return request(query, Map.of());
    }

    private static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String parse = "GRAPHQL_PARSE_FAILED";
        String invalid = "GRAPHQL_VALIDATION_FAILED";
        String bad = "BAD_USER_INPUT";
        cases.add(new Case("unclosed", request("{ events(first: ) { totalCount }"), parse));
        cases.add(new Case("lone brace", request("{"), parse));
        cases.add(new Case("extra tokens", request("query { platform { id } } }"), parse));
        cases.add(new Case("bad string", request("{ connectedAccount(id: \"acct_) { id } }"), parse));
        cases.add(new Case("word Exception", request("{ Exception( }"), parse));
        cases.add(new Case("unknown field", request("{ platform { secretColumn } }"), invalid));
        cases.add(new Case("unknown root", request("{ nosuchroot }"), invalid));
        cases.add(new Case("missing input field", request("mutation { createConnectedAccount(input: {country: \"US\"}) "
                + "{ connectedAccount { id } } }"), invalid));
        cases.add(new Case("literal of wrong type", request("mutation { createConnectedAccount(input: {country: 5, "
                + "dashboardAccess: FULL}) { connectedAccount { id } } }"), invalid));
        cases.add(new Case("unknown enum value", request("mutation { createConnectedAccount(input: {country: \"US\", "
                + "dashboardAccess: SOMETIMES}) { connectedAccount { id } } }"), invalid));
        cases.add(new Case("unknown input field", request("mutation { updatePlatformProfile(input: {nam: \"x\"}) "
                + "{ userErrors { code } } }"), invalid));
        cases.add(new Case("string for Int", request("{ connectedAccounts(first: \"ten\") { totalCount } }"), invalid));
        cases.add(new Case("null for ID!", request("{ connectedAccount(id: null) { id } }"), invalid));
        cases.add(new Case("missing selection", request("{ connectedAccounts(first: 1) }"), invalid));
        cases.add(new Case("selection on scalar", request("{ platform { id { x } } }"), invalid));
        cases.add(new Case("duplicate argument", request("{ connectedAccounts(first: 1, first: 2) { totalCount } }"),
                invalid));
        cases.add(new Case("unknown directive", request("{ platform @shout { id } }"), invalid));
        cases.add(new Case("undefined fragment", request("{ platform { ...Missing } }"), invalid));
        cases.add(new Case("unused fragment", request("fragment F on Platform { id } { platform { id } }"), invalid));
        cases.add(new Case("two anonymous operations", request("{ platform { id } } { viewer { subject } }"), invalid));
        cases.add(new Case("unknown variable type", request("query($x: Unknown) { platform { id } }"), invalid));
        cases.add(new Case("variable of wrong type", request("query($f: String) { connectedAccounts(first: $f) "
                + "{ totalCount } }"), invalid));
        cases.add(new Case("undefined variable", request("{ connectedAccounts(first: $f) { totalCount } }"), invalid));
        cases.add(new Case("string variable for Int", request(PAGE, vars("f", "ten")), bad));
        cases.add(new Case("Int variable beyond 32 bits", request(PAGE, vars("f", 2147483648L)), bad));
        cases.add(new Case("fractional Int variable", request(PAGE, vars("f", 1.5)), bad));
        cases.add(new Case("missing required variable", request("query($id: ID!) { connectedAccount(id: $id) { id } }"),
                bad));
        cases.add(new Case("null required variable", request("query($id: ID!) { connectedAccount(id: $id) { id } }",
                vars("id", null)), bad));
        cases.add(new Case("input variable missing a field", request(CREATE, vars("input", Map.of("country", "US"))),
                bad));
        cases.add(new Case("input variable with an unknown field", request(CREATE, vars("input", Map.of("country", "US",
                "dashboardAccess", "NONE", "bogus", 1))), bad));
        cases.add(new Case("input variable not an object", request(CREATE, vars("input", "US")), bad));
        cases.add(new Case("enum variable unknown", request(CREATE, vars("input", Map.of("country", "US",
                "dashboardAccess", "SOMETIMES"))), bad));
        cases.add(new Case("amount not a number", request(TOP_UP, vars("input", Map.of("amount", "lots", "currency",
                "usd", "idempotencyKey", "k1"))), bad));
        cases.add(new Case("amount an object", request(TOP_UP, vars("input", Map.of("amount", Map.of("x", 1), "currency",
                "usd", "idempotencyKey", "k2"))), bad));
        cases.add(new Case("top-up input a string", request(TOP_UP, vars("input", "100 usd")), bad));
        cases.add(new Case("date-time not a date", request("mutation($at: DateTime!) { recordDebitConsent(input: "
                + "{accountId: \"acct_x\", consentedAt: $at, reference: \"r\"}) { userErrors { code } } }",
                vars("at", "yesterday")), bad));
        cases.add(new Case("date-time literal not a date", request("mutation { recordDebitConsent(input: {accountId: "
                + "\"acct_x\", consentedAt: \"yesterday\", reference: \"r\"}) { userErrors { code } } }"), null));
        cases.add(new Case("unknown operation name", Map.of("query", "query A { platform { id } }", "operationName",
                "B"), null));
        cases.add(new Case("variables not an object", Map.of("query", "{ platform { id } }", "variables", "abc"), null));
        cases.add(new Case("query not a string", Map.of("query", 5), null));
        cases.add(new Case("batch", List.of(request("{ platform { id } }"), request("{ viewer { subject } }")),
                "BATCHING_NOT_SUPPORTED"));
        cases.add(new Case("not JSON", "query { platform { id } }", "BAD_REQUEST"));
        return cases;
    }

    @Test
    void everyErrorHasACodeOfTheEnumAndNoInternals() {
        List<String> problems = new ArrayList<>();
        for (Case c : cases()) {
            var response = given().contentType("application/json").auth().oauth2(token).body(c.body()).when()
                    .post("/graphql").then().extract();
            String text = response.asString();
            System.out.println("[fuzz] " + c.name() + " -> " + response.statusCode() + " " + text);
            JsonPath json;
            try {
                json = JsonPath.from(text);
            } catch (RuntimeException notJson) {
                problems.add(c.name() + ": not a JSON answer: " + text);
                continue;
            }
            List<Map<String, Object>> errors = json.getList("errors");
            if (errors == null || errors.isEmpty()) {
                problems.add(c.name() + ": no error: " + text);
                continue;
            }
            for (Map<String, Object> error : errors) {
                @SuppressWarnings("unchecked")
                Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
                Object code = extensions == null ? null : extensions.get("code");
                String message = String.valueOf(error.get("message"));
                if (!CODES.contains(String.valueOf(code))) {
                    problems.add(c.name() + ": code " + code + " is not of the enum: " + text);
                } else if (c.code() != null && !c.code().equals(code)) {
                    problems.add(c.name() + ": code " + code + ", expected " + c.code() + ": " + text);
                }
                if (INTERNALS.matcher(message).find() || text.contains("\"exception\"")) {
                    problems.add(c.name() + ": internals in " + text);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void messagesNameWhatWasWrong() {
        var missing = post(request("mutation { createConnectedAccount(input: {country: \"US\"}) { connectedAccount "
                + "{ id } } }"));
        assertTrue(missing.getString("errors[0].message").contains("dashboardAccess"), missing.prettify());
        assertTrue(missing.getString("errors[0].message").contains("input"), missing.prettify());
        var amount = post(request(TOP_UP, vars("input", Map.of("amount", "lots", "currency", "usd",
                "idempotencyKey", "k3"))));
        assertTrue(amount.getString("errors[0].message").contains("amount"), amount.prettify());
        var variable = post(request(PAGE, vars("f", 2147483648L)));
        assertTrue(variable.getString("errors[0].message").contains("$f"), variable.prettify());
        var unknown = post(request("{ platform { secretColumn } }"));
        assertTrue(unknown.getString("errors[0].message").contains("secretColumn"), unknown.prettify());
        assertEquals("ValidationError", unknown.getString("errors[0].extensions.classification"));
    }

    @Test
    void anInternalFailureIsInternalWithARetryHintAndNoClassName() {
        // The database refusing a statement the service did not expect: a constraint it could not check first.
        GraphQLError error = ErrorShaping.shape(new graphql.ExceptionWhileDataFetching(
                graphql.execution.ResultPath.rootPath().segment("platform"),
                new jakarta.persistence.PersistenceException(new org.hibernate.exception.JDBCConnectionException(
                        "Unable to acquire JDBC Connection", new java.sql.SQLException("Connection refused", "08001"))),
                graphql.language.SourceLocation.EMPTY));
        assertEquals("INTERNAL", error.getExtensions().get("code"));
        assertEquals(true, error.getExtensions().get("retryable"));
        assertFalse(INTERNALS.matcher(error.getMessage()).find(), error.getMessage());
        GraphQLError bug = ErrorShaping.shape(new graphql.ExceptionWhileDataFetching(
                graphql.execution.ResultPath.rootPath().segment("platform"), new IllegalStateException("a bug"),
                graphql.language.SourceLocation.EMPTY));
        assertEquals("INTERNAL", bug.getExtensions().get("code"));
        assertEquals(false, bug.getExtensions().get("retryable"));
        assertFalse(bug.getMessage().contains("a bug"));
        assertNotNull(bug.getPath());
    }

    private JsonPath post(Map<String, Object> body) {
        return given().contentType("application/json").auth().oauth2(token).body(body).when().post("/graphql").then()
                .statusCode(200).extract().jsonPath();
    }
}
