package com.connectboard.support;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.connectboard.account.AccountEntity;
import com.connectboard.account.AccountRepository;
import com.connectboard.account.AccountWrites;
import com.connectboard.event.ChangeSet;
import com.connectboard.event.EventRecorder;
import com.connectboard.graphql.Ids;
import com.connectboard.provider.ProviderEvent;
import com.connectboard.provider.ProviderEventHandler;
import com.connectboard.provider.ProviderEventRejected;
import com.connectboard.provider.ProviderRouting;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The provider's events about support cases, and the account flags that decide which cases a platform sees
 * (docs/provider-events.md). Cases of every account are stored; which ones the platform sees is decided when reading
 * ({@link SupportCaseRepository}), since an account's flags may change later.
 */
@ApplicationScoped
public class SupportEventHandlers {

    private static final String MULTIPLE = "connected_to_multiple_platforms";
    private static final String PLATFORM = "is_platform";
    private static final String SHARES = "shares_support_cases";

    @Inject
    ProviderRouting routing;
    @Inject
    SupportCaseRepository cases;
    @Inject
    SupportCaseService messages;
    @Inject
    AccountRepository accounts;
    @Inject
    AccountWrites writes;
    @Inject
    EventRecorder events;

    @Produces
    @Singleton
    ProviderEventHandler caseOpened() {
        return ProviderEventHandler.of("support_case.opened", this::byAccount, this::opened);
    }

    @Produces
    @Singleton
    ProviderEventHandler messageAdded() {
        return ProviderEventHandler.of("support_case.message_added", this::byCase, this::messageAdded);
    }

    @Produces
    @Singleton
    ProviderEventHandler caseClosed() {
        return ProviderEventHandler.of("support_case.closed", this::byCase, this::closed);
    }

    @Produces
    @Singleton
    ProviderEventHandler flagsUpdated() {
        return ProviderEventHandler.of("account.flags_updated", this::byAccount, this::flagsUpdated);
    }

    private String byAccount(ProviderEvent event) {
        return routing.platformOfAccount(event.text("account_id"));
    }

    private String byCase(ProviderEvent event) {
        return routing.platformOfCase(event.text("case_id"));
    }

    /**
     * {@code support_case.opened}: the account opened a case with the provider. Stores the case (created at the
     * provider's opened_at) and its first message, from the account.
     */
    void opened(ProviderEvent event) {
        String providerCaseId = event.text("case_id");
        String accountId = event.text("account_id");
        String subject = event.text("subject");
        String body = event.text("body");
        Instant openedAt = event.instant("opened_at");
        if (cases.findByProviderCaseId(providerCaseId).isPresent()) {
            throw ProviderEventRejected.unprocessable("Support case " + providerCaseId + " was already opened");
        }
        SupportCaseEntity supportCase = new SupportCaseEntity();
        supportCase.id = Ids.newId(SupportCaseEntity.ID_PREFIX);
        supportCase.providerCaseId = providerCaseId;
        supportCase.accountId = accountId;
        supportCase.subject = subject;
        supportCase.status = SupportCaseStatus.OPEN;
        supportCase.createdAt = openedAt;
        supportCase.updatedAt = openedAt;
        cases.persist(supportCase);

        Panache.getEntityManager()
                .persist(SupportMessageEntity.of(supportCase.id, SupportMessageAuthor.ACCOUNT, body, openedAt, true));
        // Subject and body stay out of the event: they are the account's words, readable only where the case is.
        events.record("support_case.opened", accountId, Map.of("caseId", supportCase.id, "providerCaseId",
                providerCaseId, "providerEventId", event.id()));
    }

    /**
     * {@code support_case.message_added}: the account or the provider's support wrote in a case. A message id already
     * stored (the provider resending it under a new event id) adds nothing.
     */
    void messageAdded(ProviderEvent event) {
        String providerMessageId = event.text("message_id");
        String authorText = event.text("author");
        String body = event.text("body");
        Instant sentAt = event.instant("sent_at");
        SupportMessageAuthor author = switch (authorText.toLowerCase(Locale.ROOT)) {
            case "account" -> SupportMessageAuthor.ACCOUNT;
            case "provider" -> SupportMessageAuthor.PROVIDER;
            default -> throw ProviderEventRejected.malformed("Field `data.author` must be `account` or `provider`");
        };
        SupportCaseEntity supportCase = supportCase(event);
        if (messages.count("providerMessageId", providerMessageId) > 0) {
            return;
        }
        SupportMessageEntity message = SupportMessageEntity.of(supportCase.id, author, body, sentAt, true);
        message.providerMessageId = providerMessageId;
        messages.persist(message);
        if (sentAt.isAfter(supportCase.updatedAt)) {
            supportCase.updatedAt = sentAt;
        }
        events.record("support_case.message_added", supportCase.accountId, Map.of("caseId", supportCase.id,
                "messageId", message.id, "author", author.name(), "providerEventId", event.id()));
    }

    /** {@code support_case.closed}: the provider closed the case. Closing a closed case changes nothing. */
    void closed(ProviderEvent event) {
        Instant closedAt = event.instant("closed_at");
        SupportCaseEntity supportCase = supportCase(event);
        if (supportCase.status == SupportCaseStatus.CLOSED) {
            return;
        }
        supportCase.status = SupportCaseStatus.CLOSED;
        supportCase.closedAt = closedAt;
        if (closedAt.isAfter(supportCase.updatedAt)) {
            supportCase.updatedAt = closedAt;
        }
        events.record("support_case.closed", supportCase.accountId, Map.of("caseId", supportCase.id,
                "providerEventId", event.id()));
    }

    /**
     * {@code account.flags_updated}: the provider reports whether the account is connected to several platforms, is
     * itself a platform, and shares its support cases; the account feature applies them
     * ({@link AccountWrites#updateProviderFlags}).
     */
    void flagsUpdated(ProviderEvent event) {
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

    private SupportCaseEntity supportCase(ProviderEvent event) {
        return cases.findByProviderCaseId(event.text("case_id"))
                .orElseThrow(() -> ProviderEventRejected.unprocessable("Unknown support case " + event.text("case_id")));
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
