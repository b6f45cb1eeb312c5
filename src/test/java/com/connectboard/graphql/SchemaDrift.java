package com.connectboard.graphql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Lines of the served schema missing from the committed one and the other way round (trailing space ignored). */
final class SchemaDrift {

    private SchemaDrift() {
    }

    static List<String> differences(String served, String committed) {
        List<String> servedLines = lines(served);
        List<String> committedLines = lines(committed);
        if (servedLines.equals(committedLines)) {
            return List.of();
        }
        List<String> drift = new ArrayList<>();
        Set<String> committedSet = new LinkedHashSet<>(committedLines);
        Set<String> servedSet = new LinkedHashSet<>(servedLines);
        servedLines.stream().filter(line -> !committedSet.contains(line))
                .forEach(line -> drift.add("+ (served)   " + line.strip()));
        committedLines.stream().filter(line -> !servedSet.contains(line))
                .forEach(line -> drift.add("- (committed) " + line.strip()));
        if (drift.isEmpty()) {
            drift.add("same lines in a different order");
        }
        return drift;
    }

    private static List<String> lines(String text) {
        return text.strip().lines().map(String::stripTrailing).toList();
    }
}
