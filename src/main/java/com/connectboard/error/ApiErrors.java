package com.connectboard.error;

/**
 * The refusals that are GraphQL errors rather than userErrors: each a code and a message written for the client.
 * {@code graphql.ErrorShaping} turns the exception into the error, with {@code extensions.code} from
 * {@link ApiException#code()}.
 */
public final class ApiErrors {

    private ApiErrors() {
    }

    public static ApiException forbidden(String message) {
        return new ApiException(ErrorCode.FORBIDDEN, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(ErrorCode.NOT_FOUND, message);
    }

    public static ApiException badInput(String message) {
        return new ApiException(ErrorCode.BAD_USER_INPUT, message);
    }

    public static ApiException invalidSearchQuery(String message) {
        return new ApiException(ErrorCode.INVALID_SEARCH_QUERY, message);
    }
}
