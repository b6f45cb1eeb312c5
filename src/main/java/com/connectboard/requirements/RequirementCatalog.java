package com.connectboard.requirements;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.connectboard.account.BusinessType;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The requirements catalog (docs/requirements.md), kept as data in {@code requirements/catalog.json}: which items a
 * country × business type × capability needs now ({@code due}) and later ({@code eventuallyDue}), which capabilities
 * bring others, and where each is offered. Plain Java so that the evaluator's unit tests run it without Quarkus.
 * Loading validates everything it can (unknown names, duplicates, unknown fields), because a catalog mistake would
 * otherwise show up as an item that is due forever or never.
 */
public final class RequirementCatalog {

    public static final String RESOURCE = "requirements/catalog.json";
    static final String ANY = "*";

    /** Where the evaluator learns whether an item is provided. */
    public enum Source {
        /** A column of the connected account ({@link AccountFacts}). */
        ACCOUNT,
        /** A value submitted with submitRequirementInformation or on the remediation page, kept as a submission. */
        SUBMISSION,
        /** Persons (representative, owners), answered by {@link PersonRequirements}. */
        PERSONS
    }

    /** How a submitted value is checked ({@link RequirementValues}); NONE: not submittable, another mutation sets it. */
    public enum InputType {
        TOS_ACCEPTANCE, BUSINESS_TYPE, URL, TEXT, MCC, PHONE, EMAIL, NAME, KANA, DATE_OF_BIRTH, ADDRESS, ID_NUMBER, SSN_LAST_4, TAX_ID, REGISTRATION_NUMBER, DOCUMENT, NONE
    }

    public record Definition(String name, String description, Source source, InputType input, boolean verification,
            List<String> satisfiedBy) {
    }

    public record CapabilitySpec(CapabilityName name, String description, Set<CapabilityName> requires,
            Set<String> availableIn) {

        public boolean availableIn(String country) {
            return availableIn.contains(ANY) || availableIn.contains(country);
        }
    }

    /** What one rule or one capability needs: items due now, and items due later. */
    public record Needs(Set<String> due, Set<String> eventuallyDue) {

        static final Needs NONE = new Needs(Set.of(), Set.of());
    }

    private record Rule(String country, String businessType, String capability, List<String> due,
            List<String> eventuallyDue) {

        /** An account whose business type is not known yet (null) matches only the rules for every type. */
        boolean matches(String country, BusinessType type) {
            return (this.country.equals(ANY) || this.country.equals(country))
                    && (businessType.equals(ANY) || (type != null && businessType.equals(type.name())));
        }
    }

    private final Map<String, Definition> requirements;
    private final Map<CapabilityName, CapabilitySpec> capabilities;
    private final List<Rule> rules;

    private RequirementCatalog(Map<String, Definition> requirements, Map<CapabilityName, CapabilitySpec> capabilities,
            List<Rule> rules) {
        this.requirements = Collections.unmodifiableMap(requirements);
        this.capabilities = Collections.unmodifiableMap(capabilities);
        this.rules = List.copyOf(rules);
    }

    /** The catalog shipped with the application. */
    public static RequirementCatalog load() {
        try (InputStream in = RequirementCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new InvalidCatalog("Requirements catalog " + RESOURCE + " is missing from the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new InvalidCatalog("Requirements catalog " + RESOURCE + " cannot be read: " + e.getMessage());
        }
    }

    public static RequirementCatalog parse(InputStream in) {
        ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        JsonNode root;
        try {
            root = json.readTree(in);
        } catch (IOException e) {
            // Jackson names the duplicate key or the syntax error and its line.
            throw new InvalidCatalog("Requirements catalog is not valid JSON: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        allowedFields(root, "catalog", problems, "requirements", "capabilities", "rules");
        Map<String, Definition> requirements = requirements(root.path("requirements"), problems);
        Map<CapabilityName, CapabilitySpec> capabilities = capabilities(root.path("capabilities"), problems);
        List<Rule> rules = rules(root.path("rules"), requirements, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCatalog("Requirements catalog " + RESOURCE + " is invalid:\n  - "
                    + String.join("\n  - ", problems));
        }
        return new RequirementCatalog(requirements, capabilities, rules);
    }

    private static Map<String, Definition> requirements(JsonNode node, List<String> problems) {
        Map<String, Definition> result = new LinkedHashMap<>();
        if (!node.isObject() || node.isEmpty()) {
            problems.add("`requirements` must be an object naming at least one requirement");
            return result;
        }
        node.fields().forEachRemaining(entry -> {
            String name = entry.getKey();
            JsonNode spec = entry.getValue();
            String where = "requirement `" + name + "`";
            allowedFields(spec, where, problems, "description", "source", "input", "verification", "satisfiedBy");
            Source source = enumValue(Source.class, spec.path("source").asText(""), where + " source", problems);
            InputType input = enumValue(InputType.class, spec.path("input").asText(""), where + " input", problems);
            String description = spec.path("description").asText("");
            if (description.isBlank()) {
                problems.add(where + " has no description");
            }
            List<String> satisfiedBy = new ArrayList<>();
            if (spec.has("satisfiedBy")) {
                spec.get("satisfiedBy").forEach(fact -> satisfiedBy.add(fact.asText()));
            } else {
                satisfiedBy.add(name);
            }
            if (source == Source.ACCOUNT) {
                for (String fact : satisfiedBy) {
                    if (!AccountFacts.KNOWN.contains(fact)) {
                        problems.add(where + " reads account field `" + fact + "`, which accounts do not have (known: "
                                + String.join(", ", new java.util.TreeSet<>(AccountFacts.KNOWN)) + ")");
                    }
                }
            }
            result.put(name, new Definition(name, description, source, input, spec.path("verification").asBoolean(false),
                    List.copyOf(satisfiedBy)));
        });
        return result;
    }

    private static Map<CapabilityName, CapabilitySpec> capabilities(JsonNode node, List<String> problems) {
        Map<CapabilityName, CapabilitySpec> result = new EnumMap<>(CapabilityName.class);
        if (!node.isObject()) {
            problems.add("`capabilities` must be an object");
            return result;
        }
        node.fields().forEachRemaining(entry -> {
            CapabilityName name = enumValue(CapabilityName.class, entry.getKey(), "capability", problems);
            JsonNode spec = entry.getValue();
            String where = "capability `" + entry.getKey() + "`";
            allowedFields(spec, where, problems, "description", "requires", "availableIn");
            Set<CapabilityName> requires = capabilitySet(spec.path("requires"), where + " requires", problems);
            Set<String> availableIn = new LinkedHashSet<>();
            spec.path("availableIn").forEach(country -> {
                String code = country.asText();
                if (!code.equals(ANY) && !Set.of(Locale.getISOCountries()).contains(code)) {
                    problems.add(where + " availableIn names `" + code + "`, not an ISO 3166-1 alpha-2 code");
                }
                if (!availableIn.add(code)) {
                    problems.add(where + " availableIn lists `" + code + "` twice");
                }
            });
            if (availableIn.isEmpty()) {
                problems.add(where + " availableIn is empty (use [\"*\"] for everywhere)");
            }
            if (name != null) {
                result.put(name, new CapabilitySpec(name, spec.path("description").asText(""), requires, availableIn));
            }
        });
        for (CapabilityName name : CapabilityName.values()) {
            if (!result.containsKey(name)) {
                problems.add("capability `" + name + "` is not described");
            }
        }
        // A capability that (transitively) requires itself could never be requested alone or unrequested.
        for (CapabilityName name : result.keySet()) {
            if (requiresTransitively(result, name, name, new HashSet<>())) {
                problems.add("capability `" + name + "` requires itself through `requires`");
            }
        }
        return result;
    }

    private static boolean requiresTransitively(Map<CapabilityName, CapabilitySpec> specs, CapabilityName from,
            CapabilityName target, Set<CapabilityName> seen) {
        CapabilitySpec spec = specs.get(from);
        if (spec == null || !seen.add(from)) {
            return false;
        }
        for (CapabilityName required : spec.requires()) {
            if (required == target || requiresTransitively(specs, required, target, seen)) {
                return true;
            }
        }
        return false;
    }

    private static List<Rule> rules(JsonNode node, Map<String, Definition> requirements, List<String> problems) {
        List<Rule> result = new ArrayList<>();
        if (!node.isArray()) {
            problems.add("`rules` must be an array");
            return result;
        }
        Set<String> keys = new HashSet<>();
        int index = 0;
        for (JsonNode spec : node) {
            String where = "rule " + index++;
            allowedFields(spec, where, problems, "country", "businessType", "capability", "due", "eventuallyDue");
            String country = spec.path("country").asText("");
            String businessType = spec.path("businessType").asText("");
            String capability = spec.path("capability").asText("");
            where += " (" + country + " × " + businessType + " × " + capability + ")";
            if (!country.equals(ANY) && !Set.of(Locale.getISOCountries()).contains(country)) {
                problems.add(where + ": country must be `*` or an ISO 3166-1 alpha-2 code");
            }
            if (!businessType.equals(ANY)) {
                enumValue(BusinessType.class, businessType, where + " businessType", problems);
            }
            if (!capability.equals(ANY)) {
                enumValue(CapabilityName.class, capability, where + " capability", problems);
            }
            if (!keys.add(country + "|" + businessType + "|" + capability)) {
                problems.add(where + ": a second rule for the same country, business type and capability (merge them)");
            }
            List<String> due = items(spec.path("due"), where + " due", requirements, problems);
            List<String> eventually = items(spec.path("eventuallyDue"), where + " eventuallyDue", requirements, problems);
            for (String item : due) {
                if (eventually.contains(item)) {
                    problems.add(where + ": `" + item + "` is both due and eventually due");
                }
            }
            result.add(new Rule(country, businessType, capability, due, eventually));
        }
        return result;
    }

    private static List<String> items(JsonNode node, String where, Map<String, Definition> requirements,
            List<String> problems) {
        List<String> items = new ArrayList<>();
        if (node.isMissingNode()) {
            return items;
        }
        if (!node.isArray()) {
            problems.add(where + " must be an array of requirement names");
            return items;
        }
        for (JsonNode item : node) {
            String name = item.asText();
            if (!requirements.containsKey(name)) {
                problems.add(where + " names unknown requirement `" + name + "` (declare it under `requirements`)");
            } else if (items.contains(name)) {
                problems.add(where + " lists `" + name + "` twice");
            } else {
                items.add(name);
            }
        }
        return items;
    }

    private static Set<CapabilityName> capabilitySet(JsonNode node, String where, List<String> problems) {
        Set<CapabilityName> result = new LinkedHashSet<>();
        node.forEach(item -> {
            CapabilityName name = enumValue(CapabilityName.class, item.asText(), where, problems);
            if (name != null && !result.add(name)) {
                problems.add(where + " lists `" + name + "` twice");
            }
        });
        return result;
    }

    private static void allowedFields(JsonNode node, String where, List<String> problems, String... allowed) {
        if (!node.isObject()) {
            problems.add(where + " must be a JSON object");
            return;
        }
        Set<String> known = Set.of(allowed);
        node.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                problems.add(where + " has unknown field `" + field + "` (allowed: " + String.join(", ", allowed) + ")");
            }
        });
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String where, List<String> problems) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        problems.add(where + ": unknown value `" + value + "` (expected one of " + String.join(", ", names) + ")");
        return null;
    }

    // ---- queries ----

    public Optional<Definition> definition(String name) {
        return Optional.ofNullable(requirements.get(name));
    }

    /**
     * What to call an item for a person: the catalog's description, or for a name the catalog does not know (the
     * provider owns requirement names and adds new ones) one derived from the name.
     */
    public String describe(String name) {
        return definition(name).map(Definition::description).orElseGet(() -> readable(name));
    }

    /**
     * A name as words: {@code company.ownership_declaration} is "Company ownership declaration". Segments are
     * joined with spaces, underscores become spaces, and only the first letter is upper case.
     */
    public static String readable(String name) {
        String words = name.replace('.', ' ').replace('_', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public Map<String, Definition> definitions() {
        return requirements;
    }

    public CapabilitySpec capability(CapabilityName name) {
        return capabilities.get(name);
    }

    /** The capability and every capability it brings, transitively, the capability first. */
    public Set<CapabilityName> closure(CapabilityName name) {
        return closure(capabilities, name);
    }

    private static Set<CapabilityName> closure(Map<CapabilityName, CapabilitySpec> specs, CapabilityName name) {
        Set<CapabilityName> result = new LinkedHashSet<>();
        List<CapabilityName> queue = new ArrayList<>(List.of(name));
        while (!queue.isEmpty()) {
            CapabilityName next = queue.remove(0);
            if (result.add(next) && specs.containsKey(next)) {
                queue.addAll(specs.get(next).requires());
            }
        }
        return result;
    }

    /**
     * What a requested capability needs in a country for a business type: the every-account rules, its own rules and
     * those of the capabilities it brings. An item both due (by one rule) and eventually due (by another) is due.
     */
    public Needs needs(String country, BusinessType type, CapabilityName capability) {
        Set<String> names = new HashSet<>();
        closure(capability).forEach(name -> names.add(name.name()));
        names.add(ANY);
        return collect(country, type, names);
    }

    /** The every-account items: eventually due even before any capability is requested. */
    public Needs baseline(String country, BusinessType type) {
        return collect(country, type, Set.of(ANY));
    }

    private Needs collect(String country, BusinessType type, Set<String> capabilityNames) {
        Set<String> due = new LinkedHashSet<>();
        Set<String> eventually = new LinkedHashSet<>();
        for (Rule rule : rules) {
            if (rule.matches(country, type) && capabilityNames.contains(rule.capability())) {
                due.addAll(rule.due());
                eventually.addAll(rule.eventuallyDue());
            }
        }
        eventually.removeAll(due);
        return new Needs(Collections.unmodifiableSet(due), Collections.unmodifiableSet(eventually));
    }

    /** A catalog that does not hold together; start-up fails with this message. */
    public static final class InvalidCatalog extends RuntimeException {

        public InvalidCatalog(String message) {
            super(message);
        }
    }
}
