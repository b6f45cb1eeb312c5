package com.connectboard.account.details;

/**
 * The company behind an account, as stored (jsonb). The tax id itself is forwarded to the provider and never kept:
 * only its last four characters.
 */
public record CompanyDetails(String name, String phone, String taxIdLast4, Address address) {

    public static final CompanyDetails EMPTY = new CompanyDetails(null, null, null, null);
}
