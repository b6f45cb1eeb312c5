package com.connectboard.graphql;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.graphql.spi.DataFetcherService;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/**
 * The plain property fetchers answer every kind of field they take over as SmallRye's own would: strings, nulls,
 * booleans, enums, nested objects, lists of objects, and instants formatted as ISO-8601 UTC.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PlainFieldFetchersTest {

    private static final String ACCOUNT = """
            query($id: ID!) {
              connectedAccount(id: $id) {
                id createdAt email phone status dashboardAccess isPlatform chargesEnabled lastActivityAt
                businessProfile { name url } metadata { key value } payoutSchedule { interval }
                company { name taxIdProvided address { city } }
              }
            }""";

    @Test
    void isTheRegisteredFieldFetcherService() {
        assertTrue(ServiceLoader.load(DataFetcherService.class).stream()
                .anyMatch(provider -> provider.type() == PlainFieldFetchers.class));
    }

    @Inject
    GraphQLSchema schema;

    /**
     * The fields the query below reads come from this service's fetchers (so the answers checked there are the fast
     * path's), and operations keep SmallRye's.
     */
    @Test
    void theQueryBelowTakesTheFastPath() {
        List<String> plain = List.of("ConnectedAccount.id", "ConnectedAccount.createdAt", "ConnectedAccount.email",
                "ConnectedAccount.phone", "ConnectedAccount.status", "ConnectedAccount.dashboardAccess",
                "ConnectedAccount.isPlatform", "ConnectedAccount.chargesEnabled", "ConnectedAccount.lastActivityAt",
                "ConnectedAccount.businessProfile", "ConnectedAccount.metadata", "ConnectedAccount.payoutSchedule",
                "ConnectedAccount.company", "BusinessProfile.name", "BusinessProfile.url", "MetadataEntry.key",
                "MetadataEntry.value", "Company.name", "Company.taxIdProvided", "Company.address", "Address.city");
        assertEquals(List.of(), plain.stream().filter(coordinate -> !fast(coordinate)).toList(),
                "fields read by SmallRye's own fetcher");
        assertFalse(fast("Query.connectedAccount"), "an operation keeps SmallRye's fetcher");
    }

    private boolean fast(String coordinate) {
        String[] parts = coordinate.split("\\.");
        GraphQLObjectType type = schema.getObjectType(parts[0]);
        assertNotNull(type, parts[0]);
        GraphQLFieldDefinition field = type.getFieldDefinition(parts[1]);
        assertNotNull(field, coordinate);
        DataFetcher<?> fetcher = schema.getCodeRegistry().getDataFetcher(type, field);
        return fetcher.getClass().getEnclosingClass() == PlainFieldFetchers.class;
    }

    @Test
    void answersEachKindOfFieldAsBefore() {
        String platformId = Accounts.completePlatform("US", "usd");
        String id = Accounts.create(platformId, "NONE", "Plain Fields Ltd", "plain@fields.example",
                Map.of("tier", "gold", "crm", "c-1"));
        GraphQL.as(Tokens.of(platformId, "analyst")).ok(ACCOUNT, Map.of("id", id))
                .body("errors", nullValue())
                .body("data.connectedAccount.id", equalTo(id))
                .body("data.connectedAccount.createdAt",
                        matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z"))
                .body("data.connectedAccount.email", equalTo("plain@fields.example"))
                .body("data.connectedAccount.phone", nullValue())
                .body("data.connectedAccount.status", equalTo("RESTRICTED"))
                .body("data.connectedAccount.dashboardAccess", equalTo("NONE"))
                .body("data.connectedAccount.isPlatform", equalTo(false))
                .body("data.connectedAccount.chargesEnabled", equalTo(false))
                .body("data.connectedAccount.lastActivityAt", nullValue())
                .body("data.connectedAccount.businessProfile.name", equalTo("Plain Fields Ltd"))
                .body("data.connectedAccount.metadata",
                        equalTo(List.of(Map.of("key", "crm", "value", "c-1"), Map.of("key", "tier", "value", "gold"))))
                .body("data.connectedAccount.payoutSchedule", nullValue())
                .body("data.connectedAccount.company.taxIdProvided", equalTo(false));
    }
}
