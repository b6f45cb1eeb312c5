package com.connectboard.graphql;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import com.connectboard.error.ApiException;
import com.connectboard.error.ErrorCode;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.InvalidSyntaxError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.introspection.GoodFaithIntrospection;
import graphql.validation.ValidationError;

/**
 * The one place that decides what a client sees of a GraphQL error: every error of every result leaves here with an
 * {@code extensions.code} of {@link ErrorCode} and a message that names the field, argument or variable, never a Java
 * class nor graphql-java's dump of a value. Refusals written for clients ({@link ApiException}, the limits) keep their
 * message; syntax, validation and variable errors are reworded; anything else is INTERNAL with
 * {@code extensions.retryable} (true when the cause is transient: the database unreachable, a deadlock, a
 * serialization failure, a lock or connection timeout), its detail only in the server log.
 */
final class ErrorShaping extends SimplePerformantInstrumentation {

    private static final Logger LOG = Logger.getLogger(ErrorShaping.class);

    /** What a client must never read: a qualified class name, an exception, graphql-java's value dumps. */
    static final Pattern INTERNALS = Pattern.compile(
            "[a-z]+\\.[a-z]+\\.[A-Z]|Exception|ObjectValue|ObjectField|ArrayValue|StringValue|IntValue|Unknown Scalar|"
                    + "\\$[A-Z][A-Za-z]*|\\bat [a-z]+\\.");
    private static final Set<String> CODES = java.util.Arrays.stream(ErrorCode.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());
    private static final Pattern VALIDATION_PREFIX = Pattern.compile("^Validation error \\(([A-Za-z]+)(@\\[([^]]*)])?\\) : ");
    private static final Pattern VALUE_DUMP = Pattern.compile(" with value '.*' (is|must|contains|has)", Pattern.DOTALL);
    private static final Pattern SMALLRYE_DETAIL = Pattern.compile(" - SRGQL\\d+:.*$", Pattern.DOTALL);
    private static final Pattern UNKNOWN_SCALAR = Pattern.compile("is not a valid '?Unknown Scalar Type \\[[^]]*]'?");
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03", "57P01", "57P02", "57P03");

    static GraphQLError error(ErrorCode code, String message) {
        return error(code, message, Map.of());
    }

    static GraphQLError error(ErrorCode code, String message, Map<String, Object> extra) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        extensions.putAll(extra);
        return GraphqlErrorBuilder.newError().message("%s", message).errorType(classification(code))
                .extensions(extensions).build();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> shaped = result.getErrors().stream().map(ErrorShaping::shape).toList();
        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().from(result).errors(shaped)
                .build());
    }

    static GraphQLError shape(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return fromResolver(error, fetching.getException());
        }
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        if (code instanceof String name && CODES.contains(name) && !INTERNALS.matcher(error.getMessage()).find()) {
            return error; // ours already (the limits)
        }
        if (error instanceof InvalidSyntaxError) {
            return like(error, ErrorCode.GRAPHQL_PARSE_FAILED,
                    clean(error.getMessage(), "The document is not valid GraphQL" + at(error)), Map.of());
        }
        if (error instanceof ValidationError validation) {
            return like(error, ErrorCode.GRAPHQL_VALIDATION_FAILED, validationMessage(validation), Map.of());
        }
        if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            return like(error, ErrorCode.QUERY_TOO_COMPLEX, clean(error.getMessage(),
                    "Introspection may select __schema, __type and each list of a type only once"), Map.of());
        }
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.ValidationError) {
            // graphql-java's coercion of variables and the choice of the operation: the request's own values.
            return like(error, ErrorCode.BAD_USER_INPUT, variableMessage(error.getMessage()), Map.of());
        }
        if (type == ErrorType.InvalidSyntax) {
            return like(error, ErrorCode.GRAPHQL_PARSE_FAILED, clean(error.getMessage(), "The document is not valid "
                    + "GraphQL" + at(error)), Map.of());
        }
        if (type == ErrorType.OperationNotSupported) {
            return like(error, ErrorCode.GRAPHQL_VALIDATION_FAILED, clean(error.getMessage(),
                    "The operation is not supported"), Map.of());
        }
        LOG.errorf("GraphQL error without a cause to report, answered as INTERNAL: %s (%s)", error.getMessage(),
                error.getClass().getName());
        return internal(error, false);
    }

    private static GraphQLError fromResolver(GraphQLError error, Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException refusal) {
                return like(error, refusal.code(), refusal.getMessage(), Map.of());
            }
            if (cause instanceof io.quarkus.security.ForbiddenException
                    || cause instanceof io.quarkus.security.UnauthorizedException) {
                return like(error, ErrorCode.FORBIDDEN, "Your token does not allow this operation", Map.of());
            }
            if (cause instanceof io.smallrye.graphql.transformation.TransformException
                    || cause instanceof graphql.schema.CoercingParseValueException
                    || cause instanceof graphql.schema.CoercingParseLiteralException) {
                return like(error, ErrorCode.BAD_USER_INPUT, "An argument of `" + fieldOf(error) + "` has a value of "
                        + "the wrong format" + detail(cause.getMessage()), Map.of());
            }
        }
        return internal(error, retryable(thrown));
    }

    private static GraphQLError internal(GraphQLError error, boolean retryable) {
        String message = retryable
                ? "A temporary failure stopped the request (nothing was changed by the failed part); retry it"
                : "Internal error: the request could not be completed; the failure was logged";
        return like(error, ErrorCode.INTERNAL, message, Map.of("retryable", retryable));
    }

    /** Whether the same request may succeed later: the failure is the database's or the network's, not the request's. */
    static boolean retryable(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof ConnectException || cause instanceof SocketTimeoutException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof org.hibernate.exception.LockAcquisitionException
                    || cause instanceof jakarta.persistence.LockTimeoutException
                    || cause instanceof jakarta.persistence.QueryTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("53") || TRANSIENT_STATES.contains(
                        state))) {
                    return true;
                }
                // Agroal: no connection became free in time (a pool exhausted or a database not answering).
                if (state == null && sql.getMessage() != null && sql.getMessage().contains("Acquisition timeout")) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String validationMessage(ValidationError validation) {
        String message = validation.getMessage();
        String path = null;
        Matcher prefix = VALIDATION_PREFIX.matcher(message);
        if (prefix.find()) {
            path = prefix.group(3);
            message = message.substring(prefix.end());
        }
        message = VALUE_DUMP.matcher(message).replaceAll(" $1");
        message = SMALLRYE_DETAIL.matcher(message).replaceAll("");
        message = UNKNOWN_SCALAR.matcher(message).replaceAll("has a value that does not fit its type");
        String where = path == null || path.isEmpty() ? "" : " (at `" + path + "`)";
        return clean(message + where, "The document does not fit the schema" + where);
    }

    private static String variableMessage(String message) {
        String cleaned = UNKNOWN_SCALAR.matcher(VALUE_DUMP.matcher(message).replaceAll(" $1")).replaceAll(
                "has a value that does not fit its type").replaceAll("SRGQL\\d+: ", "")
                .replaceAll("but was \\[[A-Za-z]+]", "but was another kind of value");
        return clean(cleaned, "A variable has a value that does not fit its type");
    }

    private static String detail(String message) {
        if (message == null || message.isBlank() || INTERNALS.matcher(message).find()) {
            return "";
        }
        return ": " + message;
    }

    private static String clean(String message, String fallback) {
        return message == null || INTERNALS.matcher(message).find() ? fallback : message;
    }

    private static String at(GraphQLError error) {
        return error.getLocations() == null || error.getLocations().isEmpty()
                ? ""
                : " (line " + error.getLocations().get(0).getLine() + ", column " + error.getLocations().get(0)
                        .getColumn() + ")";
    }

    private static String fieldOf(GraphQLError error) {
        return error.getPath() == null || error.getPath().isEmpty()
                ? "the operation"
                : String.valueOf(error.getPath().get(error.getPath().size() - 1));
    }

    private static GraphQLError like(GraphQLError original, ErrorCode code, String message, Map<String, Object> extra) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        extensions.putAll(extra);
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().message("%s", message)
                .errorType(classification(code)).extensions(extensions);
        if (original.getLocations() != null) {
            builder.locations(original.getLocations());
        }
        if (original.getPath() != null) {
            builder.path(original.getPath());
        }
        return builder.build();
    }

    /** graphql-java's standard classification (extensions.classification), kept for clients that read it. */
    private static ErrorClassification classification(ErrorCode code) {
        return switch (code) {
            case GRAPHQL_PARSE_FAILED -> ErrorType.InvalidSyntax;
            case GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT -> ErrorType.ValidationError;
            case QUERY_TOO_DEEP, QUERY_TOO_COMPLEX, TOO_MANY_ALIASES, DOCUMENT_TOO_LARGE, TOO_MANY_IDS ->
                ErrorType.ExecutionAborted;
            default -> ErrorType.DataFetchingException;
        };
    }
}
