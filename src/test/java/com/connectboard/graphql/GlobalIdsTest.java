package com.connectboard.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.Database;
import com.connectboard.testing.Funds;
import com.connectboard.testing.Funds.ReadyAccount;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Provider;
import com.connectboard.testing.TestIds;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

import graphql.language.FieldDefinition;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

/**
 * Global object identification (Relay, docs/api.md): every object with an id is a Node that node(id) and nodes(ids)
 * return with the visibility of its own query, ids never name two types, and money records link to their objects.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class GlobalIdsTest {

    private static final String NODE = "query($id: ID!) { node(id: $id) { __typename id } }";
    private static final String NODES = "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }";

    @Inject
    DataSource dataSource;

    private String platformId;
    private GraphQL admin;
    /** One object of every Node type, by type name; all of the ready account except the platform's own. */
    private final Map<String, String> objects = new LinkedHashMap<>();
    private ReadyAccount ready;
    private String hosted;
    private String privateMessage;

    @BeforeEach
    void oneOfEachKind() {
        platformId = Accounts.completePlatform("US", "usd");
        admin = GraphQL.as(Tokens.of(platformId, "administrator"));
        ready = Funds.readyAccount(platformId);
        objects.put("Platform", platformId);
        objects.put("ConnectedAccount", ready.id());
        objects.put("ExternalAccount", ready.bankAccountId());

        Map<String, Object> person = new HashMap<>();
        person.put("accountId", ready.id());
        person.put("firstName", "Grace");
        person.put("lastName", "Hopper");
        objects.put("Person", admin.ok("""
                mutation($input: AddPersonInput!) { addPerson(input: $input) { person { id } userErrors { code } } }""",
                Map.of("input", person)).body("data.addPerson.userErrors", empty())
                .extract().path("data.addPerson.person.id"));
        objects.put("AccountLink", admin.ok("""
                mutation($id: ID!) { createRemediationLink(input: {accountId: $id}) { link { id } userErrors { code } } }""",
                Map.of("id", ready.id())).extract().path("data.createRemediationLink.link.id"));

        objects.put("TopUp", Funds.fund(platformId, 100_000, "usd"));
        Map<String, Object> toCard = Funds.sendInput(ready.id(), 3_000, Funds.key());
        toCard.put("destination", "EXTERNAL_ACCOUNT");
        toCard.put("externalAccountId", ready.debitCardId());
        toCard.put("method", "INSTANT");
        ValidatableResponse sent = admin.ok(Funds.SEND_FUNDS, Map.of("input", toCard))
                .body("data.sendFunds.userErrors", empty());
        objects.put("Transfer", sent.extract().path("data.sendFunds.transfer.id"));
        objects.put("Payout", sent.extract().path("data.sendFunds.payout.id"));
        Funds.send(platformId, ready.id(), 2_000, Funds.key()).body("data.sendFunds.userErrors", empty());
        admin.ok(Funds.RECORD_CONSENT, Map.of("input", Map.of("accountId", ready.id(), "consentedAt",
                "2026-01-01T00:00:00Z", "reference", "mandate-1"))).body("data.recordDebitConsent.userErrors", empty());
        objects.put("AccountDebit", admin.ok(Funds.PULL_FUNDS, Map.of("input", Map.of("accountId", ready.id(),
                "amount", 500, "currency", "usd", "idempotencyKey", Funds.key())))
                .body("data.pullFunds.userErrors", empty()).extract().path("data.pullFunds.accountDebit.id"));
        objects.put("BalanceTransaction", GraphQL.as(Tokens.of(platformId, "view_only")).viewingAs(ready.id())
                .ok("{ balanceTransactions(first: 1) { nodes { id } } }")
                .extract().path("data.balanceTransactions.nodes[0].id"));
        objects.put("Event", admin.ok("query($id: ID) { events(first: 1, accountId: $id) { nodes { id } } }",
                Map.of("id", ready.id())).extract().path("data.events.nodes[0].id"));

        // A hosted-dashboard account of the same platform: support cases need one. It owns the action, case, message
        // and ticket below.
        hosted = Accounts.create(platformId, "EXPRESS", "Hosted Co", "h@x.example", Map.of());
        String actionId = admin.ok("query($id: ID!) { connectedAccount(id: $id) { actionsRequired { id } } }",
                Map.of("id", hosted)).extract().path("data.connectedAccount.actionsRequired[0].id");
        objects.put("RequiredAction", actionId);
        objects.put("SupportTicket", admin.ok("""
                mutation($input: ContactSupportInput!) { contactSupport(input: $input) {
                  supportTicket { id } userErrors { code message } } }""", Map.of("input", Map.of("accountId", hosted,
                "actionId", actionId, "subject", "Help", "body", "Please help")))
                .body("data.contactSupport.userErrors", empty()).extract().path("data.contactSupport.supportTicket.id"));
        String providerCaseId = "cs_" + UUID.randomUUID();
        Provider.send(Provider.event(TestIds.providerEvent(), "support_case.opened", Map.of("case_id", providerCaseId,
                "account_id", hosted, "subject", "Payout missing", "body", "Where is it?", "opened_at",
                Instant.now().getEpochSecond()))).statusCode(200);
        String caseId = new Database(dataSource).text("SELECT id FROM support_case WHERE provider_case_id = ?",
                providerCaseId);
        objects.put("SupportCase", caseId);
        admin.ok(
                """
                        mutation($id: ID!) { addSupportCaseContext(input: {caseId: $id, body: "Known issue"}) { userErrors { code } } }""",
                Map.of("id", caseId)).body("data.addSupportCaseContext.userErrors", empty());
        List<Map<String, String>> messages = admin.ok("""
                query($id: ID!) { supportCase(id: $id) { messages { id author } } }""", Map.of("id", caseId))
                .extract().path("data.supportCase.messages");
        objects.put("SupportMessage", messages.get(0).get("id"));
        privateMessage = messages.stream().filter(message -> message.get("author").equals("PLATFORM")).findFirst()
                .orElseThrow().get("id");
        objects.values().forEach(id -> assertNotNull(id, "a fixture did not answer an id: " + objects));
    }

    /** The __typename of each entry of nodes, null where the entry is null (GPath would drop those). */
    private static List<String> typenames(ValidatableResponse answer) {
        List<Map<String, Object>> nodes = answer.extract().path("data.nodes");
        List<String> names = new ArrayList<>();
        nodes.forEach(node -> names.add(node == null ? null : (String) node.get("__typename")));
        return names;
    }

    private static TypeDefinitionRegistry servedSchema(String platformId) {
        return new SchemaParser().parse(given().auth().oauth2(Tokens.of(platformId, "analyst")).when()
                .get("/graphql/schema.graphql").then().statusCode(200).extract().asString());
    }

    private static Set<String> nodeTypes(TypeDefinitionRegistry registry) {
        Set<String> nodes = new TreeSet<>();
        registry.getTypes(ObjectTypeDefinition.class).stream()
                .filter(type -> type.getImplements().stream()
                        .anyMatch(implemented -> ((TypeName) implemented).getName().equals("Node")))
                .forEach(type -> nodes.add(type.getName()));
        return nodes;
    }

    @Test
    void everyObjectTypeWithAnIdImplementsNode() {
        List<String> missing = new ArrayList<>();
        for (ObjectTypeDefinition type : servedSchema(platformId).getTypes(ObjectTypeDefinition.class)) {
            boolean hasId = type.getFieldDefinitions().stream().map(FieldDefinition.class::cast)
                    .anyMatch(field -> field.getName().equals("id") && field.getType() instanceof NonNullType nonNull
                            && nonNull.getType() instanceof TypeName name && name.getName().equals("ID"));
            boolean isNode = type.getImplements().stream()
                    .anyMatch(implemented -> ((TypeName) implemented).getName().equals("Node"));
            if (hasId && !isNode) {
                missing.add(type.getName());
            }
        }
        assertEquals(List.of(), missing, "object types with an id: ID! that do not implement Node");
    }

    @Test
    void everyNodeTypeResolvesThroughNodeAndNodes() {
        // The fixture covers every Node type the service serves: a new type cannot be left out of this test.
        assertEquals(nodeTypes(servedSchema(platformId)), new TreeSet<>(objects.keySet()));
        for (Map.Entry<String, String> object : objects.entrySet()) {
            admin.ok(NODE, Map.of("id", object.getValue()))
                    .body("data.node.__typename", equalTo(object.getKey()))
                    .body("data.node.id", equalTo(object.getValue()));
        }
        List<String> ids = new ArrayList<>(objects.values());
        ids.add("acct_doesnotexist");
        ids.add("nope");
        ids.add(ready.id());
        List<String> expectedTypes = new ArrayList<>(objects.keySet());
        expectedTypes.add(null);
        expectedTypes.add(null);
        expectedTypes.add("ConnectedAccount");
        ValidatableResponse answer = admin.ok(NODES, Map.of("ids", ids)).body("data.nodes", hasSize(ids.size()));
        assertEquals(expectedTypes, typenames(answer));
        assertEquals(ids.subList(0, objects.size()), answer.extract().path("data.nodes[0.." + (objects.size() - 1)
                + "].id"));
    }

    @Test
    void noIdNamesTwoTypes() {
        // A Relay store keys every record by id: each id the fixture produced belongs to exactly one type.
        assertEquals(objects.size(), new TreeSet<>(objects.values()).size());
        admin.ok("""
                query($id: ID!) { payouts(accountId: $id, first: 5) { nodes { id destination { __typename
                  externalAccountId externalAccount { __typename id last4 } } } } }""", Map.of("id", ready.id()))
                .body("data.payouts.nodes[0].destination.externalAccountId", equalTo(ready.debitCardId()))
                .body("data.payouts.nodes[0].destination.externalAccount.__typename", equalTo("ExternalAccount"))
                .body("data.payouts.nodes[0].destination.externalAccount.id", equalTo(ready.debitCardId()));
    }

    @Test
    void anotherPlatformsIdsResolveToNull() {
        String other = Accounts.completePlatform("US", "usd");
        List<String> ids = new ArrayList<>(objects.values());
        for (String role : List.of("administrator", "view_only")) {
            GraphQL stranger = GraphQL.as(Tokens.of(other, role));
            for (String id : ids) {
                stranger.ok(NODE, Map.of("id", id)).body("data.node", nullValue());
            }
            stranger.ok(NODES, Map.of("ids", ids)).body("data.nodes", hasSize(ids.size()))
                    .body("data.nodes", everyItem(nullValue()));
        }
    }

    @Test
    void viewingAsAnAccountResolvesOnlyWhatThatAccountSees() {
        List<String> ids = new ArrayList<>(objects.values());
        // Another account of the same platform sees only the platform (as Query.platform answers under view-as).
        String third = Accounts.create(platformId, "FULL", "Third Co", "t@x.example", Map.of());
        List<String> onlyPlatform = new ArrayList<>(Collections.nCopies(ids.size(), (String) null));
        onlyPlatform.set(0, "Platform");
        assertEquals(onlyPlatform, typenames(GraphQL.as(Tokens.of(platformId, "analyst")).viewingAs(third)
                .ok(NODES, Map.of("ids", ids))));

        // The ready account sees its own records, not the platform's top-up nor the other account's.
        List<String> own = new ArrayList<>();
        for (Map.Entry<String, String> object : objects.entrySet()) {
            boolean itsOwn = !Set.of("TopUp", "RequiredAction", "SupportTicket", "SupportCase", "SupportMessage")
                    .contains(object.getKey());
            own.add(itsOwn ? object.getKey() : null);
        }
        assertEquals(own, typenames(GraphQL.as(Tokens.of(platformId, "view_only")).viewingAs(ready.id())
                .ok(NODES, Map.of("ids", ids))));

        // The hosted account sees its action, ticket, case and the account's messages, never the private context.
        GraphQL asHosted = GraphQL.as(Tokens.of(platformId, "support_specialist")).viewingAs(hosted);
        for (String type : List.of("RequiredAction", "SupportTicket", "SupportCase", "SupportMessage")) {
            asHosted.ok(NODE, Map.of("id", objects.get(type))).body("data.node.__typename", equalTo(type));
        }
        asHosted.ok(NODE, Map.of("id", privateMessage)).body("data.node", nullValue());
        admin.ok(NODE, Map.of("id", privateMessage)).body("data.node.__typename", equalTo("SupportMessage"));
        asHosted.ok(NODE, Map.of("id", objects.get("Transfer"))).body("data.node", nullValue());
    }

    @Test
    void aTokenWithoutAnyRoleOfTheTableIsRefused() {
        GraphQL.as(Tokens.of(platformId, "auditor")).answer(NODES, Map.of("ids", List.of(ready.id())))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("data", nullValue());
        GraphQL.as(Tokens.withoutPlatform("administrator")).answer(NODE, Map.of("id", ready.id()))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.as(Tokens.of(platformId, "analyst")).viewingAs("acct_unknown").answer(NODES, Map.of("ids",
                List.of(ready.id()))).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void nodesTakesAtMostOneHundredIds() {
        List<String> hundred = new ArrayList<>(Collections.nCopies(99, "acct_unknown"));
        hundred.add(ready.id());
        admin.ok(NODES, Map.of("ids", hundred)).body("data.nodes", hasSize(100))
                .body("data.nodes[99].id", equalTo(ready.id())).body("data.nodes[0]", nullValue());

        List<String> tooMany = new ArrayList<>(hundred);
        tooMany.add(ready.id());
        admin.answer(NODES, Map.of("ids", tooMany))
                .body("errors[0].extensions.code", equalTo("TOO_MANY_IDS"))
                .body("errors[0].extensions.limit", equalTo(100))
                .body("errors[0].message", equalTo("`nodes` asks for 101 ids; at most 100 are accepted in one field. "
                        + "Split the ids over several requests."))
                .body("data", nullValue());
        String literal = "{ nodes(ids: [" + String.join(", ", tooMany.stream().map(id -> "\"" + id + "\"").toList())
                + "]) { id } }";
        admin.answer(literal).body("errors[0].extensions.code", equalTo("TOO_MANY_IDS"));
        admin.answer("{ a: nodes(ids: [\"x\"]) { id } }").body("errors", nullValue());
    }

    @Test
    void moneyRecordsLinkToTheirObjects() {
        String transfer = objects.get("Transfer");
        String payout = objects.get("Payout");
        admin.ok("""
                query($t: ID!, $p: ID!, $d: ID!) {
                  t: node(id: $t) { ... on Transfer { accountId account { id } payout { id } } }
                  p: node(id: $p) { ... on Payout { account { id } transferId transfer { id } } }
                  d: node(id: $d) { ... on AccountDebit { accountId account { id } } } }""",
                Map.of("t", transfer, "p", payout, "d", objects.get("AccountDebit")))
                .body("data.t.account.id", equalTo(ready.id()))
                .body("data.t.payout.id", equalTo(payout))
                .body("data.p.account.id", equalTo(ready.id()))
                .body("data.p.transfer.id", equalTo(transfer))
                .body("data.d.account.id", equalTo(ready.id()));
        admin.ok("query($id: ID) { transfers(accountId: $id, first: 5) { nodes { id destination payout { id } } } }",
                Map.of("id", ready.id()))
                .body("data.transfers.nodes.find { it.destination == 'ACCOUNT_BALANCE' }.payout", nullValue())
                .body("data.transfers.nodes.find { it.destination == 'EXTERNAL_ACCOUNT' }.payout.id", equalTo(payout));

        String sources = """
                { balanceTransactions(first: 100) { nodes { type sourceId source { __typename
                  ... on TopUp { id } ... on Transfer { id } ... on Payout { id } ... on AccountDebit { id } } } } }""";
        for (GraphQL caller : List.of(admin, GraphQL.as(Tokens.of(platformId, "view_only")).viewingAs(ready.id()))) {
            List<Map<String, Object>> entries = caller.ok(sources).extract().path("data.balanceTransactions.nodes");
            assertFalse(entries.isEmpty());
            for (Map<String, Object> entry : entries) {
                @SuppressWarnings("unchecked")
                Map<String, Object> source = (Map<String, Object>) entry.get("source");
                assertNotNull(source, "no source for " + entry);
                assertEquals(entry.get("sourceId"), source.get("id"));
                assertEquals(switch (String.valueOf(entry.get("type"))) {
                    case "TOP_UP", "TOP_UP_SUCCEEDED", "TOP_UP_FAILED" -> "TopUp";
                    case "TRANSFER" -> "Transfer";
                    case "PAYOUT", "PAYOUT_PAID", "PAYOUT_FAILED" -> "Payout";
                    default -> "AccountDebit";
                }, source.get("__typename"));
            }
        }
    }

    @Test
    void aRemovedBankCardLeavesThePayoutsCopyAndANullLink() {
        admin.ok("mutation($id: ID!) { removeExternalAccount(input: {id: $id}) { userErrors { code } } }",
                Map.of("id", ready.debitCardId())).body("data.removeExternalAccount.userErrors", empty());
        admin.ok("""
                query($id: ID!) { node(id: $id) { ... on Payout { destination { externalAccountId kind last4
                  externalAccount { id } } } } }""", Map.of("id", objects.get("Payout")))
                .body("data.node.destination.externalAccountId", equalTo(ready.debitCardId()))
                .body("data.node.destination.last4", equalTo("4242"))
                .body("data.node.destination.externalAccount", nullValue());
        admin.ok(NODE, Map.of("id", ready.debitCardId())).body("data.node", nullValue());
        admin.ok(NODE, Map.of("id", objects.get("Payout"))).body("data.node.id", notNullValue());
    }

    @Test
    void anActionIdNamesItsAccountAndAForgedOneFindsNothing() {
        String action = objects.get("RequiredAction");
        String requirement = admin.ok("query($a: ID!, $id: ID!) { requiredAction(accountId: $a, id: $id) { requirement } }",
                Map.of("a", hosted, "id", action)).extract().path("data.requiredAction.requirement");
        admin.ok("query($id: ID!) { node(id: $id) { ... on RequiredAction { id requirement } } }", Map.of("id", action))
                .body("data.node.id", equalTo(action)).body("data.node.requirement", equalTo(requirement));
        // The same item's hash under another account's id: the action is looked up on that account, and is not there.
        String forged = "act_" + ready.id().substring("acct_".length()) + action.substring(action.length() - 24);
        admin.ok(NODE, Map.of("id", forged)).body("data.node", nullValue());
        admin.ok(NODE, Map.of("id", "act_short")).body("data.node", nullValue());
    }
}
