package com.connectboard.onboarding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.connectboard.account.AccountChanges;
import com.connectboard.account.AccountEntity;
import com.connectboard.account.AccountInputs.AddressInput;
import com.connectboard.account.AccountInputs.BusinessProfileInput;
import com.connectboard.account.AccountInputs.CompanyInput;
import com.connectboard.account.AccountInputs.IndividualInput;
import com.connectboard.account.BusinessType;
import com.connectboard.account.details.Address;
import com.connectboard.error.ErrorCode;
import com.connectboard.graphql.InputCheck;
import com.connectboard.graphql.UserError;

/**
 * The hosted onboarding form: which fields an account of a business type is asked for, their current values, and how
 * the submitted values become the same inputs {@code updateConnectedAccount} takes, so that {@link AccountChanges}
 * checks and applies them with the API's rules. Field names are the input paths without {@code input.}, so an error's
 * field names the form field it belongs to.
 */
final class OnboardingForm {

    static final String TOS = "tosAccepted";
    /** The business type's field, asked for only while the account has none. */
    static final String BUSINESS_TYPE = "businessType";
    private static final String INPUT = "input.";

    /** One input of the form. {@code current} reads what the platform (or an earlier submission) already stored. */
    record Spec(String name, String label, String type, String autocomplete, boolean required, String hint,
            Function<AccountEntity, String> current, List<HostedPage.Option> options) {

        Spec(String name, String label, String type, String autocomplete, boolean required, String hint,
                Function<AccountEntity, String> current) {
            this(name, label, type, autocomplete, required, hint, current, null);
        }
    }

    record Group(String legend, List<Spec> fields) {
    }

    private OnboardingForm() {
    }

    /**
     * The business type the form is for: the account's, or while it has none the one chosen on the page (the
     * {@value #BUSINESS_TYPE} field); null until one is chosen.
     */
    static BusinessType type(AccountEntity account, Map<String, String> form) {
        if (account.businessType != null) {
            return account.businessType;
        }
        String chosen = form.get(BUSINESS_TYPE);
        for (BusinessType type : BusinessType.values()) {
            if (type.name().equals(chosen)) {
                return type;
            }
        }
        return null;
    }

    /** Whether the page still has to ask for the business type before it can show the rest of the form. */
    static boolean choosingType(AccountEntity account, Map<String, String> form) {
        return type(account, form) == null;
    }

    static final List<HostedPage.Option> TYPES = List.of(new HostedPage.Option("INDIVIDUAL", "An individual"),
            new HostedPage.Option("COMPANY", "A company"), new HostedPage.Option("NON_PROFIT", "A non-profit organization"),
            new HostedPage.Option("GOVERNMENT_ENTITY", "A government entity"));

    /**
     * The form's groups for a business type. An account created without one is first asked for it (a group of its
     * own); the rest of the form follows once a type is chosen, because what is asked depends on it.
     */
    static List<Group> groups(AccountEntity account, BusinessType type) {
        List<Group> groups = new ArrayList<>();
        if (account.businessType == null) {
            groups.add(new Group("Your business", List.of(new Spec(BUSINESS_TYPE, "Business type", "select", "off", true,
                    "Which of these is your business? It decides what else is asked.", a -> null, TYPES))));
            if (type == null) {
                return groups;
            }
        }
        if (type == BusinessType.INDIVIDUAL) {
            groups.add(new Group("About you", List.of(
                    new Spec("individual.firstName", "First name", "text", "given-name", true, null,
                            a -> a.individual.firstName()),
                    new Spec("individual.lastName", "Last name", "text", "family-name", true, null,
                            a -> a.individual.lastName()),
                    new Spec("individual.dob", "Date of birth", "date", "bday", true, "As YYYY-MM-DD.",
                            a -> a.individual.dob()))));
            groups.add(new Group("Your address", address("individual.address", a -> a.individual.address())));
        } else {
            // The tax id is never stored, only its last four characters, so it cannot be shown again; asked for once.
            boolean taxIdMissing = account.company.taxIdLast4() == null;
            groups.add(new Group("Your organization", List.of(
                    new Spec("company.name", "Legal name", "text", "organization", true, null, a -> a.company.name()),
                    new Spec("company.taxId", "Tax id", "text", "off", taxIdMissing, taxIdMissing
                            ? "Sent to the payments provider; only its last four characters are kept."
                            : "Already given (ending " + account.company.taxIdLast4() + "); leave empty to keep it.",
                            a -> null))));
            groups.add(new Group("Registered address", address("company.address", a -> a.company.address())));
        }
        groups.add(new Group("How customers see your business", List.of(
                new Spec("businessProfile.name", "Business name", "text", "organization", true,
                        "Shown to your customers.", a -> a.businessName),
                new Spec("businessProfile.url", "Website", "url", "url", false,
                        "Give a website, a merchant category code or a product description.", a -> a.businessUrl),
                new Spec("businessProfile.mcc", "Merchant category code", "text", "off", false, "4 digits, like 5734.",
                        a -> a.businessMcc),
                new Spec("businessProfile.productDescription", "Product description", "text", "off", false,
                        "What you sell, in a sentence.", a -> a.businessProductDescription),
                new Spec("businessProfile.supportEmail", "Support email", "email", "email", true, null,
                        a -> a.businessSupportEmail),
                new Spec("businessProfile.supportPhone", "Support phone", "tel", "tel", false,
                        "International format, like +14155550123.", a -> a.businessSupportPhone))));
        return groups;
    }

    private static List<Spec> address(String prefix, Function<AccountEntity, Address> address) {
        Function<Function<Address, String>, Function<AccountEntity, String>> part = getter -> a -> {
            Address current = address.apply(a);
            return current == null ? null : getter.apply(current);
        };
        return List.of(
                new Spec(prefix + ".line1", "Address line 1", "text", "address-line1", true, null, part.apply(Address::line1)),
                new Spec(prefix + ".line2", "Address line 2", "text", "address-line2", false, null, part.apply(Address::line2)),
                new Spec(prefix + ".city", "City", "text", "address-level2", true, null, part.apply(Address::city)),
                new Spec(prefix + ".postalCode", "Postal code", "text", "postal-code", true, null,
                        part.apply(Address::postalCode)),
                new Spec(prefix + ".state", "State, province or region", "text", "address-level1", false, null,
                        part.apply(Address::state)),
                // Defaults to the account's country, which the platform set.
                new Spec(prefix + ".country", "Country", "text", "country", true, "Two letters, like US or FR.",
                        a -> {
                            Address current = address.apply(a);
                            return current != null && current.country() != null ? current.country() : a.country;
                        }));
    }

    /** The values the form opens with: what is stored, and the business type chosen on the page, if any. */
    static Map<String, String> prefill(AccountEntity account, String chosenType) {
        Map<String, String> values = new LinkedHashMap<>();
        if (chosenType != null) {
            values.put(BUSINESS_TYPE, chosenType);
        }
        for (Group group : groups(account, type(account, values))) {
            for (Spec spec : group.fields()) {
                String value = spec.current().apply(account);
                values.putIfAbsent(spec.name(), value == null ? "" : value);
            }
        }
        return values;
    }

    /**
     * The submission's errors, all at once: required fields and the terms here, formats by {@link AccountChanges}
     * (the API's own rules).
     */
    static List<UserError> check(AccountEntity account, Map<String, String> form, AccountChanges changes) {
        InputCheck check = new InputCheck();
        BusinessType type = type(account, form);
        if (type == null) {
            check.fail(ErrorCode.INVALID_INPUT, INPUT + BUSINESS_TYPE, "Choose your business type.");
            return check.errors();
        }
        for (Group group : groups(account, type)) {
            for (Spec spec : group.fields()) {
                if (spec.required() && blank(form.get(spec.name()))) {
                    check.fail(ErrorCode.INVALID_INPUT, INPUT + spec.name(), "Enter your " + spec.label().toLowerCase()
                            + ".");
                }
            }
        }
        if (blank(form.get("businessProfile.url")) && blank(form.get("businessProfile.mcc"))
                && blank(form.get("businessProfile.productDescription"))) {
            check.fail(ErrorCode.INVALID_INPUT, INPUT + "businessProfile.url",
                    "Give a website, a merchant category code or a product description.");
        }
        changes.checkDetails(check, profile(form), company(account, form), individual(account, form));
        if (!"on".equals(form.get(TOS)) && !"true".equals(form.get(TOS))) {
            check.fail(ErrorCode.INVALID_INPUT, INPUT + TOS, "Accept the terms of service to continue.");
        }
        return check.errors();
    }

    static BusinessProfileInput profile(Map<String, String> form) {
        return new BusinessProfileInput(form.get("businessProfile.name"), form.get("businessProfile.url"),
                form.get("businessProfile.mcc"), form.get("businessProfile.productDescription"),
                form.get("businessProfile.supportEmail"), form.get("businessProfile.supportPhone"));
    }

    static CompanyInput company(AccountEntity account, Map<String, String> form) {
        if (type(account, form) == BusinessType.INDIVIDUAL) {
            return null;
        }
        // An empty tax id keeps the stored one (the form cannot show it), where the API's convention would clear it.
        String taxId = blank(form.get("company.taxId")) ? null : form.get("company.taxId");
        return new CompanyInput(form.get("company.name"), null, taxId, addressInput("company.address", form));
    }

    static IndividualInput individual(AccountEntity account, Map<String, String> form) {
        if (type(account, form) != BusinessType.INDIVIDUAL) {
            return null;
        }
        return new IndividualInput(form.get("individual.firstName"), form.get("individual.lastName"), null, null,
                form.get("individual.dob"), addressInput("individual.address", form), null);
    }

    private static AddressInput addressInput(String prefix, Map<String, String> form) {
        return new AddressInput(form.get(prefix + ".line1"), form.get(prefix + ".line2"), form.get(prefix + ".city"),
                form.get(prefix + ".postalCode"), form.get(prefix + ".state"), form.get(prefix + ".country"));
    }

    /** The form field an error belongs to ({@code input.company.name} -> {@code company.name}). */
    static String fieldOf(UserError error) {
        return error.field() != null && error.field().startsWith(INPUT) ? error.field().substring(INPUT.length()) : null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
