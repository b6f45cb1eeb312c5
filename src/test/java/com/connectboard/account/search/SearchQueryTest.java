package com.connectboard.account.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.connectboard.account.search.SearchQuery.Connective;
import com.connectboard.graphql.ApiException;
import com.connectboard.graphql.ErrorCode;

/** The parse tree of well-formed queries, and the error (position and expectation) of malformed ones. */
class SearchQueryTest {

    private static ApiException refused(String query) {
        ApiException e = assertThrows(ApiException.class, () -> SearchQuery.parse(query), query);
        assertEquals(ErrorCode.INVALID_SEARCH_QUERY, e.code(), query);
        return e;
    }

    private static void assertRefused(String query, int position, String expectation) {
        String message = refused(query).getMessage();
        assertTrue(message.startsWith("Invalid search at position " + position + ": "), message);
        assertTrue(message.contains(expectation), message);
    }

    @Test
    void parsesEachClauseKind() {
        SearchQuery query = SearchQuery.parse("name~acme email:\"A@x.com\" email~x.com metadata[\"tier\"]:gold "
                + "country:us status:enabled dashboard_access:FULL created:2026-01-01 \"big shop\" -word");
        assertEquals(Connective.AND, query.connective());
        assertEquals(List.of(new SearchQuery.NameContains("acme"), new SearchQuery.EmailEquals("a@x.com"),
                new SearchQuery.EmailContains("x.com"), new SearchQuery.MetadataEquals("tier", "gold"),
                new SearchQuery.CountryEquals("US"), new SearchQuery.StatusEquals("ENABLED"),
                new SearchQuery.DashboardAccessEquals("FULL"), new SearchQuery.CreatedOn(LocalDate.of(2026, 1, 1)),
                new SearchQuery.Term("big shop"), new SearchQuery.Not(new SearchQuery.Term("word"))),
                query.clauses());
    }

    @Test
    void quotedValuesUnescapeQuoteAndBackslashAndKeepEverythingElse() {
        assertEquals(List.of(new SearchQuery.NameContains("say \"hi\" \\ to: ~me [x] (y) -z AND")),
                SearchQuery.parse("name~\"say \\\"hi\\\" \\\\ to: ~me [x] (y) -z AND\"").clauses());
    }

    @Test
    void spacesAroundOperatorsAreAllowed() {
        assertEquals(SearchQuery.parse("name~acme"), SearchQuery.parse("name ~ acme"));
        assertEquals(SearchQuery.parse("metadata[\"k\"]:v"), SearchQuery.parse("metadata [ \"k\" ] : v"));
    }

    @Test
    void limitsAtTheBoundaryAreAccepted() {
        String twentyClauses = "a ".repeat(20).trim();
        assertEquals(20, SearchQuery.parse(twentyClauses).clauses().size());
        String value = "v".repeat(200);
        assertEquals(List.of(new SearchQuery.NameContains(value)),
                SearchQuery.parse("name~\"" + value + "\"").clauses());
        String longQuery = "x" + " ".repeat(499);
        assertEquals(500, longQuery.length());
        assertEquals(1, SearchQuery.parse(longQuery).clauses().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // Quoted values.
            "name~\"acme                 | 11 | unterminated quoted value starting at position 6",
            "name~\"acme                 | 11 | expected a closing '\"'",
            "name~\"a\\\"                | 10 | unterminated quoted value starting at position 6",
            "name~\"a\\nb\"              | 8  | expected '\\\"' or '\\\\' after a backslash",
            // Unknown fields.
            "nmae~\"acme\"               | 1  | unknown field \"nmae\" (expected one of name, email, metadata, country, status, dashboard_access, created)",
            "x country:US foo=bar       | 14 | unknown field \"foo\"",
            // Missing values.
            "name:                      | 5  | expected '~' after name, found ':'",
            "name~                      | 6  | expected a value (a word or a quoted string) after '~', found end of query",
            "email:  OR x               | 9  | expected a value (a word or a quoted string) after ':', found OR",
            "email:\"\"                 | 7  | expected a non-empty value after ':'",
            "\"\"                       | 1  | expected a non-empty quoted phrase",
            // Operators a field does not have.
            "email>\"x\"                | 6  | expected ':' or '~' after email, found '>'",
            "country~\"U\"              | 8  | expected ':' after country, found '~'",
            "name:\"acme\"              | 5  | expected '~' after name, found ':'",
            "status=enabled             | 7  | expected ':' after status, found '='",
            "created~2026               | 8  | expected ':' or '>' or '>=' or '<' or '<=' after created",
            // Connectives.
            "a AND b OR c               | 9  | AND and OR cannot be mixed; use one of them",
            "a OR b c                   | 8  | AND and OR cannot be mixed; use one of them (clauses separated only by a space are joined by AND)",
            "a b OR c                   | 5  | AND and OR cannot be mixed",
            "a OR                       | 5  | expected a clause after OR, found end of query",
            "a AND  and b               | 8  | expected a clause after AND, found AND",
            "OR a                       | 1  | expected a search term or a field clause",
            // Negation.
            "acme -                     | 7  | expected a clause after '-', found end of query",
            "- acme                     | 3  | expected a clause right after '-'",
            "--acme                     | 2  | expected a clause after '-', found '-'",
            "-OR a                      | 2  | expected a clause after '-', found OR",
            // Dates.
            "created>\"2026-13-01\"     | 9  | expected a date such as \"2026-01-01\" or a date-time such as \"2026-01-01T10:00:00Z\" after '>', found \"2026-13-01\"",
            "created<\"2026-02-30\"     | 9  | expected a date such as",
            "created>\"2026-01-01T10:00:00\" | 9 | expected a date such as",
            "created>=\"yesterday\"     | 10 | found \"YESTERDAY\"",
            "created>\"10000-01-01\"    | 9  | expected a date such as",
            "created:\"2026-01-01T10:00:00Z\" | 9 | expected a date such as \"2026-01-01\" after 'created:'",
            "created>2026-01-01T10:00:00Z | 22 | expected a space after the value \"2026-01-01T10\"; quote values",
            // Fixed lists.
            "status:\"active\"          | 8  | unknown status \"active\" (expected one of pending_onboarding, enabled, restricted_soon, restricted, rejected)",
            "dashboard_access:partial   | 18 | unknown dashboard_access \"partial\" (expected one of full, express, none)",
            "country:USA                | 9  | expected a two-letter country code (ISO 3166-1 alpha-2)",
            "country:\"U1\"             | 9  | expected a two-letter country code",
            // Metadata.
            "metadata:\"gold\"          | 9  | expected '[' after metadata",
            "metadata[                  | 10 | expected a metadata key after '[', found end of query",
            "metadata[]:x               | 10 | expected a metadata key after '[', found ']'",
            "metadata[\"\"]:x           | 10 | expected a non-empty metadata key",
            "metadata[\"tier\"          | 16 | expected ']' after the metadata key, found end of query",
            "metadata[\"tier\"]         | 17 | expected ':' after metadata[\"tier\"], found end of query",
            "metadata[\"tier\"]~gold    | 17 | expected ':' after metadata[\"tier\"], found '~'",
            "metadata[\"tier\"]:        | 18 | expected a value (a word or a quoted string) after ':'",
            "name[x]:y                  | 5  | expected '~' after name, found '['",
            // Other structure.
            "name~\"a\"b                | 9  | expected a space before \"b\"",
            "\"a\"OR b                  | 4  | expected a space before OR",
            "(a OR b)                   | 1  | parentheses are not supported",
            ": x                        | 1  | expected a search term or a field clause such as name~\"acme\", found ':'",
    })
    void malformedQueriesNamePositionAndExpectation(String query, int position, String expectation) {
        assertRefused(query, position, expectation);
    }

    @Test
    void tooLong() {
        assertRefused("x".repeat(501), 501, "expected at most 500 characters, the query has 501");
        assertRefused("name~\"" + "v".repeat(201) + "\"", 6, "expected a value of at most 200 characters, this one has 201");
        assertRefused("metadata[" + "k".repeat(201) + "]:v", 10, "expected a value of at most 200 characters");
        assertRefused("w".repeat(201), 1, "expected a value of at most 200 characters");
    }

    @Test
    void tooManyClauses() {
        String query = "a OR ".repeat(20) + "b";
        assertRefused(query, 101, "expected at most 20 clauses");
        assertRefused("-x ".repeat(21), 61, "expected at most 20 clauses");
    }

    @Test
    void unknownFieldNamesAreShortenedInTheMessage() {
        String message = refused("f".repeat(100) + ":x").getMessage();
        assertTrue(message.contains("unknown field \"" + "f".repeat(40) + "...\""), message);
    }
}
