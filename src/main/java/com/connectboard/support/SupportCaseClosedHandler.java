package com.connectboard.support;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.connectboard.event.EventRecorder;
import com.connectboard.provider.ProviderEvent;
import com.connectboard.provider.ProviderEventHandler;
import com.connectboard.provider.ProviderEventRejected;
import com.connectboard.provider.ProviderRouting;

/** {@code support_case.closed}: the provider closed the case. Closing a closed case changes nothing. */
@ApplicationScoped
public class SupportCaseClosedHandler implements ProviderEventHandler {

    private final ProviderRouting routing;
    private final SupportCaseRepository cases;
    private final EventRecorder events;

    @Inject
    public SupportCaseClosedHandler(ProviderRouting routing, SupportCaseRepository cases, EventRecorder events) {
        this.routing = routing;
        this.cases = cases;
        this.events = events;
    }

    @Override
    public String type() {
        return "support_case.closed";
    }

    @Override
    public String platformOf(ProviderEvent event) {
        return routing.platformOfCase(event.text("case_id"));
    }

    @Override
    public void apply(ProviderEvent event) {
        Instant closedAt = event.instant("closed_at");
        SupportCaseEntity supportCase = cases.findByProviderCaseId(event.text("case_id"))
                .orElseThrow(() -> ProviderEventRejected.unprocessable("Unknown support case " + event.text("case_id")));
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
}
