package com.connectboard.person;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Persons feed the requirements evaluator: a representative and declared owners satisfy a company's items. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PersonRequirementsTest {

    private static final String DUE = """
            query($id: ID!) { connectedAccount(id: $id) { requirements { currentlyDue eventuallyDue } } }""";

    @Test
    void aRepresentativeAndAnOwnerSatisfyTheCompanysPersonItems() {
        String platformId = Accounts.completePlatform("US", "usd");
        String account = Accounts.create(platformId, "NONE", "Company", "c@x.example", Map.of());
        GraphQL developer = GraphQL.as(Tokens.of(platformId, "developer"));
        developer.ok(
                """
                        mutation($id: ID!) { updateCapabilities(input: {accountId: $id, changes: [{capability: TRANSFERS, requested: true}]}) {
                          userErrors { code } } }""",
                Map.of("id", account));
        developer.ok(DUE, Map.of("id", account))
                .body("data.connectedAccount.requirements.currentlyDue", hasItems("representative", "owners_provided"));

        developer.ok("""
                mutation($input: AddPersonInput!) { addPerson(input: $input) { person { id } userErrors { code message } } }""",
                Map.of("input", Map.of("accountId", account, "firstName", "Rita", "lastName", "Rep",
                        "relationship", Map.of("representative", true, "owner", true, "percentOwnership", 60))));

        developer.ok(DUE, Map.of("id", account))
                .body("data.connectedAccount.requirements.currentlyDue", not(hasItem("representative")))
                .body("data.connectedAccount.requirements.currentlyDue", not(hasItem("owners_provided")))
                .body("data.connectedAccount.requirements.eventuallyDue",
                        not(hasItems(List.of("representative").toArray(String[]::new))));
    }
}
