package com.connectboard.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.connectboard.error.ApiErrors;
import com.connectboard.error.ErrorCode;
import com.connectboard.event.ChangeSet;
import com.connectboard.event.EventRecorder;
import com.connectboard.graphql.InputCheck;
import com.connectboard.graphql.Refusals;

@ApplicationScoped
public class PlatformService {

    @Inject
    PlatformRepository platforms;
    @Inject
    EventRecorder events;
    @Inject
    Clock clock;

    @Transactional
    public PlatformPayloads.UpdateProfile updateProfile(PlatformInputs.UpdateProfile input) {
        if (input == null) {
            throw ApiErrors.badInput("`input` is required");
        }
        InputCheck check = new InputCheck()
                .url("input.url", input.url())
                .length("input.productDescription", input.productDescription(), 0, 2000)
                .email("input.supportEmail", input.supportEmail())
                .email("input.notificationEmail", input.notificationEmail());
        if (input.name() != null && input.name().isBlank()) {
            check.fail(ErrorCode.INVALID_INPUT, "input.name", "`input.name` cannot be blank");
        } else {
            check.length("input.name", input.name(), 1, 200);
        }
        if (check.failed()) {
            throw Refusals.of(check.errors());
        }
        PlatformEntity platform = platforms.current()
                .orElseThrow(() -> ApiErrors.notFound("Your platform is not registered with the provider yet"));

        ChangeSet changes = new ChangeSet();
        changes.text("name", platform.name, input.name(), value -> platform.name = value);
        changes.text("url", platform.url, input.url(), value -> platform.url = value);
        changes.text("productDescription", platform.productDescription, input.productDescription(),
                value -> platform.productDescription = value);
        changes.text("supportEmail", platform.supportEmail, input.supportEmail(), value -> platform.supportEmail = value);
        changes.text("notificationEmail", platform.notificationEmail, input.notificationEmail(),
                value -> platform.notificationEmail = value);
        if (!changes.isEmpty()) {
            platform.updatedAt = Instant.now(clock);
            events.record("platform.updated", null, Map.of("changes", changes.asMap(),
                    "profileComplete", platform.profileComplete()));
        }
        return new PlatformPayloads.UpdateProfile(Platform.of(platform), List.of());
    }
}
