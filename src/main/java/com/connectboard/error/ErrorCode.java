package com.connectboard.error;

import org.eclipse.microprofile.graphql.Description;

/**
 * The one list of error codes: values of {@code UserError.code} in mutation payloads and of
 * {@code extensions.code} on GraphQL errors. The names are public API (docs/api.md lists them): never rename one.
 */
@Description("Why an operation was refused. Business rules come back in a payload's userErrors; FORBIDDEN, NOT_FOUND "
        + "(view-as), INVALID_SEARCH_QUERY, BAD_USER_INPUT, the document and limit codes and INTERNAL come back as "
        + "GraphQL errors with extensions.code (docs/api-limits.md).")
public enum ErrorCode {
    @Description("HTTP 401 from /graphql: no bearer token, or one that was refused (bad signature, expired, wrong issuer "
            + "or audience). The body is GraphQL-shaped, {errors: [{message, extensions: {code}}]}; nothing was executed.")
    UNAUTHENTICATED, @Description("The token's roles do not allow the operation, or the token names no platform.")
    FORBIDDEN, @Description("The thing named does not exist on your platform.")
    NOT_FOUND, @Description("A malformed request: a value out of range, a wrong format, a missing field.")
    BAD_USER_INPUT, @Description("The search query could not be parsed; the message names the position and what was expected.")
    INVALID_SEARCH_QUERY, @Description("An input value broke a rule; field names it.")
    INVALID_INPUT, @Description("The platform profile lacks name, url or product description, support email or notification email.")
    PLATFORM_PROFILE_INCOMPLETE, @Description("A platform in this country may only onboard accounts through hosted onboarding (FULL or EXPRESS).")
    HOSTED_ONBOARDING_REQUIRED, @Description("The link was already used.")
    LINK_ALREADY_USED, @Description("The link has expired.")
    LINK_EXPIRED, @Description("The account was removed from the platform.")
    ACCOUNT_REMOVED, @Description("Only accounts with a FULL dashboard can be removed.")
    ONLY_FULL_DASHBOARD_REMOVABLE, @Description("The provider collects this account's requirements; the platform cannot submit them.")
    NOT_PLATFORM_COLLECTED, @Description("The representative cannot be removed; set another one first.")
    CANNOT_REMOVE_REPRESENTATIVE, @Description("The balance does not cover the amount.")
    INSUFFICIENT_FUNDS, @Description("The account's capability needed for this is not active.")
    CAPABILITY_INACTIVE, @Description("The platform is not liable for the account's negative balances.")
    PLATFORM_NOT_LIABLE, @Description("No debit consent was recorded for the account.")
    CONSENT_REQUIRED, @Description("The platform and the account are in different regions.")
    REGION_MISMATCH, @Description("Debits are not supported in this region.")
    REGION_UNSUPPORTED, @Description("The currency is not the one the operation requires.")
    CURRENCY_MISMATCH, @Description("The idempotency key was used with a different input.")
    IDEMPOTENCY_KEY_MISMATCH, @Description("The document is not valid GraphQL syntax; the message gives the line and column.")
    GRAPHQL_PARSE_FAILED, @Description("The document does not fit the schema (an unknown field, a missing argument, a wrong type); the message names it.")
    GRAPHQL_VALIDATION_FAILED, @Description("The query nests fields deeper than the depth limit (extensions.limit).")
    QUERY_TOO_DEEP, @Description("The query's estimated cost (fields times page sizes of the lists above them) is over the limit (extensions.limit).")
    QUERY_TOO_COMPLEX, @Description("The operation uses more aliases than the limit (extensions.limit).")
    TOO_MANY_ALIASES, @Description("The document has more characters or tokens than the limit.")
    DOCUMENT_TOO_LARGE, @Description("nodes(ids:) was given more ids than the limit (extensions.limit, 100 by default): split them over several requests.")
    TOO_MANY_IDS, @Description("The body is a JSON array (a batch): send one operation per request.")
    BATCHING_NOT_SUPPORTED, @Description("The HTTP request is not a GraphQL request: a JSON object with a query string.")
    BAD_REQUEST, @Description("The server failed; extensions.retryable says whether the same request may succeed later.")
    INTERNAL
}
