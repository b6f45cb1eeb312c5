package com.connectboard.devsupport;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The run command's demo users: one per role on the US demo platform, and an administrator on each of the other demo
 * platforms. The platforms come from {@code db/demo/afterMigrate.sql}.
 */
final class DemoUsers {

    static final String US_PLATFORM = "plat_DemoUS0000000000000000001";
    static final String FR_PLATFORM = "plat_DemoFR0000000000000000001";
    static final String INCOMPLETE_PLATFORM = "plat_DemoGB0000000000000000001";

    record User(String name, String role, String platformId) {
    }

    static final List<User> ALL = List.of(
            new User("admin", "administrator", US_PLATFORM),
            new User("developer", "developer", US_PLATFORM),
            new User("analyst", "analyst", US_PLATFORM),
            new User("support", "support_specialist", US_PLATFORM),
            new User("viewer", "view_only", US_PLATFORM),
            new User("fr-admin", "administrator", FR_PLATFORM),
            new User("incomplete-admin", "administrator", INCOMPLETE_PLATFORM));

    private DemoUsers() {
    }

    static Optional<User> find(String name) {
        return ALL.stream().filter(user -> user.name().equals(name)).findFirst();
    }

    static String names() {
        return ALL.stream().map(User::name).collect(Collectors.joining(", "));
    }
}
