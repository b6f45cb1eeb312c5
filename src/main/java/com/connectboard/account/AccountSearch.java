package com.connectboard.account;

import jakarta.enterprise.context.ApplicationScoped;

import com.connectboard.graphql.ApiErrors;

/** Turns the `search` argument into a SQL condition on alias {@code a}. */
@ApplicationScoped
public class AccountSearch {

    AccountRepository.SqlCondition toCondition(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        throw ApiErrors.invalidSearchQuery("Search is being built: this build does not accept search text yet");
    }
}
