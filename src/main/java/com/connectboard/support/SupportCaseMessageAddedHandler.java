package com.connectboard.support;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.connectboard.event.EventRecorder;
import com.connectboard.graphql.Ids;
import com.connectboard.provider.ProviderEvent;
import com.connectboard.provider.ProviderEventHandler;
import com.connectboard.provider.ProviderEventRejected;
import com.connectboard.provider.ProviderRouting;

/**
 * {@code support_case.message_added}: the account or the provider's support wrote in a case. A message id already
 * stored (the provider resending it under a new event id) adds nothing.
 */
@ApplicationScoped
public class SupportCaseMessageAddedHandler implements ProviderEventHandler {

    private final ProviderRouting routing;
    private final SupportCaseRepository cases;
    private final SupportCaseService messages;
    private final EventRecorder events;

    @Inject
    public SupportCaseMessageAddedHandler(ProviderRouting routing, SupportCaseRepository cases,
            SupportCaseService messages, EventRecorder events) {
        this.routing = routing;
        this.cases = cases;
        this.messages = messages;
        this.events = events;
    }

    @Override
    public String type() {
        return "support_case.message_added";
    }

    @Override
    public String platformOf(ProviderEvent event) {
        return routing.platformOfCase(event.text("case_id"));
    }

    @Override
    public void apply(ProviderEvent event) {
        String providerMessageId = event.text("message_id");
        String authorText = event.text("author");
        String body = event.text("body");
        Instant sentAt = event.instant("sent_at");
        SupportMessageAuthor author = switch (authorText.toLowerCase(Locale.ROOT)) {
            case "account" -> SupportMessageAuthor.ACCOUNT;
            case "provider" -> SupportMessageAuthor.PROVIDER;
            default -> throw ProviderEventRejected.malformed("Field `data.author` must be `account` or `provider`");
        };
        SupportCaseEntity supportCase = cases.findByProviderCaseId(event.text("case_id"))
                .orElseThrow(() -> ProviderEventRejected.unprocessable("Unknown support case " + event.text("case_id")));
        if (messages.count("providerMessageId", providerMessageId) > 0) {
            return;
        }
        SupportMessageEntity message = new SupportMessageEntity();
        message.id = Ids.newId(SupportMessageEntity.ID_PREFIX);
        message.caseId = supportCase.id;
        message.providerMessageId = providerMessageId;
        message.author = author;
        message.body = body;
        message.createdAt = sentAt;
        message.visibleToAccount = true;
        messages.persist(message);
        if (sentAt.isAfter(supportCase.updatedAt)) {
            supportCase.updatedAt = sentAt;
        }
        events.record("support_case.message_added", supportCase.accountId, Map.of("caseId", supportCase.id,
                "messageId", message.id, "author", author.name(), "providerEventId", event.id()));
    }
}
