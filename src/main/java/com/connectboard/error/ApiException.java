package com.connectboard.error;

/**
 * A refusal that becomes a GraphQL error with {@code extensions.code} (made by {@link ApiErrors}). Its message is
 * written for the client and is shown as is (see {@code quarkus.smallrye-graphql.show-runtime-exception-message});
 * every other exception is reported as "System error" with nothing of its message, stack or SQL.
 */
public final class ApiException extends RuntimeException {

    private final ErrorCode code;

    ApiException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
