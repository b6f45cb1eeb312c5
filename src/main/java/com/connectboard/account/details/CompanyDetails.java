package com.connectboard.account.details;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The company behind an account, as stored (jsonb). The tax id itself is forwarded to the provider and never kept:
 * only its last four characters.
 */
// Stored as jsonb through Jackson, which reads records reflectively (also in a native image).
@RegisterForReflection
public record CompanyDetails(String name, String phone, String taxIdLast4, Address address) {

    public static final CompanyDetails EMPTY = new CompanyDetails(null, null, null, null);
}
