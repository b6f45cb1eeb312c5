package com.connectboard.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import com.connectboard.error.ApiErrors;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * The one place that decides what "as the account" means. A request with the {@code Connected-Account} header sees
 * the API as that account would; an unknown, removed or other platform's account is {@code NOT_FOUND}. Features ask
 * {@link #accountId()} to narrow their reads to the account and {@link #requireAccess(String)} before touching one.
 */
@RequestScoped
public class ViewAs {

    public static final String HEADER = "Connected-Account";

    private final CurrentVertxRequest request;
    private final LiveAccounts accounts;
    private Optional<String> resolved;

    @Inject
    public ViewAs(CurrentVertxRequest request, LiveAccounts accounts) {
        this.request = request;
        this.accounts = accounts;
    }

    /**
     * The viewed-as account's id, or empty when the request views as the platform; NOT_FOUND when the header names
     * no live account of the caller's platform.
     */
    public Optional<String> accountId() {
        if (resolved == null) {
            String header = header();
            if (header != null && !accounts.isLive(header.trim())) {
                throw ApiErrors.notFound("No connected account " + header.trim() + " on your platform (header "
                        + HEADER + ")");
            }
            resolved = header == null ? Optional.empty() : Optional.of(header.trim());
        }
        return resolved;
    }

    /**
     * Whether the caller sees what belongs to this account: a live account of its platform, and under view-as only the
     * viewed one. The rule {@code node(id)} and the links follow for everything an account owns.
     */
    public boolean shows(String ownerId) {
        return accountId().map(ownerId::equals).orElse(true) && accounts.isLive(ownerId);
    }

    /** Under view-as, only the viewed account may be touched. */
    public void requireAccess(String accountId) {
        accountId().filter(viewed -> !viewed.equals(accountId)).ifPresent(viewed -> {
            throw ApiErrors.forbidden("Viewing as " + viewed + ": only that account can be changed");
        });
    }

    private String header() {
        if (request.getCurrent() == null) {
            return null;
        }
        String value = request.getCurrent().request().getHeader(HEADER);
        return value == null || value.isBlank() ? null : value;
    }
}
