package com.connectboard.security;

/** The five roles (docs/api.md), as they appear in tokens ({@code realm_access.roles} or {@code groups}). */
public enum Role {
    ADMINISTRATOR("administrator"), DEVELOPER("developer"), ANALYST("analyst"), SUPPORT_SPECIALIST(
            "support_specialist"), VIEW_ONLY("view_only");

    private final String claimValue;

    Role(String claimValue) {
        this.claimValue = claimValue;
    }

    public String claimValue() {
        return claimValue;
    }
}
