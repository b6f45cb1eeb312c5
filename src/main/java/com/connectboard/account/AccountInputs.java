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
    public record Create(
            @NonNull @Description("ISO 3166-1 alpha-2.") String country,
            @Description("ISO 4217; defaults to the country's currency.") String defaultCurrency,
            String email,
            @Description("E.164, e.g. +14155550123.") String phone,
            @Description("Optional: left out, the hosted onboarding page asks for it (FULL, EXPRESS) or the platform sets "
                    + "it later with updateConnectedAccount (NONE); until then it is the requirement item business_type.") BusinessType businessType,
            BusinessProfileInput businessProfile,
            CompanyInput company,
            IndividualInput individual,
            @Description("At most 50 keys; keys up to 40 characters, values up to 500.") List<MetadataEntryInput> metadata,
            @NonNull DashboardAccess dashboardAccess,
            @Description("Defaults to false for FULL and true for EXPRESS and NONE.") Boolean platformLiableForNegativeBalances,
            @Description("Defaults to PLATFORM for NONE and PROVIDER otherwise; PLATFORM needs NONE and a liable platform.") RequirementCollection requirementCollection) {
    }

    @Input("UpdateConnectedAccountInput")
    public record Update(
            @Id @NonNull String id,
            String email,
            String phone,
            @Description("Sets or changes the business type; left out (or null) keeps it. Which items the account must "
                    + "provide follows from it.") BusinessType businessType,
            BusinessProfileInput businessProfile,
            CompanyInput company,
            IndividualInput individual,
            @Description("Entries to set; a null value deletes the key.") List<MetadataEntryInput> metadata) {
    }

    @Input("RemoveConnectedAccountInput")
    public record Remove(@Id @NonNull String id) {
    }

    @Input("BusinessProfileInput")
    public record BusinessProfileInput(String name, String url, String mcc, String productDescription, String supportEmail,
            String supportPhone) {
    }

    @Input("CompanyInput")
    public record CompanyInput(String name, String phone,
            @Description("Forwarded to the provider; Connectboard keeps only the last four characters.") String taxId,
            AddressInput address) {
    }

    @Input("IndividualInput")
    public record IndividualInput(String firstName, String lastName, String email, String phone,
            @Description("YYYY-MM-DD.") String dob, AddressInput address,
            @Description("Forwarded to the provider; Connectboard keeps only the last four characters.") String idNumber) {
    }

    @Input("AddressInput")
    public record AddressInput(String line1, String line2, String city, String postalCode, String state, String country) {
    }

    @Input("MetadataEntryInput")
    public record MetadataEntryInput(@NonNull String key, String value) {
    }
}
