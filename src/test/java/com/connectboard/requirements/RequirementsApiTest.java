package com.connectboard.requirements;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Provider;
import com.connectboard.testing.TestClock;
import com.connectboard.testing.TestIds;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

/** Requirements (docs/requirements.md) over HTTP, with real tokens, the embedded PostgreSQL and the test clock. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class RequirementsApiTest {

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    static final String ACCOUNT = """
            query($id: ID!) { connectedAccount(id: $id) { status chargesEnabled payoutsEnabled verificationsOnHold
              capabilities { name status requested requestedAt }
              requirements { currentlyDue eventuallyDue pastDue pendingVerification currentDeadline disabledReason
                errors { requirement code reason } }
              futureRequirements { currentlyDue currentDeadline }
              actionsRequired { id kind requirement description dueDate affectedCapabilities onHold remediationPaths
                errors { requirement code reason } supportTicketDraft { subject body } } } }""";
    static final String CAPABILITIES = """
            mutation($input: UpdateCapabilitiesInput!) { updateCapabilities(input: $input) {
              capabilities { name status requested } userErrors { code field message } } }""";
    static final String SUBMIT = """
            mutation($input: SubmitRequirementInformationInput!) { submitRequirementInformation(input: $input) {
              connectedAccount { id } userErrors { code field message } } }""";
    static final String REMEDIATION_LINK = """
            mutation($id: ID!) { createRemediationLink(input: {accountId: $id}) { link { id url type expiresAt }
              userErrors { code field message } } }""";
    static final String CONTACT = """
            mutation($input: ContactSupportInput!) { contactSupport(input: $input) {
              supportTicket { id actionId requirement subject } userErrors { code field message } } }""";

    @Inject
    DeadlineJob deadlines;

    private String platformId;

    @BeforeEach
    void platform() {
        platformId = Accounts.completePlatform("US", "usd");
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private GraphQL as(String role) {
        return GraphQL.as(Tokens.of(platformId, role));
    }

    /** A US individual the platform onboards itself (dashboard NONE: requirementCollection PLATFORM). */
    private String individual() {
        Map<String, Object> input = Accounts.input("NONE");
        input.put("businessType", "INDIVIDUAL");
        return Accounts.create(platformId, input);
    }

    private ValidatableResponse account(String id) {
        return as("view_only").ok(ACCOUNT, Map.of("id", id));
    }

    private ValidatableResponse request(String accountId, String... capabilities) {
        List<Map<String, Object>> changes = java.util.Arrays.stream(capabilities)
                .map(name -> Map.<String, Object>of("capability", name, "requested", true)).toList();
        return as("developer").ok(CAPABILITIES, Map.of("input", Map.of("accountId", accountId, "changes", changes)));
    }

    private ValidatableResponse submit(String role, String accountId, String requirement, String value) {
        return as(role).ok(SUBMIT, Map.of("input", Map.of("accountId", accountId, "requirement", requirement, "value",
                value)));
    }

    private void submitOk(String accountId, String requirement, String value) {
        submit("support_specialist", accountId, requirement, value)
                .body("data.submitRequirementInformation.userErrors", empty());
    }

    /** Everything a US individual needs for TRANSFERS except the date of birth. */
    private void almostEverything(String accountId) {
        submitOk(accountId, "tos_acceptance.date", "2026-01-02");
        submitOk(accountId, "business_profile.mcc", "5734");
        submitOk(accountId, "business_profile.url", "https://shop.example");
        submitOk(accountId, "individual.first_name", "Ada");
        submitOk(accountId, "individual.last_name", "Lovelace");
        submitOk(accountId, "individual.address",
                "{\"line1\": \"1 Main St\", \"city\": \"Springfield\", \"postalCode\": \"12345\", \"country\": \"US\"}");
        as("developer").ok("""
                mutation($input: AddExternalAccountInput!) { addExternalAccount(input: $input) { userErrors { code } } }""",
                Map.of("input", Map.of("accountId", accountId, "kind", "BANK_ACCOUNT", "providerToken", "btok_1",
                        "last4", "6789", "country", "US", "currency", "usd")))
                .body("data.addExternalAccount.userErrors", empty());
    }

    private static ValidatableResponse provider(String type, Map<String, ?> data) {
        // Signed at the application's clock, which tests move: the webhook checks the signature's age against it.
        return Provider.sendSigned(Provider.event(TestIds.providerEvent(), type, data),
                TestClock.INSTANCE.instant().getEpochSecond(), Provider.SECRET);
    }

    private static long inDays(long days) {
        return TestClock.INSTANCE.instant().plus(Duration.ofDays(days)).getEpochSecond();
    }

    @Test
    void aPassingDeadlineRestrictsAndSubmittingOnBehalfReenables() {
        String id = individual();
        request(id, "TRANSFERS").body("data.updateCapabilities.capabilities.find { it.name == 'TRANSFERS' }.status",
                equalTo("PENDING"));
        almostEverything(id);
        account(id).body("data.connectedAccount.status", equalTo("RESTRICTED_SOON"))
                .body("data.connectedAccount.requirements.currentlyDue", equalTo(List.of("individual.dob")))
                .body("data.connectedAccount.actionsRequired[0].kind", equalTo("CURRENTLY_DUE"));

        TestClock.advance(Duration.ofDays(14).plusMinutes(1));
        deadlines.runOnce();

        account(id).body("data.connectedAccount.status", equalTo("RESTRICTED"))
                .body("data.connectedAccount.requirements.pastDue", equalTo(List.of("individual.dob")))
                .body("data.connectedAccount.requirements.disabledReason", equalTo("requirements.past_due"))
                .body("data.connectedAccount.capabilities.find { it.name == 'TRANSFERS' }.status", equalTo("INACTIVE"))
                .body("data.connectedAccount.payoutsEnabled", equalTo(false))
                .body("data.connectedAccount.actionsRequired[0].kind", equalTo("PAST_DUE"))
                .body("data.connectedAccount.actionsRequired[0].remediationPaths",
                        equalTo(List.of("SUBMIT_INFORMATION", "SEND_REMEDIATION_LINK", "CONTACT_SUPPORT")));
        assertEquals(1, listed(true, id) + listed(false, id) * 0);

        submit("developer", id, "individual.dob", TestClock.INSTANCE.instant().atZone(java.time.ZoneOffset.UTC)
                .toLocalDate().minusYears(10).toString())
                .body("data.submitRequirementInformation.userErrors[0].message", containsString("at least 13"));
        submit("developer", id, "individual.dob", "1990-13-01")
                .body("data.submitRequirementInformation.userErrors[0].field", equalTo("input.value"));
        submitOk(id, "individual.dob", "1990-12-10");

        account(id).body("data.connectedAccount.status", equalTo("ENABLED"))
                .body("data.connectedAccount.payoutsEnabled", equalTo(true))
                .body("data.connectedAccount.capabilities.find { it.name == 'TRANSFERS' }.status", equalTo("ACTIVE"))
                .body("data.connectedAccount.actionsRequired.kind", equalTo(List.of("EVENTUALLY_DUE")));
        submitOk(id, "individual.verification.document", "file_abcdef123456");
        account(id).body("data.connectedAccount.actionsRequired", empty())
                .body("data.connectedAccount.requirements.pendingVerification",
                        hasItem("individual.verification.document"));
        assertEquals(1, listed(false, id));
        assertEquals(0, listed(true, id));
        as("analyst").ok("query($id: ID) { events(accountId: $id, type: \"requirement.submitted\") { nodes { data } } }",
                Map.of("id", id)).body("data.events.nodes.data", hasItem(containsString("individual.dob")))
                .body("data.events.nodes.data", not(hasItem(containsString("1990-12-10"))));
    }

    /** How many times the account is in the list filtered by hasActionsRequired. */
    private int listed(boolean hasActions, String id) {
        List<String> ids = as("analyst").ok("""
                query($f: Boolean) { connectedAccounts(first: 100, filter: {hasActionsRequired: $f}) { nodes { id } } }""",
                Map.of("f", hasActions)).extract().path("data.connectedAccounts.nodes.id");
        return (int) ids.stream().filter(id::equals).count();
    }

    @Test
    void actionsAreOrderedOnePerItemAndEmptyWhenNothingIsOutstanding() {
        String id = individual();
        almostEverything(id);
        submitOk(id, "individual.dob", "1990-12-10");
        submitOk(id, "individual.id_number", "123-45-6789");
        submitOk(id, "individual.verification.document", "file_abcdef123456");
        account(id).body("data.connectedAccount.actionsRequired", empty());

        request(id, "TRANSFERS");
        // TRANSFERS is complete; a capability requested later brings its own items and deadline.
        submit("developer", id, "individual.dob", "").body("data.submitRequirementInformation.userErrors[0].code",
                equalTo("INVALID_INPUT"));
        TestClock.advance(Duration.ofDays(10));
        request(id, "CARD_PAYMENTS");
        provider("requirement.verification_failed", Map.of("account_id", id, "requirement", "individual.dob", "code",
                "dob_mismatch", "reason", "Does not match the id document")).statusCode(200);
        TestClock.advance(Duration.ofDays(15));
        deadlines.runOnce();
        provider("requirement.information_requested", Map.of("account_id", id, "request_id", "req_1", "description",
                "Describe the refunds", "due_by", inDays(3))).statusCode(200);
        provider("requirement.future_added", Map.of("account_id", id, "requirement", "individual.phone", "due_by",
                inDays(30))).statusCode(200);
        provider("requirement.future_added", Map.of("account_id", id, "requirement", "individual.ssn_last_4", "due_by",
                inDays(30))).statusCode(200);

        ValidatableResponse response = account(id);
        List<String> kinds = response.extract().path("data.connectedAccount.actionsRequired.kind");
        List<String> items = response.extract().path("data.connectedAccount.actionsRequired.requirement");
        // ssn_last_4 is past due (CARD_PAYMENTS' deadline) and future: once, as PAST_DUE. The dob failed just after
        // CARD_PAYMENTS was requested: past its fresh deadline too, which is a moment later.
        assertEquals(List.of("INFORMATION_REQUEST", "PAST_DUE", "PAST_DUE", "FUTURE"), kinds);
        assertEquals(List.of("information_request.req_1", "individual.ssn_last_4", "individual.dob",
                "individual.phone"), items);
        response.body("data.connectedAccount.actionsRequired[2].errors[0].code", equalTo("dob_mismatch"))
                .body("data.connectedAccount.requirements.errors[0].reason", equalTo("Does not match the id document"))
                .body("data.connectedAccount.futureRequirements.currentlyDue", equalTo(List.of("individual.phone")))
                .body("data.connectedAccount.actionsRequired[0].remediationPaths", equalTo(List.of("CONTACT_SUPPORT")));

        // Submitting again clears the error; the information request stays until the provider resolves it.
        submitOk(id, "individual.dob", "1990-12-10");
        submitOk(id, "individual.ssn_last_4", "6789");
        submitOk(id, "individual.phone", "+14155550123");
        account(id).body("data.connectedAccount.requirements.errors", empty())
                .body("data.connectedAccount.actionsRequired.kind", equalTo(List.of("INFORMATION_REQUEST")))
                .body("data.connectedAccount.chargesEnabled", equalTo(false));
        provider("requirement.information_resolved", Map.of("account_id", id, "request_id", "req_1")).statusCode(200);
        account(id).body("data.connectedAccount.actionsRequired", empty())
                .body("data.connectedAccount.status", equalTo("ENABLED"))
                .body("data.connectedAccount.chargesEnabled", equalTo(true));
    }

    @Test
    void aVerificationFailureBringsTheItemBackWithItsError() {
        String id = individual();
        almostEverything(id);
        submitOk(id, "individual.dob", "1990-12-10");
        request(id, "TRANSFERS");
        account(id).body("data.connectedAccount.payoutsEnabled", equalTo(true));
        String event = Provider.event(TestIds.providerEvent(), "requirement.verification_failed", Map.of("account_id",
                id, "requirement", "individual.address", "code", "address_unverified", "reason", "Not found"));
        Provider.send(event).statusCode(200);
        Provider.send(event).statusCode(200).body("status", equalTo("already_applied"));
        account(id).body("data.connectedAccount.requirements.currentlyDue", equalTo(List.of("individual.address")))
                .body("data.connectedAccount.requirements.errors[0].code", equalTo("address_unverified"))
                .body("data.connectedAccount.actionsRequired[0].kind", equalTo("CURRENTLY_DUE"))
                .body("data.connectedAccount.actionsRequired[0].errors[0].reason", equalTo("Not found"))
                .body("data.connectedAccount.status", equalTo("RESTRICTED_SOON"))
                .body("data.connectedAccount.capabilities.find { it.name == 'TRANSFERS' }.status", equalTo("PENDING"));
        Provider.send(Provider.event(TestIds.providerEvent(), "requirement.verification_failed", Map.of("account_id",
                "acct_unknown", "requirement", "individual.address", "code", "x", "reason", "y"))).statusCode(422);
    }

    /** The provider owns requirement names: one the catalog does not know is shown like any other item. */
    @Test
    void aRequirementNameTheCatalogDoesNotKnowIsAcceptedAndShown() {
        String id = individual();
        request(id, "TRANSFERS");
        provider("requirement.future_added", Map.of("account_id", id, "requirement", "company.ownership_declaration",
                "due_by", inDays(30))).statusCode(200);
        String action = "data.connectedAccount.actionsRequired.find { it.requirement == 'company.ownership_declaration' }";
        account(id).body("data.connectedAccount.futureRequirements.currentlyDue",
                equalTo(List.of("company.ownership_declaration")))
                .body(action + ".kind", equalTo("FUTURE"))
                .body(action + ".description", equalTo("Company ownership declaration"))
                // Platform-collected, but nothing here can check a value for an unknown item: no SUBMIT_INFORMATION.
                .body(action + ".remediationPaths", equalTo(List.of("SEND_REMEDIATION_LINK", "CONTACT_SUPPORT")))
                .body(action + ".affectedCapabilities", equalTo(List.of("TRANSFERS")))
                .body(action + ".supportTicketDraft.body", containsString("Company ownership declaration"));
        submit("developer", id, "company.ownership_declaration", "yes")
                .body("data.submitRequirementInformation.userErrors[0].field", equalTo("input.requirement"));
        String actionId = account(id).extract().path(action + ".id");
        as("support_specialist").ok(CONTACT, Map.of("input", Map.of("accountId", id, "actionId", actionId, "subject",
                "Ownership", "body", "What is needed?")))
                .body("data.contactSupport.userErrors", empty())
                .body("data.contactSupport.supportTicket.requirement", equalTo("company.ownership_declaration"));
        String url = as("developer").ok(REMEDIATION_LINK, Map.of("id", id))
                .extract().path("data.createRemediationLink.link.url");
        RestAssured.given().get(url.substring(url.indexOf("/hosted/links/"))).then().statusCode(200)
                .body(containsString("Company ownership declaration"));

        // A refusal of an unknown item makes it due with its error; the provider's confirmation clears both.
        provider("requirement.verification_failed",
                Map.of("account_id", id, "requirement", "company.beneficial_owner_attestation",
                        "code", "attestation_missing", "reason", "Not signed"))
                .statusCode(200);
        String failed = "data.connectedAccount.actionsRequired.find { it.requirement == 'company.beneficial_owner_attestation' }";
        account(id).body("data.connectedAccount.requirements.currentlyDue", hasItem("company.beneficial_owner_attestation"))
                .body("data.connectedAccount.requirements.errors.code", hasItem("attestation_missing"))
                .body(failed + ".kind", equalTo("CURRENTLY_DUE"))
                .body(failed + ".description", equalTo("Company beneficial owner attestation"))
                .body(failed + ".errors[0].reason", equalTo("Not signed"));
        provider("requirement.verification_succeeded", Map.of("account_id", id, "requirement",
                "company.beneficial_owner_attestation")).statusCode(200);
        provider("requirement.verification_succeeded", Map.of("account_id", id, "requirement",
                "company.ownership_declaration")).statusCode(200);
        account(id).body("data.connectedAccount.requirements.eventuallyDue",
                not(hasItem("company.beneficial_owner_attestation")))
                .body("data.connectedAccount.requirements.errors", empty())
                .body("data.connectedAccount.futureRequirements.currentlyDue", empty());
    }

    @Test
    void aRequirementNameThatIsNoFieldPathIsRefusedNamingTheField() {
        String id = individual();
        for (String bad : List.of("", "company..name", "company name", "x".repeat(201), "information_request.r1")) {
            provider("requirement.future_added", Map.of("account_id", id, "requirement", bad, "due_by", inDays(30)))
                    .statusCode(400).body(containsString("data.requirement"));
        }
        account(id).body("data.connectedAccount.futureRequirements.currentlyDue", empty());
    }

    @Test
    void capabilitiesBringWhatTheyNeedAndCannotLoseIt() {
        String id = individual();
        request(id, "CARD_PAYMENTS")
                .body("data.updateCapabilities.capabilities.findAll { it.requested }.name",
                        equalTo(List.of("CARD_PAYMENTS", "TRANSFERS")));
        as("developer").ok(CAPABILITIES, Map.of("input", Map.of("accountId", id, "changes",
                List.of(Map.of("capability", "TRANSFERS", "requested", false)))))
                .body("data.updateCapabilities.userErrors[0].message", containsString("CARD_PAYMENTS needs TRANSFERS"));
        request(id, "SEPA_DEBIT_PAYMENTS").body("data.updateCapabilities.userErrors[0].message",
                containsString("not offered to accounts in US"));
        as("analyst").ok("query($id: ID) { events(accountId: $id, type: \"capability.updated\") { nodes { data } } }",
                Map.of("id", id)).body("data.events.nodes.size()", equalTo(2));
    }

    @Test
    void onlyPlatformCollectedAccountsTakeSubmissions() {
        Map<String, Object> input = Accounts.input("EXPRESS");
        String id = Accounts.create(platformId, input);
        submit("developer", id, "business_profile.mcc", "5734")
                .body("data.submitRequirementInformation.userErrors[0].code", equalTo("NOT_PLATFORM_COLLECTED"));
    }

    @Test
    void theRemediationLinkWorksRepeatedlyFor90DaysAndThenNot() {
        Map<String, Object> input = Accounts.input("EXPRESS");
        input.put("businessType", "INDIVIDUAL");
        String id = Accounts.create(platformId, input);
        request(id, "TRANSFERS");
        String url = as("support_specialist").ok(REMEDIATION_LINK, Map.of("id", id))
                .body("data.createRemediationLink.link.type", equalTo("REMEDIATION"))
                .extract().path("data.createRemediationLink.link.url");
        String path = url.substring(url.indexOf("/hosted/links/"));

        RestAssured.given().get(path).then().statusCode(200).body(containsString("merchant category code"))
                .body(containsString("date of birth"))
                .body(containsString("Fill in what you can"))
                // "what you can": the terms are asked among the other items, none of which the browser insists on
                .body(containsString("name=\"tosAccepted\""))
                .body(not(containsString(" required")))
                .body(containsString("I accept the provider's terms of service</label>"));
        form(path, Map.of("business_profile.mcc", "12")).statusCode(400).body(containsString("4 digits"));
        form(path, Map.of("business_profile.mcc", "5734")).statusCode(200);
        TestClock.advance(Duration.ofDays(89));
        form(path, Map.of("individual.dob", "1990-12-10")).statusCode(200);
        account(id).body("data.connectedAccount.requirements.eventuallyDue", not(hasItem("business_profile.mcc")))
                .body("data.connectedAccount.requirements.eventuallyDue", not(hasItem("individual.dob")));
        RestAssured.given().get(path).then().statusCode(200).body(not(containsString("merchant category code")));

        TestClock.advance(Duration.ofDays(1).plusMinutes(1));
        RestAssured.given().get(path).then().statusCode(410).body(containsString("LINK_EXPIRED"));
        form(path, Map.of("individual.first_name", "Ada")).statusCode(410);
    }

    private static ValidatableResponse form(String path, Map<String, String> values) {
        return RestAssured.given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(new HashMap<>(values)).post(path).then();
    }

    @Test
    void verificationsGoOnHoldAfter540DaysWithoutActivityAndActivityEndsIt() {
        String id = individual();
        request(id, "TRANSFERS");
        provider("account.activity", Map.of("account_id", id, "occurred_at",
                TestClock.INSTANCE.instant().getEpochSecond())).statusCode(200);
        TestClock.advance(Duration.ofDays(540).minusMinutes(1));
        account(id).body("data.connectedAccount.verificationsOnHold", equalTo(false))
                .body("data.connectedAccount.actionsRequired.find { it.requirement == 'individual.verification.document' }.onHold",
                        equalTo(false));
        TestClock.advance(Duration.ofMinutes(2));
        account(id).body("data.connectedAccount.verificationsOnHold", equalTo(true))
                .body("data.connectedAccount.actionsRequired.find { it.requirement == 'individual.verification.document' }.onHold",
                        equalTo(true))
                .body("data.connectedAccount.actionsRequired.find { it.requirement == 'individual.dob' }.onHold",
                        equalTo(false));
        provider("account.activity", Map.of("account_id", id, "occurred_at",
                TestClock.INSTANCE.instant().getEpochSecond())).statusCode(200);
        account(id).body("data.connectedAccount.verificationsOnHold", equalTo(false));
    }

    @Test
    void contactSupportFilesATicketAboutAnAction() {
        String id = individual();
        request(id, "TRANSFERS");
        String actionId = account(id).extract().path("data.connectedAccount.actionsRequired[0].id");
        as("support_specialist").ok("query($a: ID!, $id: ID!) { requiredAction(accountId: $a, id: $id) { id kind } }",
                Map.of("a", id, "id", actionId)).body("data.requiredAction.id", equalTo(actionId));
        as("support_specialist").ok(CONTACT, Map.of("input", Map.of("accountId", id, "actionId", actionId, "subject",
                "Help", "body", "Please call the holder")))
                .body("data.contactSupport.userErrors", empty())
                .body("data.contactSupport.supportTicket.actionId", equalTo(actionId));
        as("developer").ok(CONTACT, Map.of("input", Map.of("accountId", id, "actionId", "act_nope", "subject", "x",
                "body", "y"))).body("data.contactSupport.userErrors[0].code", equalTo("NOT_FOUND"));
        as("analyst").ok("query($id: ID) { events(accountId: $id, type: \"support_ticket.created\") { nodes { id } } }",
                Map.of("id", id)).body("data.events.nodes.size()", equalTo(1));
        // The ticket goes to the provider through the outbox, and a refused one does not.
        org.junit.jupiter.api.Assertions.assertEquals(1, new com.connectboard.testing.Database(dataSource).count(
                "SELECT count(*) FROM provider_outbox WHERE kind = 'support_ticket.created' AND payload ->> 'accountId' = ?",
                id));
        String other = Accounts.completePlatform("US", "usd");
        GraphQL.as(Tokens.of(other, "administrator"))
                .ok("query($a: ID!, $id: ID!) { requiredAction(accountId: $a, id: $id) { id } }",
                        Map.of("a", id, "id", actionId))
                .body("data.requiredAction", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyst", "view_only"})
    void rolesOutsideTheTableAreForbidden(String role) {
        String id = individual();
        GraphQL caller = as(role);
        caller.answer(SUBMIT, Map.of("input", Map.of("accountId", id, "requirement", "business_profile.mcc", "value", "5734")))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        caller.answer(REMEDIATION_LINK, Map.of("id", id)).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        caller.answer(CONTACT, Map.of("input", Map.of("accountId", id, "actionId", "act_x", "subject", "s", "body", "b")))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        caller.answer(CAPABILITIES, Map.of("input", Map.of("accountId", id, "changes",
                List.of(Map.of("capability", "TRANSFERS", "requested", true)))))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void supportSpecialistsCannotChangeCapabilities() {
        String id = individual();
        as("support_specialist").answer(CAPABILITIES, Map.of("input", Map.of("accountId", id, "changes",
                List.of(Map.of("capability", "TRANSFERS", "requested", true)))))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        account(id).body("data.connectedAccount.capabilities.find { it.name == 'TRANSFERS' }.requested", equalTo(false));
    }
}
