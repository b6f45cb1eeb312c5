package com.connectboard.account.search;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A parsed {@code search} argument of {@code connectedAccounts} (docs/accounts.md, docs/search.md): clauses joined
 * by one connective. It renders as a PostgreSQL condition in which every user value is a bind parameter.
 *
 * @param connective how the clauses are joined; AND for zero or one clause
 * @param clauses the clauses in query order; empty means "no search"
 */
public record SearchQuery(Connective connective, List<Clause> clauses) {

    private static final SearchQuery EMPTY = new SearchQuery(Connective.AND, List.of());

    // The alias is the caller's, not the user's, but it is the one piece of SQL text we are handed: keep it a name.
    private static final Pattern ALIAS = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private static final ObjectMapper JSON = new ObjectMapper();

    public SearchQuery {
        Objects.requireNonNull(connective, "connective");
        clauses = List.copyOf(clauses);
    }

    /**
     * Parses user text. Null, empty or blank text is the empty query.
     *
     * @throws com.connectboard.error.ApiException INVALID_SEARCH_QUERY naming the position and what was expected
     */
    public static SearchQuery parse(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        return SearchParser.parse(text);
    }

    public boolean isEmpty() {
        return clauses.isEmpty();
    }

    /**
     * The condition for rows of {@code connected_account} under {@code alias}, binding values into {@code parameters}.
     * Always parenthesized, so that the caller can append it with {@code AND} whatever the connective inside.
     */
    public String toSql(String alias, SqlParameters parameters) {
        if (!ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("not a table alias: " + alias);
        }
        Objects.requireNonNull(parameters, "parameters");
        if (isEmpty()) {
            return "TRUE";
        }
        return clauses.stream()
                .map(clause -> clause.toSql(alias, parameters))
                .collect(Collectors.joining(" " + connective.name() + " ", "(", ")"));
    }

    public enum Connective {
        AND, OR
    }

    public enum Comparison {
        GT(">"), GE(">="), LT("<"), LE("<=");

        private final String sql;

        Comparison(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    /** One clause of the query; each knows its own SQL. */
    public sealed interface Clause permits NameContains, EmailEquals, EmailContains, MetadataEquals, CountryEquals,
            StatusEquals, DashboardAccessEquals, CreatedCompare, CreatedOn, Term, Not {

        String toSql(String alias, SqlParameters parameters);
    }

    /** {@code name~"..."}: business profile, company or individual name, through the trigram index on search_name. */
    public record NameContains(String text) implements Clause {
        @Override
        public String toSql(String alias, SqlParameters parameters) {
            return alias + ".search_name LIKE " + parameters.bind(containsPattern(text)) + " ESCAPE '\\'";
        }
    }

    /** {@code email:"..."}: {@code email} is the lower-cased address, matching the btree on lower(email). */
    public record EmailEquals(String email) implements Clause {
        @Override
        public String toSql(String alias, SqlParameters parameters) {
            return "lower(" + alias + ".email) = " + parameters.bind(email);
        }
    }

    /** {@code email~"..."}: through the trigram index on lower(email). */
    public record EmailContains(String text) implements Clause {
        @Override
        public String toSql(String alias, SqlParameters parameters) {
            return "lower(" + alias + ".email) LIKE " + parameters.bind(containsPattern(text)) + " ESCAPE '\\'";
        }
    }

    /** {@code metadata["key"]:"value"}: containment, so the jsonb_path_ops GIN index applies. */
    public record MetadataEquals(String key, String value) implements Clause {
        @Override
        public String toSql(String alias, SqlParameters parameters) {
            String object;
            try {
                // Jackson writes the JSON so that quotes, backslashes and control characters in keys stay data.
                object = JSON.writeValueAsString(Map.of(key, value));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a map of two strings is always JSON", e);
            }
            return alias + ".metadata @> CAST(" + parameters.bind(object) + " AS jsonb)";
        }
    }

    /** {@code country:"US"}: {@code code} is upper-case as stored. */
    public record CountryEquals(String code) implements Clause {
        @Override
        public String toSql(String alias, SqlParameters parameters) {
            return alias + ".country = " + parameters.bind(code);
        }
    }

    /** {@code status:"restricted"}: {@code status} is the stored upper-case name, e.g. RESTRICTED. */
    public record StatusEquals(String status) implements Clause {
        @Override
        public String toSql(String alias, SqlParameters parameters) {
            return alias + ".status = " + parameters.bind(status);
        }
    }

    /** {@code dashboard_access:"express"}: {@code access} is the stored upper-case name, e.g. EXPRESS. */
    public record DashboardAccessEquals(String access) implements Clause {
        @Override
        public String toSql(String alias, SqlParameters parameters) {
            return alias + ".dashboard_access = " + parameters.bind(access);
        }
    }

    /** {@code created>"..."} and the like; {@code at} is in UTC. */
    public record CreatedCompare(Comparison comparison, OffsetDateTime at) implements Clause {
        @Override
        public String toSql(String alias, SqlParameters parameters) {
            return alias + ".created_at " + comparison.sql() + " " + parameters.bind(at);
        }
    }

    /** {@code created:"2026-01-01"}: the whole UTC day, as a half-open range so the (platform_id, created_at) index applies. */
    public record CreatedOn(LocalDate day) implements Clause {
        @Override
        public String toSql(String alias, SqlParameters parameters) {
            OffsetDateTime from = day.atStartOfDay().atOffset(ZoneOffset.UTC);
            return "(" + alias + ".created_at >= " + parameters.bind(from) + " AND " + alias + ".created_at < "
                    + parameters.bind(from.plusDays(1)) + ")";
        }
    }

    /** A bare word or quoted phrase: a substring of the name or of the email. */
    public record Term(String text) implements Clause {
        @Override
        public String toSql(String alias, SqlParameters parameters) {
            String pattern = containsPattern(text);
            // One placeholder per occurrence, like every other clause, so each placeholder appears once in the SQL.
            return "(" + alias + ".search_name LIKE " + parameters.bind(pattern) + " ESCAPE '\\' OR lower(" + alias
                    + ".email) LIKE " + parameters.bind(pattern) + " ESCAPE '\\')";
        }
    }

    /**
     * {@code -clause}. IS NOT TRUE rather than NOT: a clause on a NULL column (an account without email) is NULL, and
     * NOT NULL would drop the row although it certainly does not match.
     */
    public record Not(Clause clause) implements Clause {
        @Override
        public String toSql(String alias, SqlParameters parameters) {
            return "(" + clause.toSql(alias, parameters) + ") IS NOT TRUE";
        }
    }

    /**
     * {@code %text%} for LIKE, lower-cased like search_name and lower(email), with the user's {@code %}, {@code _} and
     * the escape character itself made literal (backslash first, or the added backslashes would be doubled).
     */
    static String containsPattern(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
