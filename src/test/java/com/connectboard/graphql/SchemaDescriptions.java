package com.connectboard.graphql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import graphql.language.Description;
import graphql.language.DirectiveDefinition;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

/**
 * Every element of a schema document that has no description: types (objects, interfaces, unions, input types, enums,
 * declared scalars), fields, arguments, input fields, enum values and declared directives, each named by its
 * coordinate ({@code Type.field(argument:)}). GraphQL's own scalars and introspection types are not ours to describe.
 * A description that is only the format SmallRye adds by itself ("ISO-8601" on a date-time) says nothing a front-end
 * developer can act on, so it counts as missing.
 */
final class SchemaDescriptions {

    private static final Pattern GENERATED_ONLY = Pattern.compile("ISO-8601|yyyy-MM-dd|HH:mm:ss");

    private SchemaDescriptions() {
    }

    static List<String> missing(String sdl) {
        TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
        List<String> missing = new ArrayList<>();
        List<TypeDefinition<?>> types = new ArrayList<>();
        registry.types().values().forEach(types::add);
        registry.scalars().values().stream().filter(scalar -> !ScalarInfo.isGraphqlSpecifiedScalar(scalar.getName()))
                .forEach(types::add);
        types.sort(Comparator.comparing(TypeDefinition::getName));
        for (TypeDefinition<?> type : types) {
            if (type.getName().startsWith("__")) {
                continue;
            }
            check(missing, type.getName(), description(type));
            if (type instanceof ObjectTypeDefinition object) {
                fields(missing, type.getName(), object.getFieldDefinitions());
            } else if (type instanceof InterfaceTypeDefinition anInterface) {
                fields(missing, type.getName(), anInterface.getFieldDefinitions());
            } else if (type instanceof InputObjectTypeDefinition input) {
                for (InputValueDefinition field : input.getInputValueDefinitions()) {
                    check(missing, type.getName() + "." + field.getName(), field.getDescription());
                }
            } else if (type instanceof EnumTypeDefinition anEnum) {
                anEnum.getEnumValueDefinitions()
                        .forEach(value -> check(missing, type.getName() + "." + value.getName(), value.getDescription()));
            }
        }
        for (DirectiveDefinition directive : registry.getDirectiveDefinitions().values()) {
            check(missing, "@" + directive.getName(), directive.getDescription());
            for (InputValueDefinition argument : directive.getInputValueDefinitions()) {
                check(missing, "@" + directive.getName() + "(" + argument.getName() + ":)", argument.getDescription());
            }
        }
        return missing;
    }

    private static void fields(List<String> missing, String type, List<FieldDefinition> fields) {
        for (FieldDefinition field : fields) {
            String coordinate = type + "." + field.getName();
            check(missing, coordinate, field.getDescription());
            for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                check(missing, coordinate + "(" + argument.getName() + ":)", argument.getDescription());
            }
        }
    }

    private static Description description(TypeDefinition<?> type) {
        if (type instanceof ObjectTypeDefinition object) {
            return object.getDescription();
        } else if (type instanceof InterfaceTypeDefinition anInterface) {
            return anInterface.getDescription();
        } else if (type instanceof UnionTypeDefinition union) {
            return union.getDescription();
        } else if (type instanceof InputObjectTypeDefinition input) {
            return input.getDescription();
        } else if (type instanceof EnumTypeDefinition anEnum) {
            return anEnum.getDescription();
        } else if (type instanceof ScalarTypeDefinition scalar) {
            return scalar.getDescription();
        }
        return null;
    }

    private static void check(List<String> missing, String coordinate, Description description) {
        String text = description == null || description.getContent() == null ? "" : description.getContent().strip();
        if (text.isEmpty() || GENERATED_ONLY.matcher(text).matches()) {
            missing.add(coordinate);
        }
    }
}
