package com.connectboard.error;

import java.util.List;

/**
 * A business rule that refuses a mutation: thrown by the service that finds it, turned into the payload's
 * {@code userErrors} at the GraphQL edge ({@code graphql.Refusals.answer}). Thrown out of a {@code @Transactional}
 * method it rolls the transaction back, which is what a refusal wants: nothing of the mutation is written. It carries
 * no stack trace: it is the client's answer, not a defect.
 */
public final class Refusal extends RuntimeException {

    /** One reason: the code, the input field at fault (null when no single field is) and a message for a person. */
    public record Reason(ErrorCode code, String field, String message) {
    }

    private final List<Reason> reasons;

    private Refusal(List<Reason> reasons) {
        super(reasons.get(0).message(), null, false, false);
        this.reasons = List.copyOf(reasons);
    }

    public static Refusal of(ErrorCode code, String field, String message) {
        return new Refusal(List.of(new Reason(code, field, message)));
    }

    /** Several reasons at once: all input errors are collected and returned together. */
    public static Refusal of(List<Reason> reasons) {
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal has at least one reason");
        }
        return new Refusal(reasons);
    }

    public List<Reason> reasons() {
        return reasons;
    }
}
