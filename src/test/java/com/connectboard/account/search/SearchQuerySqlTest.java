package com.connectboard.account.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What each construct becomes in SQL, with exact text and bound values. */
class SearchQuerySqlTest {

    private record Sql(String text, Map<String, Object> values) {
    }

    private static Sql sql(String query) {
        SqlParameters parameters = new SqlParameters();
        String text = SearchQuery.parse(query).toSql("a", parameters);
        return new Sql(text, parameters.values());
    }

    private static OffsetDateTime utc(int year, int month, int day, int hour, int minute) {
        return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, ZoneOffset.UTC);
    }

    @Test
    void emptyQueryMatchesEverything() {
        for (String query : new String[]{null, "", "   ", "\t\n"}) {
            assertTrue(SearchQuery.parse(query).isEmpty());
            assertEquals(new Sql("TRUE", Map.of()), sql(query));
        }
        assertFalse(SearchQuery.parse("acme").isEmpty());
    }

    @Test
    void nameIsCaseInsensitiveSubstringOfSearchName() {
        assertEquals(new Sql("(a.search_name LIKE :s1 ESCAPE '\\')", Map.of("s1", "%acme corp%")),
                sql("name~\"ACME Corp\""));
        assertEquals(new Sql("(a.search_name LIKE :s1 ESCAPE '\\')", Map.of("s1", "%acme%")), sql("NAME~Acme"));
    }

    @Test
    void emailExactAndSubstring() {
        assertEquals(new Sql("(lower(a.email) = :s1)", Map.of("s1", "a@x.com")), sql("email:\"A@X.com\""));
        assertEquals(new Sql("(lower(a.email) LIKE :s1 ESCAPE '\\')", Map.of("s1", "%@x.com%")),
                sql("Email~\"@X.com\""));
        assertEquals(new Sql("(lower(a.email) = :s1)", Map.of("s1", "a@x.com")), sql("email:a@x.com"));
    }

    @Test
    void metadataIsJsonContainmentWithEscapedJson() {
        assertEquals(new Sql("(a.metadata @> CAST(:s1 AS jsonb))", Map.of("s1", "{\"tier\":\"gold\"}")),
                sql("metadata[\"tier\"]:\"gold\""));
        assertEquals(new Sql("(a.metadata @> CAST(:s1 AS jsonb))", Map.of("s1", "{\"tier\":\"gold\"}")),
                sql("metadata[tier]:gold"));
        // Keys and values are case-sensitive and quotes inside them stay JSON data.
        assertEquals(new Sql("(a.metadata @> CAST(:s1 AS jsonb))", Map.of("s1", "{\"Ti\\\"er\":\"a\\\\b\"}")),
                sql("metadata[\"Ti\\\"er\"]:\"a\\\\b\""));
        assertEquals(Map.of("s1", "{\"note\":\"\"}"), sql("metadata[note]:\"\"").values());
    }

    @Test
    void countryStatusAndDashboardAreUpperCaseEquality() {
        assertEquals(new Sql("(a.country = :s1)", Map.of("s1", "US")), sql("country:\"us\""));
        assertEquals(new Sql("(a.country = :s1)", Map.of("s1", "FR")), sql("country:Fr"));
        assertEquals(new Sql("(a.status = :s1)", Map.of("s1", "RESTRICTED")), sql("status:\"restricted\""));
        assertEquals(new Sql("(a.status = :s1)", Map.of("s1", "PENDING_ONBOARDING")),
                sql("STATUS:Pending_Onboarding"));
        assertEquals(new Sql("(a.dashboard_access = :s1)", Map.of("s1", "EXPRESS")),
                sql("dashboard_access:\"express\""));
        assertEquals(new Sql("(a.dashboard_access = :s1)", Map.of("s1", "NONE")), sql("Dashboard_Access:none"));
    }

    @Test
    void createdComparisonsBindUtcDateTimes() {
        OffsetDateTime newYear = utc(2026, 1, 1, 0, 0);
        assertEquals(new Sql("(a.created_at > :s1)", Map.of("s1", newYear)), sql("created>\"2026-01-01\""));
        assertEquals(new Sql("(a.created_at >= :s1)", Map.of("s1", newYear)), sql("created>=2026-01-01"));
        assertEquals(new Sql("(a.created_at < :s1)", Map.of("s1", newYear)), sql("created<2026-01-01"));
        assertEquals(new Sql("(a.created_at <= :s1)", Map.of("s1", utc(2026, 1, 1, 10, 0))),
                sql("created<=\"2026-01-01T10:00:00Z\""));
        // An offset is converted to UTC, not dropped.
        Object bound = sql("created>\"2026-01-01T10:30:00+02:00\"").values().get("s1");
        assertEquals(utc(2026, 1, 1, 8, 30), bound);
        assertEquals(ZoneOffset.UTC, ((OffsetDateTime) bound).getOffset());
        assertEquals(utc(2026, 1, 1, 10, 0), sql("created>\"2026-01-01t10:00:00z\"").values().get("s1"));
    }

    @Test
    void createdOnADayIsTheWholeUtcDay() {
        assertEquals(new Sql("((a.created_at >= :s1 AND a.created_at < :s2))",
                Map.of("s1", utc(2026, 2, 28, 0, 0), "s2", utc(2026, 3, 1, 0, 0))), sql("created:\"2026-02-28\""));
    }

    @Test
    void bareWordsAndPhrasesSearchNameAndEmail() {
        assertEquals(new Sql("((a.search_name LIKE :s1 ESCAPE '\\' OR lower(a.email) LIKE :s2 ESCAPE '\\'))",
                Map.of("s1", "%acme%", "s2", "%acme%")), sql("Acme"));
        assertEquals(new Sql("((a.search_name LIKE :s1 ESCAPE '\\' OR lower(a.email) LIKE :s2 ESCAPE '\\'))",
                Map.of("s1", "%acme corp%", "s2", "%acme corp%")), sql("\"Acme Corp\""));
        // A quoted AND is a phrase, not a connective.
        assertEquals(Map.of("s1", "%and%", "s2", "%and%"), sql("\"and\"").values());
        // A '-' inside a word is an ordinary character.
        assertEquals(Map.of("s1", "%e-shop%", "s2", "%e-shop%"), sql("e-shop").values());
    }

    @Test
    void negationIsNotTrueSoNullsCountAsNotMatching() {
        assertEquals(new Sql("((lower(a.email) LIKE :s1 ESCAPE '\\') IS NOT TRUE)", Map.of("s1", "%@x.com%")),
                sql("-email~\"@x.com\""));
        assertEquals(new Sql("((a.country = :s1) IS NOT TRUE AND ((a.created_at >= :s2 AND a.created_at < :s3)) "
                + "IS NOT TRUE)", Map.of("s1", "US", "s2", utc(2026, 1, 1, 0, 0), "s3", utc(2026, 1, 2, 0, 0))),
                sql("-country:US -created:2026-01-01"));
    }

    @Test
    void clausesJoinWithAndOrOr() {
        String expectedAnd = "(a.search_name LIKE :s1 ESCAPE '\\' AND a.status = :s2 AND a.country = :s3)";
        Map<String, Object> values = Map.of("s1", "%acme%", "s2", "ENABLED", "s3", "US");
        assertEquals(new Sql(expectedAnd, values), sql("name~acme status:enabled country:US"));
        assertEquals(new Sql(expectedAnd, values), sql("name~acme AND status:enabled and country:US"));
        assertEquals(new Sql("(a.search_name LIKE :s1 ESCAPE '\\' OR a.status = :s2 OR a.country = :s3)", values),
                sql("  name~acme OR status:enabled or country:US  "));
        assertEquals(SearchQuery.Connective.OR, SearchQuery.parse("a OR b").connective());
    }

    @Test
    void likeWildcardsInUserTextAreLiteral() {
        assertEquals(Map.of("s1", "%100\\%\\_off\\\\now%"), sql("name~\"100%_OFF\\\\now\"").values());
        assertEquals(Map.of("s1", "%\\_\\_%", "s2", "%\\_\\_%"), sql("__").values());
        assertEquals("%a\\\\\\%b%", SearchQuery.containsPattern("a\\%b"));
    }

    @Test
    void valuesNeverReachTheSqlText() {
        String attack = "x' OR 1=1 --";
        Sql result = sql("name~\"" + attack + "\"");
        assertEquals(new Sql("(a.search_name LIKE :s1 ESCAPE '\\')", Map.of("s1", "%x' or 1=1 --%")), result);

        Sql metadata = sql("metadata[\"k'); DROP TABLE connected_account; --\"]:\"v\"");
        assertEquals("(a.metadata @> CAST(:s1 AS jsonb))", metadata.text());
        assertEquals(Map.of("s1", "{\"k'); DROP TABLE connected_account; --\":\"v\"}"), metadata.values());

        Sql email = sql("email:\"a'--@x.com\" OR \"'; SELECT 1\"");
        assertFalse(email.text().contains("'--") || email.text().contains("SELECT"), email.text());
    }

    @Test
    void parametersNumberOnAcrossCallsWithOneCollector() {
        SqlParameters parameters = new SqlParameters();
        assertEquals(":s1", parameters.bind("first"));
        String sql = SearchQuery.parse("country:US").toSql("acct", parameters);
        assertEquals("(acct.country = :s2)", sql);
        assertEquals(Map.of("s1", "first", "s2", "US"), parameters.values());
        assertThrows(UnsupportedOperationException.class, () -> parameters.values().clear());
        assertThrows(NullPointerException.class, () -> parameters.bind(null));
    }

    @Test
    void aliasMustBeAName() {
        SearchQuery query = SearchQuery.parse("acme");
        assertThrows(IllegalArgumentException.class, () -> query.toSql("a; DROP TABLE x", new SqlParameters()));
        assertThrows(IllegalArgumentException.class, () -> query.toSql("", new SqlParameters()));
    }
}
