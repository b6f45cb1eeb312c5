package com.connectboard.graphql;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.connectboard.error.ErrorCode;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.schema.GraphQLSchema;

/**
 * Refuses a request before anything of it runs: a document longer than {@link GraphQLConfig#maxDocumentCharacters()}
 * or with more than {@link GraphQLConfig#maxTokens()} tokens before it is parsed; then, on the parsed and validated
 * document (SmallRye's cache keeps those), {@link QueryAnalysis} with this request's variables: depth, cost, aliases and
 * the values of the inputs. A refused request comes back as the document's errors, so graphql-java executes nothing.
 */
final class QueryLimits implements PreparsedDocumentProvider {

    private final GraphQLConfig config;
    private final GraphQLSchema schema;
    private final PreparsedDocumentProvider cache;
    private final ParserOptions parserOptions;

    QueryLimits(GraphQLConfig config, GraphQLSchema schema, PreparsedDocumentProvider cache) {
        this.config = config;
        this.schema = schema;
        this.cache = cache;
        this.parserOptions = parserOptions(config);
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        if (query.length() > config.maxDocumentCharacters()) {
            return refused(tooLarge(query.length() + " characters", config.maxDocumentCharacters() + " characters"));
        }
        input.getGraphQLContext().put(ParserOptions.class, parserOptions);
        return cache.getDocumentAsync(input, uncached -> {
            GraphQLError refused = checkDocument(uncached.getQuery(), config, parserOptions);
            return refused != null ? new PreparsedDocumentEntry(refused) : parseAndValidate.apply(uncached);
        }).thenApply(entry -> entry.hasErrors() ? entry : analysed(entry.getDocument(), input));
    }

    static ParserOptions parserOptions(GraphQLConfig config) {
        return ParserOptions.getDefaultOperationParserOptions().transform(options -> options
                .maxCharacters(config.maxDocumentCharacters()).maxTokens(config.maxTokens() + 2)); // graphql-java stops when its count, the end of the text included, reaches it
    }

    /**
     * The document's size, tokens and syntax: DOCUMENT_TOO_LARGE or GRAPHQL_PARSE_FAILED, or null when it parses.
     * graphql-java reports a cancelled parse as any other syntax error; parsing here tells the two apart (done for
     * documents not yet in a cache only).
     */
    static GraphQLError checkDocument(String query, GraphQLConfig config, ParserOptions options) {
        if (query.length() > config.maxDocumentCharacters()) {
            return tooLarge(query.length() + " characters", config.maxDocumentCharacters() + " characters");
        }
        try {
            Parser.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(options).build());
            return null;
        } catch (ParseCancelledException e) {
            return tooLarge("more than " + config.maxTokens() + " tokens", config.maxTokens() + " tokens");
        } catch (InvalidSyntaxException e) {
            return ErrorShaping.shape(e.toInvalidSyntaxError());
        }
    }

    private PreparsedDocumentEntry analysed(Document document, ExecutionInput input) {
        OperationDefinition operation = operation(document, input.getOperationName());
        if (operation == null) {
            return new PreparsedDocumentEntry(document); // graphql-java names the missing operation
        }
        GraphQLError refusal = new QueryAnalysis(config, schema, document, input.getVariables()).check(operation);
        return refusal == null
                ? new PreparsedDocumentEntry(document)
                : new PreparsedDocumentEntry(document,
                        List.of(refusal));
    }

    private static OperationDefinition operation(Document document, String name) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (name == null || name.isEmpty()) {
            return operations.size() == 1 ? operations.get(0) : null;
        }
        return operations.stream().filter(operation -> name.equals(operation.getName())).findFirst().orElse(null);
    }

    private static GraphQLError tooLarge(String actual, String limit) {
        return ErrorShaping.error(ErrorCode.DOCUMENT_TOO_LARGE,
                "The document has " + actual + "; at most " + limit + " are accepted. Send a smaller query.");
    }

    private static CompletableFuture<PreparsedDocumentEntry> refused(GraphQLError error) {
        return CompletableFuture.completedFuture(new PreparsedDocumentEntry(error));
    }
}
