package com.connectboard.support;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.connectboard.event.EventRecorder;
import com.connectboard.graphql.Ids;
import com.connectboard.provider.ProviderEvent;
import com.connectboard.provider.ProviderEventHandler;
import com.connectboard.provider.ProviderEventRejected;
import com.connectboard.provider.ProviderRouting;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * {@code support_case.opened}: the account opened a case with the provider. Stores the case (created at the
 * provider's opened_at) and its first message, from the account. Cases of every account are stored; which ones the
 * platform sees is decided when reading (SupportCaseRepository), since an account's flags may change later.
 */
@ApplicationScoped
public class SupportCaseOpenedHandler implements ProviderEventHandler {

    private final ProviderRouting routing;
    private final SupportCaseRepository cases;
    private final EventRecorder events;

    @Inject
    public SupportCaseOpenedHandler(ProviderRouting routing, SupportCaseRepository cases, EventRecorder events) {
        this.routing = routing;
        this.cases = cases;
        this.events = events;
    }

    @Override
    public String type() {
        return "support_case.opened";
    }

    @Override
    public String platformOf(ProviderEvent event) {
        return routing.platformOfAccount(event.text("account_id"));
    }

    @Override
    public void apply(ProviderEvent event) {
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

        SupportMessageEntity message = new SupportMessageEntity();
        message.id = Ids.newId(SupportMessageEntity.ID_PREFIX);
        message.caseId = supportCase.id;
        message.author = SupportMessageAuthor.ACCOUNT;
        message.body = body;
        message.createdAt = openedAt;
        message.visibleToAccount = true;
        Panache.getEntityManager().persist(message);
        // Subject and body stay out of the event: they are the account's words, readable only where the case is.
        events.record("support_case.opened", accountId, Map.of("caseId", supportCase.id, "providerCaseId",
                providerCaseId, "providerEventId", event.id()));
    }
}
