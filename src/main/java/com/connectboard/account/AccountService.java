package com.connectboard.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.connectboard.account.AccountInputs.Create;
import com.connectboard.error.ApiErrors;
import com.connectboard.error.ErrorCode;
import com.connectboard.error.Refusal;
import com.connectboard.event.ChangeSet;
import com.connectboard.event.EventRecorder;
import com.connectboard.graphql.Ids;
import com.connectboard.graphql.InputCheck;
import com.connectboard.graphql.Refusals;
import com.connectboard.platform.PlatformEntity;
import com.connectboard.platform.PlatformRepository;
import com.connectboard.security.ViewAs;

/** Creating, changing and removing connected accounts (docs/accounts.md). */
@ApplicationScoped
public class AccountService {

    /** A platform in one of these countries may only onboard through hosted onboarding. */
    static final Set<String> HOSTED_ONBOARDING_ONLY_COUNTRIES = java.util.Set.of("FR");

    @Inject
    AccountRepository accounts;
    @Inject
    PlatformRepository platforms;
    @Inject
    AccountLinks links;
    @Inject
    AccountChanges changes;
    @Inject
    EventRecorder events;
    @Inject
    ViewAs viewAs;
    @Inject
    AccountWrites writes;
    @Inject
    AccountInputsListener evaluation;
    @Inject
    Clock clock;

    @Transactional
    public AccountPayloads.Create create(Create input) {
        if (viewAs.accountId().isPresent()) {
            throw ApiErrors.forbidden("Viewing as an account: accounts cannot be created");
        }
        PlatformEntity platform = platforms.current()
                .orElseThrow(() -> ApiErrors.notFound("Your platform is not registered with the provider yet"));
        if (!platform.profileComplete()) {
            throw Refusal.of(ErrorCode.PLATFORM_PROFILE_INCOMPLETE, null,
                    "Complete the platform profile first (name, url or product description, support email, notification "
                            + "email): see updatePlatformProfile");
        }
        if (!input.dashboardAccess().hostedOnboarding() && HOSTED_ONBOARDING_ONLY_COUNTRIES.contains(platform.country)) {
            throw Refusal.of(ErrorCode.HOSTED_ONBOARDING_REQUIRED, "input.dashboardAccess", "A platform in "
                    + platform.country + " can only onboard accounts through hosted onboarding: use dashboardAccess FULL "
                    + "or EXPRESS");
        }
        InputCheck check = new InputCheck().country("input.country", input.country())
                .currency("input.defaultCurrency", input.defaultCurrency())
                .email("input.email", input.email())
                .phone("input.phone", input.phone());
        changes.checkDetails(check, input.businessProfile(), input.company(), input.individual());
        changes.checkMetadata(check, Map.of(), input.metadata());
        boolean liable = Optional.ofNullable(input.platformLiableForNegativeBalances())
                .orElse(input.dashboardAccess().platformLiableByDefault());
        RequirementCollection collection = Optional.ofNullable(input.requirementCollection())
                .orElse(input.dashboardAccess().defaultRequirementCollection());
        if (collection == RequirementCollection.PLATFORM && (input.dashboardAccess() != DashboardAccess.NONE || !liable)) {
            check.fail(ErrorCode.INVALID_INPUT, "input.requirementCollection",
                    "PLATFORM requirement collection needs dashboardAccess NONE and a platform liable for negative balances");
        }
        String currency = input.defaultCurrency() != null ? input.defaultCurrency() : currencyOf(input.country());
        if (currency == null && !check.failed()) {
            check.fail(ErrorCode.INVALID_INPUT, "input.defaultCurrency",
                    "`input.defaultCurrency` is required: " + input.country() + " has no single currency");
        }
        if (check.failed()) {
            throw Refusals.of(check.errors());
        }

        Instant now = Instant.now(clock);
        AccountEntity account = new AccountEntity();
        account.id = Ids.newId(AccountEntity.ID_PREFIX);
        account.createdAt = now;
        account.updatedAt = now;
        account.country = input.country();
        account.defaultCurrency = currency;
        account.email = blankToNull(input.email());
        account.phone = blankToNull(input.phone());
        account.businessType = input.businessType();
        account.dashboardAccess = input.dashboardAccess();
        account.platformLiableForNegativeBalances = liable;
        account.requirementCollection = collection;
        // The requirements evaluator (docs/requirements.md) moves the status on from here.
        account.status = AccountStatus.PENDING_ONBOARDING;
        ChangeSet details = new ChangeSet();
        changes.applyDetails(account, input.businessProfile(), input.company(), input.individual(), details);
        changes.applyMetadata(account, input.metadata(), details);
        accounts.persist(account);
        writes.inputsChanged(account);

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("country", account.country);
        data.put("businessType", account.businessType == null ? null : account.businessType.name());
        data.put("dashboardAccess", account.dashboardAccess.name());
        data.put("platformLiableForNegativeBalances", liable);
        data.put("requirementCollection", collection.name());
        data.put("fields", details.asMap().keySet());
        events.record("account.created", account.id, data);

        AccountLink link = account.dashboardAccess.hostedOnboarding()
                ? links.issue(account.id, AccountLinkType.ONBOARDING)
                : null;
        return new AccountPayloads.Create(ConnectedAccount.of(account), link, List.of());
    }

    @Transactional
    public AccountPayloads.Update update(AccountInputs.Update input) {
        AccountEntity account = requireForChange("input.id", input.id());
        InputCheck check = new InputCheck().email("input.email", input.email()).phone("input.phone", input.phone());
        changes.checkDetails(check, input.businessProfile(), input.company(), input.individual());
        changes.checkMetadata(check, account.metadata, input.metadata());
        if (check.failed()) {
            throw Refusals.of(check.errors());
        }
        ChangeSet changed = new ChangeSet();
        changed.text("email", account.email, input.email(), value -> account.email = value);
        changed.text("phone", account.phone, input.phone(), value -> account.phone = value);
        changes.applyBusinessType(account, input.businessType(), changed);
        changes.applyDetails(account, input.businessProfile(), input.company(), input.individual(), changed);
        changes.applyMetadata(account, input.metadata(), changed);
        if (!changed.isEmpty()) {
            account.updatedAt = Instant.now(clock);
            events.record("account.updated", account.id, Map.of("changes", changed.asMap()));
            writes.inputsChanged(account);
        }
        return new AccountPayloads.Update(ConnectedAccount.of(account), List.of());
    }

    @Transactional
    public AccountPayloads.Remove remove(AccountInputs.Remove input) {
        AccountEntity account = requireForChange("input.id", input.id());
        if (account.dashboardAccess != DashboardAccess.FULL) {
            throw Refusal.of(ErrorCode.ONLY_FULL_DASHBOARD_REMOVABLE, "input.id",
                    "Only accounts with a FULL dashboard can be removed; this one has " + account.dashboardAccess);
        }
        Instant now = Instant.now(clock);
        account.removedAt = now;
        account.updatedAt = now;
        // Platform-controlled settings go for good; the money history (ledger, payouts) stays.
        account.metadata = new LinkedHashMap<>();
        account.payoutInterval = null;
        account.payoutDelayDays = null;
        account.payoutWeeklyAnchor = null;
        account.payoutMonthlyAnchor = null;
        links.voidAll(account.id);
        evaluation.removed(account.id);
        events.record("account.removed", account.id, Map.of("dashboardAccess", account.dashboardAccess.name()));
        return new AccountPayloads.Remove(account.id, List.of());
    }

    /**
     * The account a mutation names, locked, or a {@link Refusal}: unknown on this platform (NOT_FOUND) or removed
     * (ACCOUNT_REMOVED), naming {@code field}. Under view-as only the viewed account may be named. Locks the row, so
     * that concurrent changes to one account apply one after the other.
     */
    public AccountEntity requireForChange(String field, String accountId) {
        viewAs.requireAccess(accountId);
        Optional<AccountEntity> found = accounts.findForUpdate(accountId);
        if (found.isEmpty()) {
            throw Refusal.of(ErrorCode.NOT_FOUND, field, "No connected account " + accountId + " on your platform");
        }
        if (found.get().isRemoved()) {
            throw Refusal.of(ErrorCode.ACCOUNT_REMOVED, field, "Account " + accountId
                    + " was removed from your platform");
        }
        return found.get();
    }

    private static String currencyOf(String country) {
        try {
            Currency currency = Currency.getInstance(new Locale("", country));
            return currency == null ? null : currency.getCurrencyCode().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
