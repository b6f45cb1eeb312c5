package com.connectboard.provider;

/** A provider event that is not applied, with the HTTP status that tells the provider why (docs/provider-events.md). */
public class ProviderEventRejected extends RuntimeException {

    private final int status;

    private ProviderEventRejected(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** 401: the signature is missing, wrong or too old. */
    public static ProviderEventRejected unauthenticated(String message) {
        return new ProviderEventRejected(401, message);
    }

    /** 400: malformed JSON, an unknown type or a missing or wrong field. */
    public static ProviderEventRejected malformed(String message) {
        return new ProviderEventRejected(400, message);
    }

    /** 422: well formed, but about a platform, account, case or payout Connectboard does not know (or cannot apply). */
    public static ProviderEventRejected unprocessable(String message) {
        return new ProviderEventRejected(422, message);
    }

    public int status() {
        return status;
    }
}
