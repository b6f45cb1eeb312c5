package com.connectboard.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.connectboard.event.EventRecorder;
import com.connectboard.graphql.ApiErrors;
import com.connectboard.graphql.ErrorCode;
import com.connectboard.graphql.InputCheck;

@ApplicationScoped
public class PlatformService {

    private final PlatformRepository platforms;
    private final EventRecorder events;
    private final Clock clock;

    @Inject
    public PlatformService(PlatformRepository platforms, EventRecorder events, Clock clock) {
        this.platforms = platforms;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public UpdatePlatformProfilePayload updateProfile(UpdatePlatformProfileInput input) {
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
            return new UpdatePlatformProfilePayload(null, check.errors());
        }
        PlatformEntity platform = platforms.current()
                .orElseThrow(() -> ApiErrors.notFound("Your platform is not registered with the provider yet"));

        Map<String, Object> changes = new LinkedHashMap<>();
        apply(changes, "name", platform.name, input.name(), value -> platform.name = value);
        apply(changes, "url", platform.url, input.url(), value -> platform.url = value);
        apply(changes, "productDescription", platform.productDescription, input.productDescription(),
                value -> platform.productDescription = value);
        apply(changes, "supportEmail", platform.supportEmail, input.supportEmail(), value -> platform.supportEmail = value);
        apply(changes, "notificationEmail", platform.notificationEmail, input.notificationEmail(),
                value -> platform.notificationEmail = value);
        if (!changes.isEmpty()) {
            platform.updatedAt = Instant.now(clock);
            events.record("platform.updated", null, Map.of("changes", changes,
                    "profileComplete", platform.profileComplete()));
        }
        return new UpdatePlatformProfilePayload(Platform.of(platform), List.of());
    }

    /** Null keeps the value; an empty string clears it. Records each real change as {from, to}. */
    private static void apply(Map<String, Object> changes, String field, String current, String requested,
            Consumer<String> setter) {
        if (requested == null) {
            return;
        }
        String value = requested.isEmpty() ? null : requested.strip();
        if (value == null ? current == null : value.equals(current)) {
            return;
        }
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("from", current);
        change.put("to", value);
        changes.put(field, change);
        setter.accept(value);
    }
}
