package com.connectboard.testing;

import java.util.UUID;

/** Fresh ids per test, so tests never share state and run in any order against one database. */
public final class TestIds {

    private TestIds() {
    }

    public static String platform() {
        return "plat_" + UUID.randomUUID().toString().replace("-", "");
    }

    public static String providerEvent() {
        return "evt_" + UUID.randomUUID().toString().replace("-", "");
    }
}
