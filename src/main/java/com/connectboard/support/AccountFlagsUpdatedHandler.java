package com.connectboard.support;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.connectboard.account.AccountEntity;
import com.connectboard.account.AccountRepository;
import com.connectboard.account.AccountWrites;
import com.connectboard.event.ChangeSet;
import com.connectboard.event.EventRecorder;
import com.connectboard.provider.ProviderEvent;
import com.connectboard.provider.ProviderEventHandler;
import com.connectboard.provider.ProviderEventRejected;
import com.connectboard.provider.ProviderRouting;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code account.flags_updated}: the provider reports whether the account is connected to several platforms, is
 * itself a platform, and shares its support cases; the account feature applies them
 * ({@link AccountWrites#updateProviderFlags}).
 */
@ApplicationScoped
public class AccountFlagsUpdatedHandler implements ProviderEventHandler {

    private static final String MULTIPLE = "connected_to_multiple_platforms";
    private static final String PLATFORM = "is_platform";
    private static final String SHARES = "shares_support_cases";

    private final ProviderRouting routing;
    private final AccountRepository accounts;
    private final AccountWrites writes;
    private final EventRecorder events;

    @Inject
    public AccountFlagsUpdatedHandler(ProviderRouting routing, AccountRepository accounts, AccountWrites writes,
            EventRecorder events) {
        this.routing = routing;
        this.accounts = accounts;
        this.writes = writes;
        this.events = events;
    }

    @Override
    public String type() {
        return "account.flags_updated";
    }

    @Override
    public String platformOf(ProviderEvent event) {
        return routing.platformOfAccount(event.text("account_id"));
    }

    @Override
    public void apply(ProviderEvent event) {
        Boolean multiple = flag(event, MULTIPLE);
        Boolean platform = flag(event, PLATFORM);
        Boolean shares = flag(event, SHARES);
        if (multiple == null && platform == null && shares == null) {
            throw ProviderEventRejected.malformed("`data` names none of `" + MULTIPLE + "`, `" + PLATFORM + "`, `"
                    + SHARES + "`");
        }
        AccountEntity account = accounts.findForUpdate(event.text("account_id"))
                .orElseThrow(() -> ProviderEventRejected.unprocessable("Unknown account " + event.text("account_id")));
        ChangeSet changed = writes.updateProviderFlags(account, multiple, platform, shares);
        if (!changed.isEmpty()) {
            events.record("account.flags_updated", account.id, Map.of("changes", changed.asMap(), "providerEventId",
                    event.id()));
        }
    }

    private static Boolean flag(ProviderEvent event, String field) {
        JsonNode node = event.data().get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            throw ProviderEventRejected.malformed("Field `data." + field + "` must be a boolean");
        }
        return node.asBoolean();
    }
}
