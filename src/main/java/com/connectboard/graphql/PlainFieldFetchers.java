package com.connectboard.graphql;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Function;
import java.util.function.Supplier;

import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.schema.model.Wrapper;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;
import io.smallrye.graphql.transformation.Transformer;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;

/**
 * Reads plain properties of output types (a record component such as {@code ConnectedAccount.email}) without
 * SmallRye's per-field context.
 * <p>
 * SmallRye's field fetcher builds a request context for every field of every object it returns: it copies the context,
 * renders the field's path and turns the selection set into JSON twice. That context is only read by code that asks
 * for it (an injected {@code Context}, which our operations use and record accessors do not), yet it was 14 % of the
 * application's CPU on a page of 20 accounts (docs/benchmarks.md, "Application CPU"). A plain property needs none of it:
 * this fetcher calls the accessor, as graphql-java's own light property fetcher does.
 * <p>
 * Only fields whose value SmallRye would return unchanged (a string, a boolean, an enum, an object, a list of those) or
 * pass through one of its scalar transformers (a date it formats) are taken, with that same transformer. Adapters, maps,
 * arrays, optionals, nested lists, and every operation (queries, mutations, {@code @Source} fields) keep SmallRye's
 * fetchers. Registered through
 * {@code META-INF/services/io.smallrye.graphql.spi.DataFetcherService}; Quarkus' own service adds no field fetchers.
 */
public class PlainFieldFetchers implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 100;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        Function<Object, Object> output = output(field);
        if (output == null) {
            return null;
        }
        Class<?> ownerClass = ClassloadingService.get().loadClass(owner.getClassName());
        try {
            if (field.getMethodName() != null) {
                return new Accessor(ownerClass.getMethod(field.getMethodName()), output);
            }
            return new PublicField(ownerClass.getField(field.getPropertyName()), output);
        } catch (NoSuchMethodException | NoSuchFieldException e) {
            return null;
        }
    }

    /**
     * What SmallRye's FieldHelper would do to the property's value: nothing, or (a scalar it converts, such as an
     * {@code Instant} it formats) its transformer's output; null for the cases left to SmallRye.
     */
    @SuppressWarnings("unchecked")
    static Function<Object, Object> output(Field field) {
        Reference reference = field.getReference();
        boolean adapted = field.isAdaptingWith() || field.isAdaptingTo() || reference.isAdaptingWith()
                || reference.isAdaptingTo();
        if (adapted || reference.getClassName().startsWith("java.util.Optional")) {
            return null;
        }
        boolean converted = reference.getType() == ReferenceType.SCALAR
                && !reference.getClassName().equals(reference.getGraphQLClassName());
        if (field.hasWrapper()) {
            // A list of plain values comes back as it is; arrays, maps, optionals and nested lists are SmallRye's.
            Wrapper wrapper = field.getWrapper();
            return wrapper.isCollection() && !wrapper.hasWrapper() && !converted ? Function.identity() : null;
        }
        if (!converted) {
            return Function.identity();
        }
        Transformer<Object, Object> transformer = Transformer.transformer(field);
        return transformer == null ? Function.identity() : transformer::out;
    }

    private abstract static class PlainFetcher implements PlugableDataFetcher<Object>, LightDataFetcher<Object> {

        private final Function<Object, Object> output;

        PlainFetcher(Function<Object, Object> output) {
            this.output = output;
        }

        abstract Object read(Object source) throws ReflectiveOperationException;

        @Override
        public Object get(GraphQLFieldDefinition definition, Object source,
                Supplier<DataFetchingEnvironment> environment) throws Exception {
            return source == null ? null : unwrapped(source);
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
        }

        private Object unwrapped(Object source) throws Exception {
            try {
                Object value = read(source);
                return value == null ? null : output.apply(value);
            } catch (InvocationTargetException e) {
                // The accessor's own exception, as graphql-java reports it for any data fetcher.
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
    }

    private static final class Accessor extends PlainFetcher {
        private final Method method;

        Accessor(Method method, Function<Object, Object> output) {
            super(output);
            this.method = method;
        }

        @Override
        Object read(Object source) throws ReflectiveOperationException {
            return method.invoke(source);
        }
    }

    private static final class PublicField extends PlainFetcher {
        private final java.lang.reflect.Field field;

        PublicField(java.lang.reflect.Field field, Function<Object, Object> output) {
            super(output);
            this.field = field;
        }

        @Override
        Object read(Object source) throws ReflectiveOperationException {
            return field.get(source);
        }
    }
}
