package com.connectboard.support;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.connectboard.error.ErrorCode;
import com.connectboard.error.Refusal;
import com.connectboard.event.EventRecorder;
import com.connectboard.graphql.InputCheck;
import com.connectboard.graphql.Refusals;
import com.connectboard.provider.ProviderOutbox;
import com.connectboard.security.ViewAs;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Support messages, and the platform's private context for the provider (docs/support-cases.md). */
@ApplicationScoped
public class SupportCaseService implements PanacheRepositoryBase<SupportMessageEntity, String> {

    public static final String CONTEXT_KIND = "support_case.context";
    static final int MAX_BODY = 5000;

    @Inject
    SupportCaseRepository cases;
    @Inject
    ProviderOutbox outbox;
    @Inject
    EventRecorder events;
    @Inject
    ViewAs viewAs;
    @Inject
    Clock clock;

    /**
     * Stores the context as a PLATFORM message the account never sees, and queues it for the provider in the same
     * transaction (provider_outbox), so it is sent exactly when it is stored. Only a case the caller may see can take
     * context: the visibility rule applies here too.
     */
    @Transactional
    public SupportPayloads.AddContext addContext(SupportInputs.AddContext input) {
        Optional<SupportCaseEntity> found = cases.findVisible(input.caseId());
        if (found.isEmpty()) {
            throw Refusal.of(ErrorCode.NOT_FOUND, "input.caseId", "No support case " + input.caseId() + " you can see");
        }
        SupportCaseEntity supportCase = found.get();
        viewAs.requireAccess(supportCase.accountId);
        String body = input.body().strip();
        InputCheck check = new InputCheck().length("input.body", body, 1, MAX_BODY);
        if (check.failed()) {
            throw Refusals.of(check.errors());
        }
        Instant now = Instant.now(clock);
        SupportMessageEntity message = SupportMessageEntity.of(supportCase.id, SupportMessageAuthor.PLATFORM, body, now,
                false);
        persist(message);
        supportCase.updatedAt = now;

        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("case_id", supportCase.providerCaseId);
        payload.put("account_id", supportCase.accountId);
        payload.put("message_id", message.id);
        payload.put("author", "platform");
        payload.put("visible_to_account", false);
        payload.put("body", body);
        payload.put("created", now.getEpochSecond());
        String outboxId = outbox.enqueue(CONTEXT_KIND, payload);
        // The body stays out of the event: it may hold anything, and events are widely readable.
        events.record("support_case.context_added", supportCase.accountId, Map.of("caseId", supportCase.id,
                "messageId", message.id, "outboxId", outboxId, "length", body.length()));
        return new SupportPayloads.AddContext(SupportCase.of(supportCase), List.of());
    }

    /** The conversations of several cases (one query), each in order; under view-as without private context. */
    public Map<String, List<SupportMessage>> messagesOf(Collection<String> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        String onlyVisible = viewAs.accountId().isPresent() ? " and visibleToAccount = true" : "";
        return list("caseId in ?1" + onlyVisible + " order by createdAt, id", caseIds).stream()
                .collect(Collectors.groupingBy(message -> message.caseId,
                        Collectors.mapping(SupportMessage::of, Collectors.toList())));
    }

    /**
     * One message as the conversation shows it: of a case the caller may see ({@link SupportCaseRepository}'s rule),
     * and under view-as not the platform's private context.
     */
    public Optional<SupportMessage> findVisibleMessage(String id) {
        return findByIdOptional(id)
                .filter(message -> viewAs.accountId().isEmpty() || message.visibleToAccount)
                .filter(message -> cases.findVisible(message.caseId).isPresent())
                .map(SupportMessage::of);
    }
}
