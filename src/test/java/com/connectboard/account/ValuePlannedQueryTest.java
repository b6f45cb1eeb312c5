package com.connectboard.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The named-to-positional rewriting of {@link ValuePlannedQuery}; the statements themselves run in FindAccountsTest. */
class ValuePlannedQueryTest {

    @Test
    void eachNamedParameterBecomesAPositionInTextOrderAndARepeatedOneIsBoundAgain() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("s1", "%acme%");
        parameters.put("platformId", "plat_1");
        List<Object> values = new ArrayList<>();

        String sql = ValuePlannedQuery.positional(
                "a.platform_id = :platformId AND (a.search_name LIKE :s1 ESCAPE '\\' OR lower(a.email) LIKE :s1)",
                parameters, values);

        assertEquals("a.platform_id = ? AND (a.search_name LIKE ? ESCAPE '\\' OR lower(a.email) LIKE ?)", sql);
        assertEquals(List.of("plat_1", "%acme%", "%acme%"), values);
    }

    @Test
    void aCollectionBecomesOnePositionPerElementAndCastsAreLeftAlone() {
        List<Object> values = new ArrayList<>();

        String sql = ValuePlannedQuery.positional("a.status IN (:status) AND a.metadata @> :m::jsonb",
                Map.of("status", List.of("ENABLED", "RESTRICTED"), "m", "{}"), values);

        assertEquals("a.status IN (?, ?) AND a.metadata @> ?::jsonb", sql);
        assertEquals(List.of("ENABLED", "RESTRICTED", "{}"), values);
    }

    @Test
    void aParameterWithoutValueOrAnEmptyListIsRefusedRatherThanSentAsNull() {
        var missing = assertThrows(IllegalArgumentException.class,
                () -> ValuePlannedQuery.positional("a.id = :id", Map.of(), new ArrayList<>()));
        assertTrue(missing.getMessage().contains(":id"), missing.getMessage());
        var empty = assertThrows(IllegalArgumentException.class, () -> ValuePlannedQuery
                .positional("a.status IN (:status)", Map.of("status", List.of()), new ArrayList<>()));
        assertTrue(empty.getMessage().contains(":status"), empty.getMessage());
    }
}
