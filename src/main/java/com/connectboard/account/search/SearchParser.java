package com.connectboard.account.search;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.connectboard.account.search.SearchQuery.Clause;
import com.connectboard.account.search.SearchQuery.Comparison;
import com.connectboard.account.search.SearchQuery.Connective;
import com.connectboard.account.search.SearchTokenizer.Kind;
import com.connectboard.account.search.SearchTokenizer.Token;
import com.connectboard.graphql.ApiErrors;
import com.connectboard.graphql.ApiException;

/**
 * Recursive-descent parser of the search language (docs/search.md has the grammar). Every refusal names a 1-based
 * position and what was expected there, because the client shows it to a person who typed the query.
 */
final class SearchParser {

    static final int MAX_QUERY_LENGTH = 500;
    static final int MAX_CLAUSES = 20;
    static final int MAX_VALUE_LENGTH = 200;

    /** Field names as users type them (case-insensitive), in the order error messages list them. */
    private enum Field {
        NAME, EMAIL, METADATA, COUNTRY, STATUS, DASHBOARD_ACCESS, CREATED;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Field of(String word) {
            for (Field field : values()) {
                if (field.label().equalsIgnoreCase(word)) {
                    return field;
                }
            }
            return null;
        }
    }

    private static final List<String> STATUSES = List.of("PENDING_ONBOARDING", "ENABLED", "RESTRICTED_SOON",
            "RESTRICTED", "REJECTED");
    private static final List<String> DASHBOARD_ACCESSES = List.of("FULL", "EXPRESS", "NONE");

    private final List<Token> tokens;
    private int next;

    private SearchParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static SearchQuery parse(String text) {
        if (text.length() > MAX_QUERY_LENGTH) {
            throw error(MAX_QUERY_LENGTH, "expected at most " + MAX_QUERY_LENGTH + " characters, the query has "
                    + text.length());
        }
        return new SearchParser(SearchTokenizer.tokenize(text)).query();
    }

    /** query := clause ( [AND | OR] clause )* with one connective throughout; an absent one means AND. */
    private SearchQuery query() {
        List<Clause> clauses = new ArrayList<>();
        Connective connective = null;
        clauses.add(clause());
        while (peek().kind() != Kind.END) {
            Token separator = peek();
            requireSpaceBefore(separator);
            Connective joining;
            String mixedHint;
            if (separator.isConnective()) {
                next++;
                joining = Connective.valueOf(separator.text().toUpperCase(Locale.ROOT));
                mixedHint = "";
                Token after = peek();
                if (after.kind() == Kind.END || after.isConnective()) {
                    throw error(after.start(), "expected a clause after " + joining + ", found " + after.describe());
                }
                requireSpaceBefore(after);
            } else {
                joining = Connective.AND;
                // Without this the user would not see where an AND came from.
                mixedHint = " (clauses separated only by a space are joined by AND)";
            }
            if (connective == null) {
                connective = joining;
            } else if (connective != joining) {
                throw error(separator.start(), "AND and OR cannot be mixed; use one of them" + mixedHint);
            }
            Token start = peek();
            Clause clause = clause();
            if (clauses.size() == MAX_CLAUSES) {
                throw error(start.start(), "expected at most " + MAX_CLAUSES + " clauses");
            }
            clauses.add(clause);
        }
        return new SearchQuery(connective == null ? Connective.AND : connective, clauses);
    }

    /** clause := ['-'] ( field-clause | WORD | STRING ); the '-' touches what it negates. */
    private Clause clause() {
        Token first = peek();
        if (first.kind() == Kind.MINUS) {
            next++;
            Token negated = peek();
            if (negated.kind() == Kind.END || negated.kind() == Kind.MINUS || negated.isConnective()) {
                throw error(negated.start(), "expected a clause after '-', found " + negated.describe());
            }
            if (negated.start() != first.end()) {
                throw error(negated.start(), "expected a clause right after '-' (no space between them)");
            }
            return new SearchQuery.Not(positiveClause());
        }
        return positiveClause();
    }

    private Clause positiveClause() {
        Token token = peek();
        if (token.kind() == Kind.WORD && !token.isConnective()) {
            Kind following = tokens.get(next + 1).kind();
            if (isOperator(following) || following == Kind.LBRACKET) {
                return fieldClause();
            }
            next++;
            return new SearchQuery.Term(checkedLength(token));
        }
        if (token.kind() == Kind.STRING) {
            next++;
            if (token.text().isEmpty()) {
                throw error(token.start(), "expected a non-empty quoted phrase");
            }
            return new SearchQuery.Term(checkedLength(token));
        }
        throw error(token.start(), "expected a search term or a field clause such as name~\"acme\", found "
                + token.describe());
    }

    private Clause fieldClause() {
        Token name = advance();
        Field field = Field.of(name.text());
        if (field == null) {
            throw error(name.start(), "unknown field " + quote(shorten(name.text())) + " (expected one of "
                    + Arrays.stream(Field.values()).map(Field::label).collect(Collectors.joining(", ")) + ")");
        }
        return switch (field) {
            case NAME -> new SearchQuery.NameContains(value(operator(field, Kind.TILDE)));
            case EMAIL -> {
                Token operator = operator(field, Kind.COLON, Kind.TILDE);
                String email = value(operator);
                yield operator.kind() == Kind.COLON
                        ? new SearchQuery.EmailEquals(email.toLowerCase(Locale.ROOT))
                        : new SearchQuery.EmailContains(email);
            }
            case METADATA -> metadata();
            case COUNTRY -> country(operator(field, Kind.COLON));
            case STATUS -> new SearchQuery.StatusEquals(
                    oneOf(operator(field, Kind.COLON), "status", STATUSES));
            case DASHBOARD_ACCESS -> new SearchQuery.DashboardAccessEquals(
                    oneOf(operator(field, Kind.COLON), "dashboard_access", DASHBOARD_ACCESSES));
            case CREATED -> created(operator(field, Kind.COLON, Kind.GT, Kind.GE, Kind.LT, Kind.LE));
        };
    }

    /** Consumes the operator after a field name, refusing any the field does not have. */
    private Token operator(Field field, Kind... allowed) {
        Token token = peek();
        if (!Arrays.asList(allowed).contains(token.kind())) {
            throw error(token.start(), "expected " + Arrays.stream(allowed).map(SearchParser::symbol)
                    .collect(Collectors.joining(" or ")) + " after " + field.label() + ", found " + token.describe());
        }
        next++;
        return token;
    }

    /**
     * A value: a quoted string, or a bare word (a convenience for values without spaces or special characters). AND
     * and OR are never bare values, so that {@code name~ OR x} is a clear mistake rather than a search for "OR".
     */
    private String value(Token after) {
        Token token = peek();
        boolean bare = token.kind() == Kind.WORD && !token.isConnective();
        if (token.kind() != Kind.STRING && !bare) {
            throw error(token.start(), "expected a value (a word or a quoted string) after '" + after.text() + "', found "
                    + token.describe());
        }
        next++;
        if (bare && peek().kind() != Kind.END && peek().start() == token.end()) {
            throw error(peek().start(), "expected a space after the value " + quote(token.text())
                    + "; quote values that contain any of : ~ = < > [ ] ( ) \"");
        }
        if (token.text().isEmpty()) {
            throw error(token.start(), "expected a non-empty value after '" + after.text() + "'");
        }
        return checkedLength(token);
    }

    /** metadata '[' key ']' ':' value; the key may be quoted or bare, like a value. */
    private Clause metadata() {
        Token open = peek();
        if (open.kind() != Kind.LBRACKET) {
            throw error(open.start(), "expected '[' after metadata, as in metadata[\"key\"]:\"value\", found "
                    + open.describe());
        }
        next++;
        Token key = peek();
        if (key.kind() != Kind.STRING && (key.kind() != Kind.WORD || key.isConnective())) {
            throw error(key.start(), "expected a metadata key after '[', found " + key.describe());
        }
        if (key.text().isEmpty()) {
            throw error(key.start(), "expected a non-empty metadata key after '['");
        }
        next++;
        checkedLength(key);
        Token close = peek();
        if (close.kind() != Kind.RBRACKET) {
            throw error(close.start(), "expected ']' after the metadata key, found " + close.describe());
        }
        next++;
        Token colon = peek();
        if (colon.kind() != Kind.COLON) {
            throw error(colon.start(), "expected ':' after metadata[" + quote(key.text()) + "], found "
                    + colon.describe());
        }
        next++;
        Token valueToken = peek();
        // Metadata values may be empty strings (any string is a valid value), unlike the other fields.
        if (valueToken.kind() == Kind.STRING) {
            next++;
            return new SearchQuery.MetadataEquals(key.text(), checkedLength(valueToken));
        }
        return new SearchQuery.MetadataEquals(key.text(), value(colon));
    }

    private Clause country(Token operator) {
        Token token = peek();
        String code = value(operator);
        if (code.length() != 2 || !code.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
            throw error(token.start(), "expected a two-letter country code (ISO 3166-1 alpha-2) such as \"US\", found "
                    + quote(code));
        }
        return new SearchQuery.CountryEquals(code.toUpperCase(Locale.ROOT));
    }

    /** A value from a fixed list, typed in any case; returns the stored (upper-case) form. */
    private String oneOf(Token operator, String field, List<String> allowed) {
        Token token = peek();
        String value = value(operator);
        String upper = value.toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            throw error(token.start(), "unknown " + field + " " + quote(value) + " (expected one of " + allowed.stream()
                    .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ")");
        }
        return upper;
    }

    /**
     * created with a date (midnight UTC) or an offset date-time; created:day is the whole UTC day, so it takes a
     * date only (a date-time there would leave unclear which day is meant).
     */
    private Clause created(Token operator) {
        Token token = peek();
        // Upper-case so that 't' and 'z' are accepted as ISO 8601 allows; dates have no other letters.
        String text = value(operator).toUpperCase(Locale.ROOT);
        if (operator.kind() == Kind.COLON) {
            LocalDate day = date(text);
            if (day == null) {
                throw error(token.start(), "expected a date such as \"2026-01-01\" after 'created:', found "
                        + quote(text) + " (for a moment in time use >, >=, < or <=)");
            }
            return new SearchQuery.CreatedOn(day);
        }
        OffsetDateTime at = instant(text);
        if (at == null) {
            throw error(token.start(), "expected a date such as \"2026-01-01\" or a date-time such as"
                    + " \"2026-01-01T10:00:00Z\" after '" + operator.text() + "', found " + quote(text));
        }
        Comparison comparison = switch (operator.kind()) {
            case GT -> Comparison.GT;
            case GE -> Comparison.GE;
            case LT -> Comparison.LT;
            default -> Comparison.LE;
        };
        return new SearchQuery.CreatedCompare(comparison, at);
    }

    private static LocalDate date(String text) {
        try {
            LocalDate day = LocalDate.parse(text);
            // Java reads years far beyond what PostgreSQL stores; a query error beats a "System error" from the database.
            return day.getYear() >= 1 && day.getYear() <= 9999 ? day : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static OffsetDateTime instant(String text) {
        if (text.indexOf('T') < 0) {
            LocalDate day = date(text);
            return day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        try {
            OffsetDateTime at = OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
            return at.getYear() >= 1 && at.getYear() <= 9999 ? at : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void requireSpaceBefore(Token token) {
        if (token.start() == tokens.get(next - 1).end()) {
            throw error(token.start(), "expected a space before " + token.describe()
                    + "; quote values that contain any of : ~ = < > [ ] ( ) \"");
        }
    }

    private static String checkedLength(Token token) {
        if (token.text().length() > MAX_VALUE_LENGTH) {
            throw error(token.start(), "expected a value of at most " + MAX_VALUE_LENGTH + " characters, this one has "
                    + token.text().length());
        }
        return token.text();
    }

    private static boolean isOperator(Kind kind) {
        return switch (kind) {
            case COLON, TILDE, GT, GE, LT, LE, EQUALS -> true;
            default -> false;
        };
    }

    private static String symbol(Kind kind) {
        return switch (kind) {
            case COLON -> "':'";
            case TILDE -> "'~'";
            case GT -> "'>'";
            case GE -> "'>='";
            case LT -> "'<'";
            case LE -> "'<='";
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token advance() {
        return tokens.get(next++);
    }

    /** The error for a 0-based offset; positions in messages are 1-based, as a person counts. */
    static ApiException error(int offset, String expectation) {
        return ApiErrors.invalidSearchQuery("Invalid search at position " + (offset + 1) + ": " + expectation);
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
