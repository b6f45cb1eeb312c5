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

import com.connectboard.error.ErrorCode;
import com.connectboard.error.Refusal;
import com.connectboard.event.EventRecorder;
import com.connectboard.graphql.Ids;
import com.connectboard.graphql.InputCheck;
import com.connectboard.graphql.Refusals;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Bank accounts and debit cards (docs/accounts.md): one default per currency, kept by clearing the old default in
 * the transaction that sets a new one (the account row is locked first, and a partial unique index backs the rule).
 */
@ApplicationScoped
public class ExternalAccountService implements PanacheRepositoryBase<ExternalAccountEntity, String> {

    private static final Pattern LAST4 = Pattern.compile("^[0-9]{4}$");
    private static final Pattern PROVIDER_TOKEN = Pattern.compile("^[A-Za-z0-9_-]{1,255}$");

    @Inject
    AccountService accounts;
    @Inject
    EventRecorder events;
    @Inject
    AccountWrites writes;
    @Inject
    Clock clock;

    @Transactional
    public AccountPayloads.ExternalAccountChange add(AccountInputs.AddExternalAccount input) {
        AccountEntity account = accounts.requireForChange("input.accountId", input.accountId());
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
            throw Refusals.of(check.errors());
        }
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
        return new AccountPayloads.ExternalAccountChange(ExternalAccount.of(external), List.of());
    }

    @Transactional
    public AccountPayloads.ExternalAccountChange remove(AccountInputs.RemoveExternalAccount input) {
        Optional<ExternalAccountEntity> found = findByIdOptional(input.id());
        if (found.isEmpty()) {
            throw Refusal.of(ErrorCode.NOT_FOUND, "input.id", "No external account " + input.id() + " on your platform");
        }
        ExternalAccountEntity external = found.get();
        AccountEntity account = accounts.requireForChange("input.id", external.accountId);
        if (external.defaultForCurrency
                && count("accountId = ?1 and currency = ?2 and id <> ?3", external.accountId, external.currency,
                        external.id) > 0) {
            throw Refusal.of(ErrorCode.INVALID_INPUT, "input.id", "This is the default external account for "
                    + external.currency + ": make another one the default first");
        }
        delete(external);
        events.record("external_account.removed", external.accountId, Map.of("externalAccountId", external.id,
                "last4", external.last4, "currency", external.currency));
        writes.inputsChanged(account);
        return new AccountPayloads.ExternalAccountChange(ExternalAccount.of(external), List.of());
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
