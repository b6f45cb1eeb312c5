package com.connectboard.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * GraphQL errors of the API. One subclass per code because SmallRye GraphQL reads {@code extensions.code} from the
 * exception class's {@link ErrorCode} annotation.
 */
public final class ApiErrors {

    private ApiErrors() {
    }

    public static ApiException forbidden(String message) {
        return new Forbidden(message);
    }

    public static ApiException notFound(String message) {
        return new NotFound(message);
    }

    public static ApiException badInput(String message) {
        return new BadUserInput(message);
    }

    public static ApiException invalidSearchQuery(String message) {
        return new InvalidSearchQuery(message);
    }

    @ErrorCode("FORBIDDEN")
    public static final class Forbidden extends ApiException {
        Forbidden(String message) {
            super(message);
        }

        @Override
        public com.connectboard.error.ErrorCode code() {
            return com.connectboard.error.ErrorCode.FORBIDDEN;
        }
    }

    @ErrorCode("NOT_FOUND")
    public static final class NotFound extends ApiException {
        NotFound(String message) {
            super(message);
        }

        @Override
        public com.connectboard.error.ErrorCode code() {
            return com.connectboard.error.ErrorCode.NOT_FOUND;
        }
    }

    @ErrorCode("BAD_USER_INPUT")
    public static final class BadUserInput extends ApiException {
        BadUserInput(String message) {
            super(message);
        }

        @Override
        public com.connectboard.error.ErrorCode code() {
            return com.connectboard.error.ErrorCode.BAD_USER_INPUT;
        }
    }

    @ErrorCode("INVALID_SEARCH_QUERY")
    public static final class InvalidSearchQuery extends ApiException {
        InvalidSearchQuery(String message) {
            super(message);
        }

        @Override
        public com.connectboard.error.ErrorCode code() {
            return com.connectboard.error.ErrorCode.INVALID_SEARCH_QUERY;
        }
    }
}
