package com.connectboard.person;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.connectboard.account.AccountWrites;
import com.connectboard.error.ErrorCode;
import com.connectboard.error.Refusal;
import com.connectboard.event.EventRecorder;

/**
 * The one-representative rule: an account has at most one representative at any moment (a partial unique index holds
 * it in the database too), the role passes from one person to the next in one change, and the representative cannot
 * be removed or lose the role except by another person taking it. The caller holds the account's lock.
 */
@ApplicationScoped
class Representatives {

    static final String KEEPS_THE_ROLE = "This person is the account's representative: make another person the "
            + "representative first (setRepresentative)";

    @Inject
    PersonRepository persons;
    @Inject
    EventRecorder events;
    @Inject
    AccountWrites writes;
    @Inject
    Clock clock;

    /** Why the representative cannot be removed or lose the role, naming {@code field}. */
    static Refusal keepsTheRole(String field) {
        return Refusal.of(ErrorCode.CANNOT_REMOVE_REPRESENTATIVE, field, KEEPS_THE_ROLE);
    }

    /**
     * Makes {@code person} the representative: takes the role from the current one (if any), flushed before it is
     * given, so that the index never sees two. Returns the previous representative's id, for {@link #recordSet}.
     */
    String giveRole(PersonEntity person) {
        Optional<PersonEntity> current = persons.representativeOf(person.accountId);
        current.ifPresent(previous -> {
            previous.representative = false;
            previous.updatedAt = Instant.now(clock);
            // The partial unique index allows one representative at any moment, also between two statements.
            persons.flush();
        });
        person.representative = true;
        return current.map(previous -> previous.id).orElse(null);
    }

    /** Records {@code person.representative_set}, after the change's own event, and re-evaluates the account. */
    void recordSet(PersonEntity person, String previous) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("personId", person.id);
        data.put("previousPersonId", previous);
        events.record("person.representative_set", person.accountId, data);
        writes.inputsChanged(person.accountId);
    }
}
