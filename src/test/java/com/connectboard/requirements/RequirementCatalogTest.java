package com.connectboard.requirements;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.connectboard.account.BusinessType;

/** The shipped catalog and the validation that guards it; plain JUnit, no Quarkus. */
class RequirementCatalogTest {

    private static final RequirementCatalog CATALOG = RequirementCatalog.load();

    @Test
    void aNameTheCatalogDoesNotKnowIsDescribedFromItsWords() {
        org.junit.jupiter.api.Assertions.assertEquals("Company ownership declaration",
                CATALOG.describe("company.ownership_declaration"));
        org.junit.jupiter.api.Assertions.assertEquals("Person abc verification document",
                RequirementCatalog.readable("person_ABC.verification.document"));
        // What the catalog knows, it says itself.
        org.junit.jupiter.api.Assertions.assertEquals(CATALOG.definition("individual.dob").orElseThrow().description(),
                CATALOG.describe("individual.dob"));
    }

    @Test
    void theMinimumCatalogIsThere() {
        var transfers = CATALOG.needs("IT", BusinessType.INDIVIDUAL, CapabilityName.TRANSFERS);
        assertThat(transfers.due(), containsInAnyOrder("business_type", "tos_acceptance.date", "business_profile.mcc",
                "business_profile.url", "external_account", "individual.first_name", "individual.last_name",
                "individual.dob", "individual.address"));
        assertThat(transfers.eventuallyDue(), contains("individual.verification.document"));

        var companyCards = CATALOG.needs("IT", BusinessType.COMPANY, CapabilityName.CARD_PAYMENTS);
        assertThat(companyCards.due(), hasItems("company.name", "company.tax_id", "company.address", "representative",
                "owners_provided", "company.phone", "external_account", "tos_acceptance.date"));
        assertThat(companyCards.eventuallyDue(), contains("company.verification.document"));

        var individualCards = CATALOG.needs("IT", BusinessType.INDIVIDUAL, CapabilityName.CARD_PAYMENTS);
        assertThat(individualCards.due(), hasItem("individual.id_number"));
        assertTrue(individualCards.due().containsAll(transfers.due()));
    }

    @Test
    void countriesExtendTheMinimum() {
        assertThat(CATALOG.needs("US", BusinessType.INDIVIDUAL, CapabilityName.CARD_PAYMENTS).due(),
                hasItem("individual.ssn_last_4"));
        assertThat(CATALOG.needs("US", BusinessType.INDIVIDUAL, CapabilityName.TRANSFERS).due(),
                not(hasItem("individual.ssn_last_4")));
        assertThat(CATALOG.needs("GB", BusinessType.COMPANY, CapabilityName.TRANSFERS).due(),
                hasItem("company.registration_number"));
        assertThat(CATALOG.needs("JP", BusinessType.INDIVIDUAL, CapabilityName.TRANSFERS).due(),
                hasItems("individual.first_name_kana", "individual.last_name_kana"));
        assertThat(CATALOG.needs("FR", BusinessType.INDIVIDUAL, CapabilityName.TRANSFERS).eventuallyDue(),
                hasItem("individual.verification.additional_document"));
    }

    @Test
    void capabilitiesBringWhatTheyNeed() {
        assertThat(CATALOG.closure(CapabilityName.CARD_PAYMENTS),
                contains(CapabilityName.CARD_PAYMENTS, CapabilityName.TRANSFERS));
        assertThat(CATALOG.closure(CapabilityName.US_BANK_ACCOUNT_ACH_PAYMENTS),
                hasItems(CapabilityName.CARD_PAYMENTS, CapabilityName.TRANSFERS));
        assertTrue(CATALOG.capability(CapabilityName.US_BANK_ACCOUNT_ACH_PAYMENTS).availableIn("US"));
        assertFalse(CATALOG.capability(CapabilityName.US_BANK_ACCOUNT_ACH_PAYMENTS).availableIn("FR"));
        assertTrue(CATALOG.capability(CapabilityName.SEPA_DEBIT_PAYMENTS).availableIn("DE"));
    }

    @Test
    void everyAccountItemsAreTheBaseline() {
        assertThat(CATALOG.baseline("US", BusinessType.COMPANY).due(),
                containsInAnyOrder("business_type", "tos_acceptance.date", "business_profile.mcc",
                        "business_profile.url"));
        // Without a business type only the rules for every type apply: no company or individual items yet.
        assertThat(CATALOG.needs("US", null, CapabilityName.TRANSFERS).due(),
                containsInAnyOrder("business_type", "tos_acceptance.date", "business_profile.mcc", "business_profile.url",
                        "external_account"));
    }

    @Test
    void unknownNamesAndDuplicatesStopStartUp() {
        String message = invalid(
                """
                        {"requirements": {"a.b": {"description": "x", "source": "submission", "input": "text"}},
                         "capabilities": %s,
                         "rules": [{"country": "US", "businessType": "INDIVIDUAL", "capability": "TRANSFERS", "due": ["a.c", "a.b", "a.b"]},
                                   {"country": "US", "businessType": "INDIVIDUAL", "capability": "TRANSFERS"},
                                   {"country": "XX", "businessType": "PERSON", "capability": "CRYPTO"}]}"""
                        .formatted(capabilities()));
        for (String expected : new String[]{"unknown requirement `a.c`", "lists `a.b` twice",
                "a second rule for the same country", "(XX × PERSON × CRYPTO): country must be", "unknown value `PERSON`",
                "unknown value `CRYPTO`"}) {
            assertThat(message, containsString(expected));
        }
    }

    @Test
    void duplicateKeysUnknownFieldsAndMissingCapabilitiesStopStartUp() {
        assertThat(invalid("""
                {"requirements": {"a": {"description": "x", "source": "submission", "input": "text"},
                                  "a": {"description": "y", "source": "submission", "input": "text"}},
                 "capabilities": {}, "rules": []}"""), containsString("Duplicate field 'a'"));
        String message = invalid("""
                {"requirements": {"company.website": {"description": "x", "source": "account", "input": "url", "colour": 1}},
                 "capabilities": {"TRANSFERS": {"requires": [], "availableIn": ["*"]}}, "rules": []}""");
        assertThat(message, containsString("unknown field `colour`"));
        assertThat(message, containsString("reads account field `company.website`"));
        assertThat(message, containsString("capability `CARD_PAYMENTS` is not described"));
    }

    @Test
    void aCapabilityCannotRequireItself() {
        String cyclic = capabilities().replace("\"TRANSFERS\": {\"requires\": []",
                "\"TRANSFERS\": {\"requires\": [\"CARD_PAYMENTS\"]");
        assertThat(invalid("""
                {"requirements": {"a": {"description": "x", "source": "submission", "input": "text"}},
                 "capabilities": %s, "rules": []}""".formatted(cyclic)), containsString("requires itself"));
    }

    private static String invalid(String json) {
        return assertThrows(RequirementCatalog.InvalidCatalog.class,
                () -> RequirementCatalog.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .getMessage();
    }

    private static String capabilities() {
        return """
                {"TRANSFERS": {"requires": [], "availableIn": ["*"]},
                 "CARD_PAYMENTS": {"requires": ["TRANSFERS"], "availableIn": ["*"]},
                 "US_BANK_ACCOUNT_ACH_PAYMENTS": {"requires": [], "availableIn": ["US"]},
                 "SEPA_DEBIT_PAYMENTS": {"requires": [], "availableIn": ["FR"]},
                 "LINK_PAYMENTS": {"requires": [], "availableIn": ["*"]}}""";
    }
}
