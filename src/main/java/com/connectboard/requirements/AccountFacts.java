package com.connectboard.requirements;

import java.util.LinkedHashSet;
import java.util.Set;

import com.connectboard.account.AccountEntity;
import com.connectboard.account.details.Address;

/**
 * What a connected account's own columns provide, as the catalog's fact names. The catalog may only name facts of
 * source {@code account} that are listed here ({@link #KNOWN}), so a typo in the catalog fails start-up instead of
 * leaving an item due forever.
 */
public final class AccountFacts {

    /** Provided when the account has a business type; {@link EvaluationInput} adds it, from the type itself. */
    public static final String BUSINESS_TYPE = "business_type";

    public static final Set<String> KNOWN = Set.of(BUSINESS_TYPE, "tos_acceptance.date", "business_profile.url",
            "business_profile.product_description", "business_profile.mcc", "business_profile.support_phone",
            "external_account", "individual.first_name", "individual.last_name", "individual.dob", "individual.address",
            "individual.email", "individual.phone", "individual.id_number", "company.name", "company.tax_id",
            "company.address", "company.phone");

    private AccountFacts() {
    }

    public static Set<String> of(AccountEntity account, boolean hasExternalAccount) {
        Set<String> facts = new LinkedHashSet<>();
        add(facts, "tos_acceptance.date", account.tosAcceptedAt != null);
        add(facts, "business_profile.url", present(account.businessUrl));
        add(facts, "business_profile.product_description", present(account.businessProductDescription));
        add(facts, "business_profile.mcc", present(account.businessMcc));
        add(facts, "business_profile.support_phone", present(account.businessSupportPhone));
        add(facts, "external_account", hasExternalAccount);
        add(facts, "individual.first_name", present(account.individual.firstName()));
        add(facts, "individual.last_name", present(account.individual.lastName()));
        add(facts, "individual.dob", present(account.individual.dob()));
        add(facts, "individual.address", complete(account.individual.address()));
        add(facts, "individual.email", present(account.individual.email()));
        add(facts, "individual.phone", present(account.individual.phone()));
        add(facts, "individual.id_number", present(account.individual.idNumberLast4()));
        add(facts, "company.name", present(account.company.name()));
        add(facts, "company.tax_id", present(account.company.taxIdLast4()));
        add(facts, "company.address", complete(account.company.address()));
        add(facts, "company.phone", present(account.company.phone()));
        return facts;
    }

    /** An address counts once it can receive mail: first line, city, postal code and country. */
    public static boolean complete(Address address) {
        return address != null && present(address.line1()) && present(address.city()) && present(address.postalCode())
                && present(address.country());
    }

    private static void add(Set<String> facts, String name, boolean provided) {
        if (provided) {
            facts.add(name);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
