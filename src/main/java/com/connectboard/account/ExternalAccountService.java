package com.connectboard.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.connectboard.error.ErrorCode;
import com.connectboard.event.EventRecorder;
import com.connectboard.graphql.Ids;
import com.connectboard.graphql.InputCheck;
import com.connectboard.graphql.UserError;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Bank accounts and debit cards (docs/accounts.md): one default per currency, kept by clearing the old default in
 * the transaction that sets a new one (the account row is locked first, and a partial unique index backs the rule).
 */
@ApplicationScoped
public class ExternalAccountService implements PanacheRepositoryBase<ExternalAccountEntity, String> {

    private static final Pattern LAST4 = Pattern.compile("^[0-9]{4}$");
    private static final Pattern PROVIDER_TOKEN = Pattern.compile("^[A-Za-z0-9_-]{1,255}$");

    private final AccountService accounts;
    private final EventRecorder events;
    private final AccountWrites writes;
    private final Clock clock;

    @Inject
    public ExternalAccountService(AccountService accounts, EventRecorder events, AccountWrites writes,
            Clock clock) {
        this.writes = writes;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Input("AddExternalAccountInput")
    @Description("A bank account or debit card tokenized by the provider in the front end (the number never reaches "
            + "Connectboard). Refusals in userErrors: NOT_FOUND, ACCOUNT_REMOVED, INVALID_INPUT.")
    public record AddInput(@Id @NonNull @Description("acct_ id of the account it pays out to.") String accountId,
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
    public record RemoveInput(@Id @NonNull @Description("ba_ or card_ id.") String id) {
    }

    @Type("ExternalAccountPayload")
    @Description("Result of addExternalAccount and removeExternalAccount.")
    public record Payload(
            @Description("The external account added or removed; null when refused.") ExternalAccount externalAccount,
            @NonNull @Description("Why nothing changed; empty on success. Codes: NOT_FOUND, ACCOUNT_REMOVED, INVALID_INPUT.") List<@NonNull UserError> userErrors) {
    }

    @Transactional
    public Payload add(AddInput input) {
        AccountService.Lookup lookup = accounts.lookupForChange("input.accountId", input.accountId());
        if (lookup.error() != null) {
            return new Payload(null, List.of(lookup.error()));
        }
        InputCheck check = new InputCheck().country("input.country", input.country()).currency("input.currency",
                input.currency());
        if (!LAST4.matcher(input.last4()).matches()) {
            check.fail(ErrorCode.INVALID_INPUT, "input.last4", "`input.last4` must be exactly four digits");
        }
        if (!PROVIDER_TOKEN.matcher(input.providerToken()).matches()) {
            check.fail(ErrorCode.INVALID_INPUT, "input.providerToken",
                    "`input.providerToken` must be the provider's token: 1 to 255 letters, digits, _ or -");
        }
        if (check.failed()) {
            return new Payload(null, check.errors());
        }
        AccountEntity account = lookup.account();
        boolean firstOfCurrency = count("accountId = ?1 and currency = ?2", account.id, input.currency()) == 0;
        boolean makeDefault = firstOfCurrency || Boolean.TRUE.equals(input.defaultForCurrency());
        if (makeDefault) {
            update("defaultForCurrency = false where accountId = ?1 and currency = ?2", account.id, input.currency());
            flush();
        }
        ExternalAccountEntity external = new ExternalAccountEntity();
        external.id = Ids.newId(input.kind().idPrefix());
        external.accountId = account.id;
        external.kind = input.kind();
        external.providerToken = input.providerToken();
        external.last4 = input.last4();
        external.country = input.country();
        external.currency = input.currency();
        external.defaultForCurrency = makeDefault;
        external.createdAt = Instant.now(clock);
        persist(external);
        events.record("external_account.added", account.id, Map.of("externalAccountId", external.id, "kind",
                external.kind.name(), "last4", external.last4, "currency", external.currency, "defaultForCurrency",
                makeDefault));
        writes.inputsChanged(account);
        return new Payload(ExternalAccount.of(external), List.of());
    }

    @Transactional
    public Payload remove(RemoveInput input) {
        Optional<ExternalAccountEntity> found = findByIdOptional(input.id());
        if (found.isEmpty()) {
            return new Payload(null, List.of(UserError.of(ErrorCode.NOT_FOUND, "input.id", "No external account "
                    + input.id() + " on your platform")));
        }
        ExternalAccountEntity external = found.get();
        AccountService.Lookup lookup = accounts.lookupForChange("input.id", external.accountId);
        if (lookup.error() != null) {
            return new Payload(null, List.of(lookup.error()));
        }
        if (external.defaultForCurrency
                && count("accountId = ?1 and currency = ?2 and id <> ?3", external.accountId, external.currency,
                        external.id) > 0) {
            return new Payload(null, List.of(UserError.of(ErrorCode.INVALID_INPUT, "input.id", "This is the default "
                    + "external account for " + external.currency + ": make another one the default first")));
        }
        delete(external);
        events.record("external_account.removed", external.accountId, Map.of("externalAccountId", external.id,
                "last4", external.last4, "currency", external.currency));
        writes.inputsChanged(lookup.account());
        return new Payload(ExternalAccount.of(external), List.of());
    }

    /** The external accounts of several accounts at once (one query for a whole page of accounts). */
    public Map<String, List<ExternalAccount>> byAccount(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return list("accountId in ?1 order by createdAt, id", accountIds).stream().collect(
                java.util.stream.Collectors.groupingBy(entity -> entity.accountId,
                        java.util.stream.Collectors.mapping(ExternalAccount::of, java.util.stream.Collectors.toList())));
    }

    public Optional<ExternalAccount> find(String id) {
        return findByIdOptional(id).map(ExternalAccount::of);
    }
}
