package com.connectboard.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import com.connectboard.account.AccountEntity;
import com.connectboard.account.AccountRepository;
import com.connectboard.graphql.ApiErrors;

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
    private final AccountRepository accounts;
    private Optional<AccountEntity> resolved;

    @Inject
    public ViewAs(CurrentVertxRequest request, AccountRepository accounts) {
        this.request = request;
        this.accounts = accounts;
    }

    /** The viewed-as account, or empty when the request views as the platform. */
    public Optional<AccountEntity> account() {
        if (resolved == null) {
            String header = header();
            resolved = header == null
                    ? Optional.empty()
                    : Optional.of(accounts.findLive(header.trim())
                            .orElseThrow(() -> ApiErrors.notFound("No connected account " + header.trim()
                                    + " on your platform (header " + HEADER + ")")));
        }
        return resolved;
    }

    public Optional<String> accountId() {
        return account().map(account -> account.id);
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
