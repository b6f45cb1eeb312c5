package com.connectboard.account.details;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The person behind an individual account, as stored (jsonb). {@code dob} is an ISO date; the id number is forwarded
 * to the provider and only its last four characters are kept.
 */
// Stored as jsonb through Jackson, which reads records reflectively (also in a native image).
@RegisterForReflection
public record IndividualDetails(String firstName, String lastName, String email, String phone, String dob,
        Address address, String idNumberLast4) {

    public static final IndividualDetails EMPTY = new IndividualDetails(null, null, null, null, null, null, null);
}
