package com.connectboard.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.connectboard.testing.Provider;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Every type, field, argument, input field, enum value and scalar of the served schema has a description: the schema is
 * the front-end developer's reference (units, formats, errors, why a field may be null). A new field without
 * {@code @Description} fails here, named by its coordinate.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SchemaDescriptionsTest {

    @Test
    void everythingTheServedSchemaDeclaresIsDescribed() {
        String token = Tokens.of(Provider.registerPlatform("Descriptions", "US", "usd"), "analyst");
        String served = given().auth().oauth2(token).when().get("/graphql/schema.graphql").then().statusCode(200)
                .extract().asString();
        List<String> missing = SchemaDescriptions.missing(served);
        if (!missing.isEmpty()) {
            fail(missing.size() + " schema elements have no description (add @Description):\n  "
                    + String.join("\n  ", missing));
        }
    }

    @Test
    void everyKindOfElementWithoutADescriptionIsCounted() {
        String sdl = """
                scalar DateTime
                "d" scalar Date
                interface Named { name: String }
                type Query implements Named {
                  "d" name: String
                  "d" items(first: Int, "d" after: String): [Item!]!
                  "ISO-8601" createdAt: DateTime
                }
                "d" type Item { "d" id: ID! }
                union Anything = Item
                input Filter { status: Status, "d" country: String }
                "d" enum Status { OPEN "d" CLOSED }
                directive @limit(n: Int) on FIELD_DEFINITION
                """;
        assertEquals(List.of("Anything", "DateTime", "Filter", "Filter.status", "Named", "Named.name", "Query",
                "Query.items(first:)", "Query.createdAt", "Status.OPEN", "@limit", "@limit(n:)"),
                SchemaDescriptions.missing(sdl));
    }
}
