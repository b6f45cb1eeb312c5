package com.connectboard.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.connectboard.testing.Provider;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.schema.idl.errors.SchemaProblem;

/**
 * docs/schema.graphql is the schema the service serves, so that every API change shows in a review's diff, and it builds
 * as it is in standard tools (every scalar and directive it uses is declared). To accept a change:
 * {@code ./mvnw test -Dtest=SchemaDriftTest -Dschema.write=true}, then commit the file.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SchemaDriftTest {

    static final Path COMMITTED = Path.of("docs/schema.graphql");

    @Test
    void theCommittedSchemaIsTheServedSchema() throws IOException {
        String token = Tokens.of(Provider.registerPlatform("Schema", "US", "usd"), "analyst");
        String served = given().auth().oauth2(token).when().get("/graphql/schema.graphql").then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("schema.write")) {
            Files.writeString(COMMITTED, normalize(served), StandardCharsets.UTF_8);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        List<String> drift = SchemaDrift.differences(served, committed);
        if (!drift.isEmpty()) {
            fail("docs/schema.graphql differs from the served schema (" + drift.size() + " lines), first: " + drift.get(0)
                    + "\nRegenerate with ./mvnw test -Dtest=SchemaDriftTest -Dschema.write=true");
        }
    }

    @Test
    void theCommittedSchemaBuildsAsItIs() throws IOException {
        GraphQLSchema schema = build(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        assertNotNull(schema.getQueryType());
        assertNotNull(schema.getMutationType());
        for (String scalar : List.of("DateTime", "Date", "BigInteger", "BigDecimal")) {
            if (schema.getType(scalar) == null) {
                fail("docs/schema.graphql does not declare the scalar " + scalar);
            }
        }
    }

    @Test
    void aSchemaUsingAnUndeclaredScalarDoesNotBuild() {
        assertThrows(SchemaProblem.class, () -> build("type Query {\n  createdAt: DateTime!\n}\n"));
        assertNotNull(build("scalar DateTime\n\ntype Query {\n  createdAt: DateTime!\n}\n").getType("DateTime"));
    }

    /** What a client's tooling does with the file: parse it and build a schema from it, nothing else supplied. */
    static GraphQLSchema build(String sdl) {
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    }

    @Test
    void anyChangedLineIsDrift() {
        String schema = "type Query {\n  platform: Platform\n}\n";
        assertTrue(SchemaDrift.differences(schema, schema).isEmpty());
        assertEquals(List.of("+ (served)   platforms: Platform", "- (committed) platform: Platform"),
                SchemaDrift.differences(schema.replace("platform:", "platforms:"), schema));
        assertEquals(List.of("+ (served)   viewer: Viewer!"),
                SchemaDrift.differences(schema.replace("}", "  viewer: Viewer!\n}"), schema));
    }

    static String normalize(String schema) {
        return schema.strip() + "\n";
    }
}
