package com.connectboard.graphql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.connectboard.error.ErrorCode;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * One walk over the operation to be executed (fragments expanded), with the request's variables, that refuses it when
 * it is nested too deep, costs too much, uses too many aliases, or carries an input value the service cannot take as
 * it is: an {@code Int} beyond 32 bits or not whole (graphql-java's coercion would wrap or fail), text with a NUL
 * character (PostgreSQL's text cannot hold U+0000), a date-time outside years 1 to 9999. These are the rules for every
 * input of every operation, in one place.
 * <p>
 * Introspection ({@code __schema}, {@code __type}) is left out of depth and cost: graphql-java's good-faith
 * introspection check already refuses the repeated and cyclic introspection selections that make it expensive, and
 * tools' standard introspection query is deeper than any data query needs to be.
 */
final class QueryAnalysis {

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final Set<String> PAGE_SIZE_ARGUMENTS = Set.of("first", "last");
    /** The argument of {@code nodes(ids:)}: its length is the field's page size, capped by maxNodeIds. */
    private static final String IDS_ARGUMENT = "ids";
    /** The year of an ISO-8601 date: digits, with an optional sign, before the first dash after them. */
    private static final Pattern YEAR = Pattern.compile("^\\s*([+-]?\\d+)-\\d");
    private static final Set<String> BUILT_IN_SCALARS = Set.of("Int", "Float", "String", "Boolean", "ID");

    private final GraphQLConfig limits;
    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Object> variables;
    private final Map<String, VariableDefinition> definitions = new HashMap<>();
    private final Set<String> expanding = new HashSet<>();
    /** First pass: the shape (depth, aliases); second pass: the cost and the input values. */
    private boolean shapeOnly;
    private long cost;
    private long visited;
    private int aliases;

    QueryAnalysis(GraphQLConfig limits, GraphQLSchema schema, Document document, Map<String, Object> variables) {
        this.limits = limits;
        this.schema = schema;
        this.variables = variables == null ? Map.of() : variables;
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(fragment -> fragments.put(fragment.getName(),
                fragment));
    }

    /** The refusal of the operation, or null when it may run. */
    GraphQLError check(OperationDefinition operation) {
        try {
            for (VariableDefinition definition : operation.getVariableDefinitions()) {
                definitions.put(definition.getName(), definition);
                GraphQLInputType type = inputType(definition.getType());
                if (type != null && variables.containsKey(definition.getName())) {
                    checkVariable(variables.get(definition.getName()), type, "$" + definition.getName());
                }
            }
            GraphQLFieldsContainer root = switch (operation.getOperation()) {
                case MUTATION -> schema.getMutationType();
                case SUBSCRIPTION -> schema.getSubscriptionType();
                default -> schema.getQueryType();
            };
            if (root != null) {
                // The shape first, so that a deep query is told it is too deep, whatever it would also cost.
                shapeOnly = true;
                walk(operation.getSelectionSet(), root, 1, 1);
                shapeOnly = false;
                walk(operation.getSelectionSet(), root, 1, 1);
            }
            return null;
        } catch (Refused refused) {
            return refused.error;
        }
    }

    private void walk(SelectionSet selections, GraphQLType parent, int depth, long multiplier) {
        if (selections == null) {
            return;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                field(field, parent, depth, multiplier);
            } else if (selection instanceof InlineFragment inline) {
                GraphQLType on = inline.getTypeCondition() == null
                        ? parent
                        : schema.getType(inline.getTypeCondition()
                                .getName());
                walk(inline.getSelectionSet(), on, depth, multiplier);
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                // Validation refuses cycles of fragments; the guard keeps this walk finite regardless.
                if (fragment != null && expanding.add(fragment.getName())) {
                    walk(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()), depth,
                            multiplier);
                    expanding.remove(fragment.getName());
                }
            }
        }
    }

    private void field(Field field, GraphQLType parent, int depth, long multiplier) {
        if (shapeOnly) {
            shape(field, parent, depth);
            return;
        }
        cost = saturatedAdd(cost, multiplier);
        if (cost > limits.maxCost()) {
            throw tooComplex(field);
        }
        GraphQLFieldDefinition definition = definition(field, parent);
        if (definition == null) {
            return; // __typename, introspection, or a field validation already refused
        }
        for (Argument argument : field.getArguments()) {
            GraphQLArgument declared = definition.getArgument(argument.getName());
            if (declared != null) {
                checkLiteral(argument.getValue(), declared.getType(),
                        "Argument `" + argument.getName(), "` of `" + field.getName() + "`");
            }
        }
        if (field.getSelectionSet() != null) {
            long weight = weight(field, definition, parent);
            walk(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(definition.getType()), depth + 1,
                    saturatedMultiply(multiplier, weight));
        }
    }

    private void shape(Field field, GraphQLType parent, int depth) {
        if (field.getAlias() != null && ++aliases > limits.maxAliases()) {
            throw refuse(ErrorCode.TOO_MANY_ALIASES, "The operation uses more than " + limits.maxAliases()
                    + " aliases; at most " + limits.maxAliases() + " are accepted. Split it into several requests.",
                    limits.maxAliases());
        }
        if (field.getName().equals("__schema") || field.getName().equals("__type")) {
            return;
        }
        if (depth > limits.maxDepth()) {
            throw refuse(ErrorCode.QUERY_TOO_DEEP, "`" + responseName(field) + "` is nested " + depth
                    + " levels deep; at most " + limits.maxDepth() + " levels are accepted. Select fewer nested "
                    + "fields, or fetch the deeper part in a second query (node(id:)).", limits.maxDepth());
        }
        // Every field costs at least 1: more fields than the cost limit (fragments spread many times) is too costly,
        // and this bounds the walk itself.
        if (++visited > limits.maxCost()) {
            throw tooComplex(field);
        }
        GraphQLFieldDefinition definition = definition(field, parent);
        if (definition != null && idsCount(field, definition) > limits.maxNodeIds()) {
            throw refuse(ErrorCode.TOO_MANY_IDS, "`" + responseName(field) + "` asks for "
                    + idsCount(field, definition) + " ids; at most " + limits.maxNodeIds() + " are accepted in one "
                    + "field. Split the ids over several requests.", limits.maxNodeIds());
        }
        if (definition != null && field.getSelectionSet() != null) {
            walk(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(definition.getType()), depth + 1, 1);
        }
    }

    /** How many ids an {@code ids:} list argument carries (literal or variable), -1 when the field has none. */
    private long idsCount(Field field, GraphQLFieldDefinition definition) {
        GraphQLArgument declared = definition.getArgument(IDS_ARGUMENT);
        if (declared == null || !GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(declared.getType()))) {
            return -1;
        }
        for (Argument argument : field.getArguments()) {
            if (argument.getName().equals(IDS_ARGUMENT)) {
                Value<?> value = argument.getValue();
                if (value instanceof ArrayValue list) {
                    return list.getValues().size();
                }
                if (value instanceof VariableReference reference
                        && variables.get(reference.getName()) instanceof Collection<?> given) {
                    return given.size();
                }
                return 1; // a single value, coerced to a list of one
            }
        }
        return 0;
    }

    private static GraphQLFieldDefinition definition(Field field, GraphQLType parent) {
        return parent instanceof GraphQLFieldsContainer container ? container.getFieldDefinition(field.getName()) : null;
    }

    private Refused tooComplex(Field field) {
        return refuse(ErrorCode.QUERY_TOO_COMPLEX, "The query may return more than " + limits.maxCost()
                + " values (the cost limit, reached at `" + responseName(field) + "`). Ask for smaller pages "
                + "(first/last) or fewer nested lists.", limits.maxCost());
    }

    /**
     * How many objects the field's selection may be evaluated on, per object of its parent: the page size of a paged
     * field, 1 for the edges and nodes of the page (already counted) and for single objects, the configured weight
     * for other lists.
     */
    private long weight(Field field, GraphQLFieldDefinition definition, GraphQLType parent) {
        long ids = idsCount(field, definition);
        if (ids >= 0) {
            return Math.max(ids, 1);
        }
        boolean paged = definition.getArguments().stream().anyMatch(argument -> PAGE_SIZE_ARGUMENTS.contains(argument
                .getName()));
        if (paged) {
            long size = 0;
            for (Argument argument : field.getArguments()) {
                if (PAGE_SIZE_ARGUMENTS.contains(argument.getName())) {
                    size = Math.max(size, intValue(argument.getValue()));
                }
            }
            return size > 0 ? size : PageRequest.DEFAULT_PAGE_SIZE;
        }
        GraphQLOutputType type = definition.getType();
        boolean list = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type));
        boolean inPage = parent instanceof GraphQLFieldsContainer container && container.getName().endsWith(
                "Connection");
        return list && !inPage ? limits.unpaginatedListWeight() : 1;
    }

    /** A page size as given (literal, variable or the variable's default), 0 when absent or not a number. */
    private long intValue(Value<?> value) {
        if (value instanceof IntValue literal) {
            return clamp(literal.getValue());
        }
        if (value instanceof VariableReference reference) {
            Object given = variables.get(reference.getName());
            if (given instanceof Number number) {
                return clamp(decimal(number).toBigInteger());
            }
            VariableDefinition definition = definitions.get(reference.getName());
            if (given == null && definition != null && definition.getDefaultValue() instanceof IntValue fallback) {
                return clamp(fallback.getValue());
            }
        }
        return 0;
    }

    private static long clamp(BigInteger value) {
        return value.signum() <= 0 ? 0 : value.bitLength() < 63 ? value.longValue() : Long.MAX_VALUE;
    }

    private void checkLiteral(Value<?> value, GraphQLInputType type, String path, String where) {
        GraphQLInputType unwrapped = (GraphQLInputType) GraphQLTypeUtil.unwrapNonNull(type);
        if (value instanceof VariableReference) {
            return; // checked with the variables
        }
        if (unwrapped instanceof GraphQLList list) {
            GraphQLInputType items = (GraphQLInputType) list.getWrappedType();
            if (value instanceof ArrayValue array) {
                for (int i = 0; i < array.getValues().size(); i++) {
                    checkLiteral(array.getValues().get(i), items, path + "[" + i + "]", where);
                }
            } else {
                checkLiteral(value, items, path, where);
            }
        } else if (unwrapped instanceof GraphQLInputObjectType object && value instanceof ObjectValue fields) {
            for (ObjectField objectField : fields.getObjectFields()) {
                GraphQLInputObjectField declared = object.getField(objectField.getName());
                if (declared != null) {
                    checkLiteral(objectField.getValue(), declared.getType(), path + "." + objectField.getName(), where);
                }
            }
        } else if (unwrapped instanceof GraphQLScalarType scalar) {
            if (value instanceof IntValue number && isInt(scalar)) {
                checkInt(new BigDecimal(number.getValue()), path + where);
            } else if (value instanceof StringValue text) {
                checkText(text.getValue(), scalar, path + where);
                checkFormat(text.getValue(), scalar, path + where);
            }
        }
    }

    private void checkVariable(Object value, GraphQLInputType type, String path) {
        GraphQLInputType unwrapped = (GraphQLInputType) GraphQLTypeUtil.unwrapNonNull(type);
        if (value == null) {
            return; // graphql-java refuses a null for a non-null type, naming the variable
        }
        String name = "Variable `" + path + "`";
        if (unwrapped instanceof GraphQLList list) {
            GraphQLInputType items = (GraphQLInputType) list.getWrappedType();
            if (value instanceof Collection<?> values) {
                int i = 0;
                for (Object item : values) {
                    checkVariable(item, items, path + "[" + i++ + "]");
                }
            } else {
                checkVariable(value, items, path);
            }
        } else if (unwrapped instanceof GraphQLInputObjectType object) {
            if (!(value instanceof Map<?, ?> fields)) {
                throw badInput(name + " must be an object (" + object.getName() + ")");
            }
            for (Map.Entry<?, ?> entry : fields.entrySet()) {
                GraphQLInputObjectField declared = object.getField(String.valueOf(entry.getKey()));
                if (declared == null) {
                    throw badInput("Variable `" + path + "." + entry.getKey() + "` is not a field of " + object
                            .getName());
                }
                checkVariable(entry.getValue(), declared.getType(), path + "." + entry.getKey());
            }
            for (GraphQLInputObjectField declared : object.getFieldDefinitions()) {
                if (GraphQLTypeUtil.isNonNull(declared.getType()) && !declared.hasSetDefaultValue()
                        && fields.get(declared.getName()) == null) {
                    throw badInput("Variable `" + path + "." + declared.getName() + "` is required ("
                            + object.getName() + ")");
                }
            }
        } else if (unwrapped instanceof GraphQLEnumType enumeration) {
            if (!(value instanceof String text) || enumeration.getValue(text) == null) {
                throw badInput(name + " must be one of " + enumeration.getValues().stream()
                        .map(GraphQLEnumValueDefinition::getName).collect(Collectors.joining(", ")) + ", got "
                        + shown(value));
            }
        } else if (unwrapped instanceof GraphQLScalarType scalar) {
            if (isInt(scalar)) {
                if (!(value instanceof Number number)) {
                    throw badInput(name + " must be an Int (a whole number), got " + shown(value));
                }
                checkInt(decimal(number), name);
                return;
            }
            if (value instanceof String text) {
                checkText(text, scalar, name);
            }
            checkFormat(value, scalar, name);
            if (!BUILT_IN_SCALARS.contains(scalar.getName())) {
                try {
                    scalar.getCoercing().parseValue(value, GraphQLContext.getDefault(), Locale.ROOT);
                } catch (RuntimeException notOfTheScalar) {
                    throw badInput(name + " is not a valid " + scalar.getName() + format(scalar) + ", got "
                            + shown(value));
                }
            }
        }
    }

    /** The scalar's description, where it says the format expected. */
    private static String format(GraphQLScalarType scalar) {
        String description = scalar.getDescription();
        return description == null || description.isBlank() || ErrorShaping.INTERNALS.matcher(description).find()
                ? ""
                : " (" + description + ")";
    }

    private static boolean isInt(GraphQLScalarType scalar) {
        return scalar.getName().equals("Int");
    }

    private static void checkInt(BigDecimal value, String name) {
        if (value == null || value.stripTrailingZeros().scale() > 0) {
            throw badInput(name + " must be a whole number (Int), got " + shown(value));
        }
        if (value.compareTo(INT_MIN) < 0 || value.compareTo(INT_MAX) > 0) {
            throw badInput(name + " must be a 32-bit integer (Int, " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                    + "), got " + shown(value));
        }
    }

    private static void checkText(String text, GraphQLScalarType scalar, String name) {
        if (text.indexOf('\u0000') >= 0) {
            throw badInput(name + " contains a NUL character (U+0000), which text values cannot hold");
        }
        if (scalar.getName().equals("DateTime") || scalar.getName().equals("Date")) {
            Matcher date = YEAR.matcher(text);
            if (date.find() && !(date.group(1).length() <= 5 && Integer.parseInt(date.group(1)) >= 1
                    && Integer.parseInt(date.group(1)) <= 9999)) {
                throw badInput(name + " must be a date between the years 1 and 9999, got " + shown(text));
            }
        }
    }

    /**
     * SmallRye's own scalars accept any value when the variables are coerced and fail later, inside the resolver, with
     * an error naming only the whole argument; their formats are checked here instead, naming the field.
     */
    private static void checkFormat(Object value, GraphQLScalarType scalar, String name) {
        String expected = switch (scalar.getName()) {
            case "BigDecimal" -> isDecimal(value) ? null : "a number (like 1250 or \"1250\")";
            case "BigInteger", "Long" -> isInteger(value) ? null : "a whole number (like 1250)";
            case "DateTime" -> isDateTime(value)
                    ? null
                    : "an ISO-8601 date-time with its offset (like "
                            + "2026-01-31T09:30:00Z)";
            case "Date" -> isDate(value) ? null : "an ISO-8601 date (like 2026-01-31)";
            default -> null;
        };
        if (expected != null) {
            throw badInput(name + " must be " + expected + ", got " + shown(value));
        }
    }

    private static boolean isDecimal(Object value) {
        try {
            return value instanceof Number number
                    ? decimal(number) != null
                    : value instanceof String text && new BigDecimal(text.strip()) != null;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isInteger(Object value) {
        try {
            BigDecimal number = value instanceof Number given
                    ? decimal(given)
                    : value instanceof String text ? new BigDecimal(text.strip()) : null;
            return number != null && number.stripTrailingZeros().scale() <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDateTime(Object value) {
        if (!(value instanceof String text)) {
            return false;
        }
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException notOffset) {
            try {
                LocalDateTime.parse(text);
                return true;
            } catch (DateTimeParseException notLocal) {
                return false;
            }
        }
    }

    private static boolean isDate(Object value) {
        try {
            return value instanceof String text && LocalDate.parse(text) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static BigDecimal decimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            return Double.isFinite(value) ? BigDecimal.valueOf(value) : null;
        }
        return BigDecimal.valueOf(number.longValue());
    }

    private static String shown(Object value) {
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private static String responseName(Field field) {
        return field.getAlias() != null ? field.getAlias() : field.getName();
    }

    private GraphQLInputType inputType(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            GraphQLInputType inner = inputType(nonNull.getType());
            return inner == null ? null : GraphQLNonNull.nonNull(inner);
        }
        if (type instanceof ListType list) {
            GraphQLInputType inner = inputType(list.getType());
            return inner == null ? null : GraphQLList.list(inner);
        }
        return schema.getType(((TypeName) type).getName()) instanceof GraphQLInputType input ? input : null;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatedMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        return high != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }

    private static Refused badInput(String message) {
        return new Refused(ErrorShaping.error(ErrorCode.BAD_USER_INPUT, message));
    }

    private static Refused refuse(ErrorCode code, String message, int limit) {
        return new Refused(ErrorShaping.error(code, message, Map.of("limit", limit)));
    }

    private static final class Refused extends RuntimeException {
        private final transient GraphQLError error;

        Refused(GraphQLError error) {
            super(null, null, false, false);
            this.error = error;
        }
    }
}
