package com.connectboard.error;

/**
 * A refusal that becomes a GraphQL error with {@code extensions.code}. Its message is written for the client and is
 * shown as is (see {@code quarkus.smallrye-graphql.show-runtime-exception-message}); every other exception is
 * reported as "System error" with nothing of its message, stack or SQL.
 */
public abstract class ApiException extends RuntimeException {

    protected ApiException(String message) {
        super(message, null, false, false);
    }

    public abstract ErrorCode code();
}
