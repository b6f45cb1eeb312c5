package com.connectboard.account;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.account.details.Address;
import com.connectboard.graphql.Cursor;
import com.connectboard.graphql.Node;

@Description("An account connected to your platform.")
public record ConnectedAccount(
        @Id @NonNull @Description("acct_ id.") String id,
        @NonNull @Description("When the account was created (UTC).") Instant createdAt,
        @NonNull @Description("ISO 3166-1 alpha-2 country.") String country,
        @NonNull @Description("ISO 4217 currency, lower case.") String defaultCurrency,
        String email,
        @Description("E.164 phone number.") String phone,
        @Description("Null until it is known: the hosted onboarding page asks for it (FULL, EXPRESS), or the platform "
                + "sets it with updateConnectedAccount (NONE); meanwhile business_type is a requirement item.") BusinessType businessType,
        @NonNull BusinessProfile businessProfile,
        @NonNull Company company,
        @NonNull Individual individual,
        @NonNull @Description("Your own key-value data about the account.") List<@NonNull MetadataEntry> metadata,
        @NonNull DashboardAccess dashboardAccess,
        @NonNull @Description("Whether the platform covers the account's negative balances.") Boolean platformLiableForNegativeBalances,
        @NonNull RequirementCollection requirementCollection,
        @NonNull AccountStatus status,
        @NonNull @Description("The account holder completed onboarding.") Boolean detailsSubmitted,
        @NonNull Boolean chargesEnabled,
        @NonNull Boolean payoutsEnabled,
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

    /** Position in newest-first lists (package-private: not a GraphQL field). */
    Cursor cursor() {
        return new Cursor(createdAt, id);
    }

    @Id
    @NonNull
    @Override
    public String getId() {
        return id;
    }

    @Description("How the account presents itself to its customers.")
    public record BusinessProfile(String name, String url,
            @Description("Merchant category code, 4 digits.") String mcc, String productDescription, String supportEmail,
            String supportPhone) {
    }

    @Description("The company behind the account. The tax id is never returned: only whether it was given and its last "
            + "four characters.")
    public record Company(String name, String phone, @NonNull Boolean taxIdProvided, String taxIdLast4, Address address) {
    }

    @Description("The person behind an individual account. The id number is never returned: only whether it was given "
            + "and its last four characters.")
    public record Individual(String firstName, String lastName, String email, String phone,
            @Description("Date of birth, ISO 8601 (YYYY-MM-DD).") String dob, Address address,
            @NonNull Boolean idNumberProvided, String idNumberLast4) {
    }

    @Description("One metadata key and its value.")
    public record MetadataEntry(@NonNull String key, @NonNull String value) {
    }

    @Description("When the account's available balance is paid out.")
    public record PayoutSchedule(@NonNull PayoutInterval interval,
            @Description("Days between a payment and its availability for payout.") Integer delayDays,
            @Description("Day of the week, for WEEKLY.") Weekday weeklyAnchor,
            @Description("Day of the month, for MONTHLY; 29 to 31 mean the last day of shorter months.") Integer monthlyAnchor) {
    }
}
