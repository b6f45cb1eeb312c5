package com.connectboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.junit.jupiter.api.Test;

import io.smallrye.graphql.api.Subscription;

/**
 * A safety net for the role table: no GraphQL operation or nested resolver may exist without an {@link Allowed}
 * (which is what makes {@link RequestGuard} run), and every mutation states its own row of the role table (docs/api.md).
 */
class AllowedCoverageTest {

    @Test
    void everyGraphQLEntryPointIsGuarded() throws Exception {
        List<String> unguarded = new ArrayList<>();
        List<String> mutationsWithoutOwnRow = new ArrayList<>();
        List<Class<?>> apis = graphQLApis();
        assertFalse(apis.isEmpty(), "no @GraphQLApi class found under target/classes");
        for (Class<?> api : apis) {
            for (Method method : api.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || !isEntryPoint(method)) {
                    continue;
                }
                if (!method.isAnnotationPresent(Allowed.class) && !api.isAnnotationPresent(Allowed.class)) {
                    unguarded.add(api.getSimpleName() + "." + method.getName());
                }
                if (method.isAnnotationPresent(Mutation.class) && !method.isAnnotationPresent(Allowed.class)) {
                    mutationsWithoutOwnRow.add(api.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), unguarded, "operations without @Allowed");
        assertEquals(List.of(), mutationsWithoutOwnRow, "mutations without their own @Allowed row");
    }

    private static boolean isEntryPoint(Method method) {
        if (method.isAnnotationPresent(Query.class) || method.isAnnotationPresent(Mutation.class)
                || method.isAnnotationPresent(Subscription.class)) {
            return true;
        }
        return Stream.of(method.getParameters()).anyMatch(parameter -> parameter.isAnnotationPresent(Source.class));
    }

    private static List<Class<?>> graphQLApis() throws IOException {
        Path classes = Path.of("target/classes");
        List<Class<?>> apis = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, AllowedCoverageTest.class.getClassLoader());
                    if (type.isAnnotationPresent(GraphQLApi.class)) {
                        apis.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // generated or optional classes that do not load outside Quarkus are not API classes
                }
            }
        }
        return apis;
    }
}
