package com.connectboard.graphql;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.connectboard.error.Refusal;

/**
 * The one place a {@link Refusal} becomes a payload's {@code userErrors}. A mutation's API method calls its service
 * through {@link #answer}; the service's transaction has already rolled back when the refusal arrives here.
 */
public final class Refusals {

    private Refusals() {
    }

    public static <P> P answer(Supplier<P> mutation, Function<List<UserError>, P> refused) {
        try {
            return mutation.get();
        } catch (Refusal refusal) {
            return refused.apply(userErrors(refusal));
        }
    }

    /** The refusal for the errors an {@link InputCheck} collected, thrown by a service when the check failed. */
    public static Refusal of(List<UserError> errors) {
        return Refusal.of(errors.stream().map(error -> new Refusal.Reason(error.code(), error.field(), error.message()))
                .toList());
    }

    public static List<UserError> userErrors(Refusal refusal) {
        return refusal.reasons().stream().map(reason -> UserError.of(reason.code(), reason.field(), reason.message()))
                .toList();
    }
}
