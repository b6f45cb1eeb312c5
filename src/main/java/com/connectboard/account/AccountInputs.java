package com.connectboard.account;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Inputs of the account mutations. In updates a field left out (or null) keeps its value and an empty string clears
 * it; metadata entries with a null value are deleted.
 */
public final class AccountInputs {

    private AccountInputs() {
    }

    @Input("CreateConnectedAccountInput")
    @Description("A new connected account. Refusals come back in userErrors: PLATFORM_PROFILE_INCOMPLETE, "
            + "HOSTED_ONBOARDING_REQUIRED, INVALID_INPUT (naming the field); nothing is stored then.")
    public record Create(
            @NonNull @Description("ISO 3166-1 alpha-2.") String country,
            @Description("ISO 4217; defaults to the country's currency.") String defaultCurrency,
            @Description("The account's email address.") String email,
            @Description("E.164, e.g. +14155550123.") String phone,
            @Description("Optional: left out, the hosted onboarding page asks for it (FULL, EXPRESS) or the platform sets "
                    + "it later with updateConnectedAccount (NONE); until then it is the requirement item business_type.") BusinessType businessType,
            @Description("How the business presents itself to its customers.") BusinessProfileInput businessProfile,
            @Description("For COMPANY accounts: the company's details.") CompanyInput company,
            @Description("For INDIVIDUAL accounts: the person's details.") IndividualInput individual,
            @Description("At most 50 keys; keys up to 40 characters, values up to 500.") List<MetadataEntryInput> metadata,
            @NonNull @Description("FULL or EXPRESS return an onboarding link; NONE is created at once (refused for FR platforms).") DashboardAccess dashboardAccess,
            @Description("Defaults to false for FULL and true for EXPRESS and NONE.") Boolean platformLiableForNegativeBalances,
            @Description("Defaults to PLATFORM for NONE and PROVIDER otherwise; PLATFORM needs NONE and a liable platform.") RequirementCollection requirementCollection) {
    }

    @Input("UpdateConnectedAccountInput")
    @Description("Changes to an account: a field left out or null keeps its value, an empty string clears it, nested "
            + "objects merge field by field. Refusals in userErrors: NOT_FOUND, ACCOUNT_REMOVED, INVALID_INPUT.")
    public record Update(
            @Id @NonNull @Description("acct_ id of the account to change.") String id,
            @Description("The account's email address.") String email,
            @Description("E.164, e.g. +14155550123.") String phone,
            @Description("Sets or changes the business type; left out (or null) keeps it. Which items the account must "
                    + "provide follows from it.") BusinessType businessType,
            @Description("Business profile fields to change.") BusinessProfileInput businessProfile,
            @Description("Company fields to change.") CompanyInput company,
            @Description("Individual fields to change.") IndividualInput individual,
            @Description("Entries to set; a null value deletes the key.") List<MetadataEntryInput> metadata) {
    }

    @Input("RemoveConnectedAccountInput")
    @Description("The account to disconnect. Refusals in userErrors: NOT_FOUND, ACCOUNT_REMOVED, "
            + "ONLY_FULL_DASHBOARD_REMOVABLE.")
    public record Remove(@Id @NonNull @Description("acct_ id of a FULL-dashboard account.") String id) {
    }

    @Input("BusinessProfileInput")
    @Description("How the business presents itself. Each field is checked; an error names it (INVALID_INPUT).")
    public record BusinessProfileInput(
            @Description("Name customers see, up to 200 characters.") String name,
            @Description("Public website, an absolute http or https URL.") String url,
            @Description("Merchant category code: 4 digits, e.g. 5734.") String mcc,
            @Description("What the business sells, up to 2,000 characters; needed when there is no url.") String productDescription,
            @Description("Email address customers can write to.") String supportEmail,
            @Description("Phone number for customers, E.164.") String supportPhone) {
    }

    @Input("CompanyInput")
    @Description("The company behind a COMPANY account.")
    public record CompanyInput(
            @Description("Legal name, up to 200 characters.") String name,
            @Description("E.164 phone number.") String phone,
            @Description("Forwarded to the provider; Connectboard keeps only the last four characters.") String taxId,
            @Description("Registered address.") AddressInput address) {
    }

    @Input("IndividualInput")
    @Description("The person behind an INDIVIDUAL account.")
    public record IndividualInput(
            @Description("Up to " + AccountChanges.MAX_PERSON_NAME + " characters.") String firstName,
            @Description("Up to " + AccountChanges.MAX_PERSON_NAME + " characters.") String lastName,
            @Description("The person's email address.") String email,
            @Description("E.164 phone number.") String phone,
            @Description("Date of birth, YYYY-MM-DD, between 1900-01-01 and today.") String dob,
            @Description("Home address.") AddressInput address,
            @Description("Forwarded to the provider; Connectboard keeps only the last four characters.") String idNumber) {
    }

    @Input("AddressInput")
    @Description("A postal address; in updates its fields merge one by one.")
    public record AddressInput(
            @Description("Street and number, up to " + Addresses.MAX_LINE + " characters.") String line1,
            @Description("Apartment, suite, building, up to " + Addresses.MAX_LINE + " characters.") String line2,
            @Description("Up to " + Addresses.MAX_CITY + " characters.") String city,
            @Description("Up to " + Addresses.MAX_POSTAL_CODE + " characters.") String postalCode,
            @Description("State, province or region, up to " + Addresses.MAX_STATE + " characters.") String state,
            @Description("ISO 3166-1 alpha-2, upper case, e.g. US.") String country) {
    }

    @Input("MetadataEntryInput")
    @Description("One metadata key to set or delete.")
    public record MetadataEntryInput(
            @NonNull @Description("1 to 40 characters; a key may appear once per input.") String key,
            @Description("Up to 500 characters; null deletes the key.") String value) {
    }

    @Input("AddExternalAccountInput")
    @Description("A bank account or debit card tokenized by the provider in the front end (the number never reaches "
            + "Connectboard). Refusals in userErrors: NOT_FOUND, ACCOUNT_REMOVED, INVALID_INPUT.")
    public record AddExternalAccount(@Id @NonNull @Description("acct_ id of the account it pays out to.") String accountId,
            @NonNull @Description("Bank account or debit card; the id prefix follows it.") ExternalAccountKind kind,
            @NonNull @Description("The provider's token for the bank account or card (from the provider's front-end library).") String providerToken,
            @NonNull @Description("Last four digits of the number.") String last4,
            @NonNull @Description("ISO 3166-1 alpha-2, upper case.") String country,
            @NonNull @Description("ISO 4217, lower case; payouts in this currency can go here.") String currency,
            @Description("Make it the default for its currency; the first one of a currency is the default anyway.") Boolean defaultForCurrency) {
    }

    @Input("RemoveExternalAccountInput")
    @Description("The external account to remove. The default of a currency can only go once it is the last of its "
            + "currency (INVALID_INPUT otherwise).")
    public record RemoveExternalAccount(@Id @NonNull @Description("ba_ or card_ id.") String id) {
    }

    @Input("UpdatePayoutScheduleInput")
    @Description("An account's new payout schedule. Refusals in userErrors: NOT_FOUND, ACCOUNT_REMOVED, INVALID_INPUT "
            + "(an anchor missing or not fitting the interval, a value out of range).")
    public record UpdatePayoutSchedule(@Id @NonNull @Description("acct_ id.") String accountId,
            @NonNull @Description("How often payouts happen.") PayoutInterval interval,
            @Description("0 to 365 days between a payment and its payout; null for the provider's minimum.") Integer delayDays,
            @Description("Required for WEEKLY, refused otherwise.") Weekday weeklyAnchor,
            @Description("1 to 31, required for MONTHLY, refused otherwise; 29 to 31 mean the last day of shorter months.") Integer monthlyAnchor) {
    }
}
