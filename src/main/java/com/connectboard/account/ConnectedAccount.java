package com.connectboard.account;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.account.details.Address;
import com.connectboard.graphql.Node;

@Description("An account connected to your platform.")
public record ConnectedAccount(
        @Id @NonNull @Description("acct_ id.") String id,
        @NonNull @Description("When the account was created (UTC).") Instant createdAt,
        @NonNull @Description("ISO 3166-1 alpha-2 country.") String country,
        @NonNull @Description("ISO 4217 currency, lower case.") String defaultCurrency,
        @Description("The account's email address; null until given.") String email,
        @Description("E.164 phone number.") String phone,
        @Description("Null until it is known: the hosted onboarding page asks for it (FULL, EXPRESS), or the platform "
                + "sets it with updateConnectedAccount (NONE); meanwhile business_type is a requirement item.") BusinessType businessType,
        @NonNull @Description("How the account presents itself to its customers; fields not yet given are null.") BusinessProfile businessProfile,
        @NonNull @Description("Company details (COMPANY accounts); fields not yet given are null.") Company company,
        @NonNull @Description("The person's details (INDIVIDUAL accounts); fields not yet given are null.") Individual individual,
        @NonNull @Description("Your own key-value data about the account.") List<@NonNull MetadataEntry> metadata,
        @NonNull @Description("Which provider dashboard the account has; fixed at creation.") DashboardAccess dashboardAccess,
        @NonNull @Description("Whether the platform covers the account's negative balances.") Boolean platformLiableForNegativeBalances,
        @NonNull @Description("Who collects the account's requirements; fixed at creation.") RequirementCollection requirementCollection,
        @NonNull @Description("Where the account stands; see actionsRequired for what to do.") AccountStatus status,
        @NonNull @Description("The account holder completed onboarding.") Boolean detailsSubmitted,
        @NonNull @Description("The account can take card payments: CARD_PAYMENTS is ACTIVE.") Boolean chargesEnabled,
        @NonNull @Description("The account can be paid out: TRANSFERS is ACTIVE.") Boolean payoutsEnabled,
        @Description("Last activity (payment, transfer, payout) the provider or Connectboard saw.") Instant lastActivityAt,
        @Description("When payouts are made; null until the platform sets one.") PayoutSchedule payoutSchedule,
        @NonNull @Description("The provider reports the account connected to other platforms too.") Boolean connectedToMultiplePlatforms,
        @Name("isPlatform") @NonNull @Description("The account is itself a platform.") Boolean isPlatform,
        @NonNull @Description("The account lets its platform see its support cases.") Boolean sharesSupportCases)
        implements
            Node {

    public static ConnectedAccount of(AccountEntity a) {
        return new ConnectedAccount(a.id, a.createdAt, a.country, a.defaultCurrency, a.email, a.phone, a.businessType,
                new BusinessProfile(a.businessName, a.businessUrl, a.businessMcc, a.businessProductDescription,
                        a.businessSupportEmail, a.businessSupportPhone),
                new Company(a.company.name(), a.company.phone(), a.company.taxIdLast4() != null,
                        a.company.taxIdLast4(), a.company.address()),
                new Individual(a.individual.firstName(), a.individual.lastName(), a.individual.email(),
                        a.individual.phone(), a.individual.dob(), a.individual.address(),
                        a.individual.idNumberLast4() != null, a.individual.idNumberLast4()),
                a.metadata.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(entry -> new MetadataEntry(entry.getKey(), entry.getValue())).toList(),
                a.dashboardAccess, a.platformLiableForNegativeBalances, a.requirementCollection, a.status,
                a.detailsSubmitted, a.chargesEnabled, a.payoutsEnabled, a.lastActivityAt,
                a.payoutInterval == null
                        ? null
                        : new PayoutSchedule(a.payoutInterval, a.payoutDelayDays, a.payoutWeeklyAnchor,
                                a.payoutMonthlyAnchor),
                a.connectedToMultiplePlatforms, a.isPlatform, a.sharesSupportCases);
    }

    @Id
    @NonNull
    @Override
    public String getId() {
        return id;
    }

    @Description("How the account presents itself to its customers.")
    public record BusinessProfile(
            @Description("Name customers see.") String name,
            @Description("Public website.") String url,
            @Description("Merchant category code, 4 digits.") String mcc,
            @Description("What the business sells.") String productDescription,
            @Description("Email address for customers.") String supportEmail,
            @Description("Phone number for customers, E.164.") String supportPhone) {
    }

    @Description("The company behind the account. The tax id is never returned: only whether it was given and its last "
            + "four characters.")
    public record Company(
            @Description("Legal name.") String name,
            @Description("E.164 phone number.") String phone,
            @NonNull @Description("A tax id was given.") Boolean taxIdProvided,
            @Description("Last four characters of the tax id; null when none was given.") String taxIdLast4,
            @Description("Registered address; null until given.") Address address) {
    }

    @Description("The person behind an individual account. The id number is never returned: only whether it was given "
            + "and its last four characters.")
    public record Individual(
            @Description("First name.") String firstName,
            @Description("Last name.") String lastName,
            @Description("The person's email address.") String email,
            @Description("E.164 phone number.") String phone,
            @Description("Date of birth, ISO 8601 (YYYY-MM-DD).") String dob,
            @Description("Home address; null until given.") Address address,
            @NonNull @Description("An id number was given.") Boolean idNumberProvided,
            @Description("Last four characters of the id number; null when none was given.") String idNumberLast4) {
    }

    @Description("One metadata key and its value.")
    public record MetadataEntry(
            @NonNull @Description("The key, 1 to 40 characters.") String key,
            @NonNull @Description("Its value, up to 500 characters.") String value) {
    }

    @Description("When the account's available balance is paid out.")
    public record PayoutSchedule(@NonNull @Description("How often payouts happen.") PayoutInterval interval,
            @Description("Days between a payment and its availability for payout.") Integer delayDays,
            @Description("Day of the week, for WEEKLY.") Weekday weeklyAnchor,
            @Description("Day of the month, for MONTHLY; 29 to 31 mean the last day of shorter months.") Integer monthlyAnchor) {
    }
}
