package com.connectboard.person;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.TestClock;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

/** Business owners and the representative (docs/persons.md). */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PersonTest {

    private static final String PERSON_FIELDS = """
            person { id firstName lastName email phone dob address { city country } verificationStatus idNumberProvided
              idNumberLast4 relationship { owner percentOwnership representative director executive title } }
            userErrors { code field message }""";
    private static final String ADD = "mutation($input: AddPersonInput!) { addPerson(input: $input) { " + PERSON_FIELDS
            + " } }";
    private static final String UPDATE = "mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { "
            + PERSON_FIELDS + " } }";
    private static final String REMOVE = "mutation($id: ID!) { removePerson(input: {personId: $id}) { " + PERSON_FIELDS
            + " } }";
    private static final String SET_REPRESENTATIVE = """
            mutation($account: ID!, $person: ID!) { setRepresentative(input: {accountId: $account, personId: $person}) {
              person { id relationship { representative } } userErrors { code field message } } }""";
    private static final String PERSONS = """
            query($id: ID!) { connectedAccount(id: $id) { persons { id firstName relationship { owner percentOwnership
              representative } } representative { id } } }""";
    private static final String NODE = "query($id: ID!) { node(id: $id) { id ... on Person { firstName } } }";

    private String platformId;
    private String account;
    private GraphQL developer;

    @BeforeEach
    void account() {
        platformId = Accounts.completePlatform("US", "usd");
        account = Accounts.create(platformId, "NONE", "Owned Co", "o@x.example", Map.of());
        developer = GraphQL.as(Tokens.of(platformId, "developer"));
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private Map<String, Object> person(String firstName, Object percent) {
        Map<String, Object> input = new HashMap<>();
        input.put("accountId", account);
        input.put("firstName", firstName);
        input.put("lastName", "Owner");
        input.put("email", firstName.toLowerCase() + "@x.example");
        input.put("phone", "+14155550123");
        input.put("dob", "1980-02-29");
        input.put("address", Map.of("city", "Springfield", "country", "US"));
        input.put("idNumber", "123-45-6789");
        Map<String, Object> relationship = new HashMap<>();
        relationship.put("owner", percent != null);
        relationship.put("percentOwnership", percent);
        relationship.put("title", "CEO");
        input.put("relationship", relationship);
        return input;
    }

    private String add(Map<String, Object> input) {
        return developer.ok(ADD, Map.of("input", input)).body("data.addPerson.userErrors", empty()).extract()
                .path("data.addPerson.person.id");
    }

    @Test
    void addEditAndRemoveAnOwner() {
        String id = developer.ok(ADD, Map.of("input", person("Ada", 60)))
                .body("data.addPerson.userErrors", empty())
                .body("data.addPerson.person.id", matchesPattern("^person_[0-9A-Za-z]{24}$"))
                .body("data.addPerson.person.dob", equalTo("1980-02-29"))
                .body("data.addPerson.person.idNumberProvided", equalTo(true))
                .body("data.addPerson.person.idNumberLast4", equalTo("6789"))
                .body("data.addPerson.person.relationship.owner", equalTo(true))
                .body("data.addPerson.person.relationship.percentOwnership", equalTo(60.0f))
                .body("data.addPerson.person.relationship.title", equalTo("CEO"))
                .body("data.addPerson.person.verificationStatus", equalTo("UNVERIFIED"))
                .extract().path("data.addPerson.person.id");

        developer.ok(UPDATE, Map.of("input", Map.of("personId", id, "firstName", "Augusta", "relationship",
                Map.of("percentOwnership", 75.5, "director", true))))
                .body("data.updatePerson.userErrors", empty())
                .body("data.updatePerson.person.firstName", equalTo("Augusta"))
                .body("data.updatePerson.person.lastName", equalTo("Owner"))
                .body("data.updatePerson.person.relationship.percentOwnership", equalTo(75.5f))
                .body("data.updatePerson.person.relationship.director", equalTo(true))
                .body("data.updatePerson.person.relationship.owner", equalTo(true));

        GraphQL.as(Tokens.of(platformId, "view_only")).ok(PERSONS, Map.of("id", account))
                .body("data.connectedAccount.persons.id", equalTo(List.of(id)))
                .body("data.connectedAccount.persons[0].firstName", equalTo("Augusta"));

        developer.ok(REMOVE, Map.of("id", id)).body("data.removePerson.userErrors", empty())
                .body("data.removePerson.person.id", equalTo(id));

        // Gone for good: not listed, not a node, cannot be changed or removed again.
        developer.ok(PERSONS, Map.of("id", account)).body("data.connectedAccount.persons", empty());
        developer.ok(NODE, Map.of("id", id)).body("data.node", nullValue());
        developer.ok(UPDATE, Map.of("input", Map.of("personId", id, "firstName", "Back")))
                .body("data.updatePerson.person", nullValue())
                .body("data.updatePerson.userErrors[0].code", equalTo("NOT_FOUND"));
        developer.ok(REMOVE, Map.of("id", id)).body("data.removePerson.userErrors[0].code", equalTo("NOT_FOUND"));
        developer.ok(SET_REPRESENTATIVE, Map.of("account", account, "person", id))
                .body("data.setRepresentative.userErrors[0].code", equalTo("NOT_FOUND"));
    }

    @Test
    void eventsRecordChangesWithoutDatesOfBirthOrIdNumbers() {
        String id = add(person("Ada", 10));
        developer.ok(UPDATE, Map.of("input", Map.of("personId", id, "dob", "1981-03-01", "idNumber", "987654321")));
        developer.ok(REMOVE, Map.of("id", id));
        GraphQL.as(Tokens.of(platformId, "analyst"))
                .ok("query($id: ID) { events(accountId: $id) { nodes { type data } } }", Map.of("id", account))
                .body("data.events.nodes.type", org.hamcrest.Matchers.hasItems("person.added", "person.updated",
                        "person.removed"))
                .body("data.events.nodes.data.toString()", not(containsString("1980")))
                .body("data.events.nodes.data.toString()", not(containsString("1981")))
                .body("data.events.nodes.data.toString()", not(containsString("6789")))
                .body("data.events.nodes.data.toString()", not(containsString("4321")))
                .body("data.events.nodes.find { it.type == 'person.updated' }.data", containsString("\"dob\""));
    }

    @Test
    void oneRepresentativeAtATimeAndItCannotBeRemoved() {
        String first = add(person("Ada", null));
        String second = add(person("Grace", null));
        developer.ok(SET_REPRESENTATIVE, Map.of("account", account, "person", first))
                .body("data.setRepresentative.userErrors", empty())
                .body("data.setRepresentative.person.relationship.representative", equalTo(true));
        developer.ok(PERSONS, Map.of("id", account)).body("data.connectedAccount.representative.id", equalTo(first));

        developer.ok(REMOVE, Map.of("id", first))
                .body("data.removePerson.person", nullValue())
                .body("data.removePerson.userErrors[0].code", equalTo("CANNOT_REMOVE_REPRESENTATIVE"));
        developer.ok(UPDATE, Map.of("input", Map.of("personId", first, "relationship", Map.of("representative", false))))
                .body("data.updatePerson.userErrors[0].code", equalTo("CANNOT_REMOVE_REPRESENTATIVE"));

        developer.ok(SET_REPRESENTATIVE, Map.of("account", account, "person", second))
                .body("data.setRepresentative.person.id", equalTo(second));
        developer.ok(PERSONS, Map.of("id", account))
                .body("data.connectedAccount.representative.id", equalTo(second))
                .body("data.connectedAccount.persons.findAll { it.relationship.representative }.id",
                        equalTo(List.of(second)));
        // The former representative is an ordinary person again and can go.
        developer.ok(REMOVE, Map.of("id", first)).body("data.removePerson.userErrors", empty());

        // Adding a person as representative also moves the role.
        Map<String, Object> third = person("Hedy", null);
        ((Map<String, Object>) third.get("relationship")).put("representative", true);
        String thirdId = add(third);
        developer.ok(PERSONS, Map.of("id", account))
                .body("data.connectedAccount.representative.id", equalTo(thirdId))
                .body("data.connectedAccount.persons.findAll { it.relationship.representative }", hasSize(1));
    }

    @Test
    void totalOwnershipOver100IsRefusedAndNothingChanges() {
        String ada = add(person("Ada", 60));
        developer.ok(ADD, Map.of("input", person("Grace", 40.01)))
                .body("data.addPerson.person", nullValue())
                .body("data.addPerson.userErrors[0].code", equalTo("INVALID_INPUT"))
                .body("data.addPerson.userErrors[0].field", equalTo("input.relationship.percentOwnership"))
                .body("data.addPerson.userErrors[0].message", containsString("100.01%"));
        String grace = add(person("Grace", 40));
        developer.ok(UPDATE, Map.of("input", Map.of("personId", ada, "relationship", Map.of("percentOwnership", 61))))
                .body("data.updatePerson.userErrors[0].field", equalTo("input.relationship.percentOwnership"))
                .body("data.updatePerson.userErrors[0].message", containsString("101%"));
        developer.ok(PERSONS, Map.of("id", account))
                .body("data.connectedAccount.persons.id", equalTo(List.of(ada, grace)))
                .body("data.connectedAccount.persons.relationship.percentOwnership", equalTo(List.of(60.0f, 40.0f)));
        // Lowering one's own share is always allowed: the person's old share is not counted twice.
        developer.ok(UPDATE, Map.of("input", Map.of("personId", ada, "relationship", Map.of("percentOwnership", 59))))
                .body("data.updatePerson.userErrors", empty());
    }

    @Test
    void badDatesOfBirthEmailsPhonesAndPercentagesAreRefused() {
        LocalDate today = LocalDate.now(TestClock.INSTANCE);
        Map<String, Object> input = person("Bad", 100.001);
        input.put("email", "not-an-email");
        input.put("phone", "0415 555 0123");
        input.put("dob", "1980-13-01");
        developer.ok(ADD, Map.of("input", input))
                .body("data.addPerson.person", nullValue())
                .body("data.addPerson.userErrors.field", containsInAnyOrder("input.email", "input.phone", "input.dob",
                        "input.relationship.percentOwnership"));
        for (Object percent : List.of(-1, 101, 12.345)) {
            developer.ok(ADD, Map.of("input", person("Bad", percent)))
                    .body("data.addPerson.userErrors.field", equalTo(List.of("input.relationship.percentOwnership")));
        }
        Map<String, Object> future = person("Future", null);
        future.put("dob", today.plusDays(1).toString());
        developer.ok(ADD, Map.of("input", future))
                .body("data.addPerson.userErrors[0].message", containsString("future"));
        Map<String, Object> young = person("Young", null);
        young.put("dob", today.minusYears(13).plusDays(1).toString());
        developer.ok(ADD, Map.of("input", young))
                .body("data.addPerson.userErrors[0].message", containsString("at least 13"));
        young.put("dob", today.minusYears(13).toString());
        add(young);
        developer.ok(PERSONS, Map.of("id", account)).body("data.connectedAccount.persons", hasSize(1));
    }

    @Test
    void theAgeRuleReadsTheInjectedClock() {
        LocalDate today = LocalDate.now(TestClock.INSTANCE);
        Map<String, Object> input = person("Teen", null);
        input.put("dob", today.minusYears(13).plusDays(10).toString());
        developer.ok(ADD, Map.of("input", input)).body("data.addPerson.userErrors[0].field", equalTo("input.dob"));
        TestClock.advance(java.time.Duration.ofDays(11));
        add(input);
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "support_specialist", "view_only"})
    void otherRolesCannotChangePersons(String role) {
        String id = add(person("Ada", 10));
        GraphQL other = GraphQL.as(Tokens.of(platformId, role));
        other.answer(ADD, Map.of("input", person("Eve", 10))).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        other.answer(UPDATE, Map.of("input", Map.of("personId", id, "firstName", "Eve")))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        other.answer(REMOVE, Map.of("id", id)).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        other.answer(SET_REPRESENTATIVE, Map.of("account", account, "person", id))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        other.ok(PERSONS, Map.of("id", account))
                .body("data.connectedAccount.persons.id", equalTo(List.of(id)))
                .body("data.connectedAccount.persons[0].firstName", equalTo("Ada"));
    }

    @Test
    void anotherPlatformCannotReadOrChangePersons() {
        String id = add(person("Ada", 10));
        String other = Accounts.completePlatform("US", "usd");
        GraphQL stranger = GraphQL.as(Tokens.of(other, "administrator"));
        stranger.ok(NODE, Map.of("id", id)).body("data.node", nullValue());
        stranger.ok(PERSONS, Map.of("id", account)).body("data.connectedAccount", nullValue());
        stranger.ok(UPDATE, Map.of("input", Map.of("personId", id, "firstName", "Eve")))
                .body("data.updatePerson.userErrors[0].code", equalTo("NOT_FOUND"));
        stranger.ok(REMOVE, Map.of("id", id)).body("data.removePerson.userErrors[0].code", equalTo("NOT_FOUND"));
        stranger.ok(ADD, Map.of("input", person("Eve", 10)))
                .body("data.addPerson.userErrors[0].code", equalTo("NOT_FOUND"));
        stranger.ok(SET_REPRESENTATIVE, Map.of("account", account, "person", id))
                .body("data.setRepresentative.userErrors[0].code", equalTo("NOT_FOUND"));
        developer.ok(NODE, Map.of("id", id)).body("data.node.firstName", equalTo("Ada"));
    }

    @Test
    void viewAsSeesOnlyTheViewedAccountsPersons() {
        String id = add(person("Ada", 10));
        String otherAccount = Accounts.create(platformId, "NONE", "Other Co", "p@x.example", Map.of());
        ValidatableResponse asOther = GraphQL.as(Tokens.of(platformId, "developer")).viewingAs(otherAccount)
                .ok(NODE, Map.of("id", id));
        asOther.body("data.node", nullValue());
        GraphQL.as(Tokens.of(platformId, "developer")).viewingAs(otherAccount)
                .answer(UPDATE, Map.of("input", Map.of("personId", id, "firstName", "Eve")))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.as(Tokens.of(platformId, "developer")).viewingAs(account).ok(NODE, Map.of("id", id))
                .body("data.node.id", equalTo(id));
    }
}
