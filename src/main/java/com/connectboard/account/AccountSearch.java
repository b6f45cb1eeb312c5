package com.connectboard.account;

import jakarta.enterprise.context.ApplicationScoped;

import com.connectboard.account.search.SearchQuery;
import com.connectboard.account.search.SqlParameters;

/** Turns the `search` argument into a SQL condition on alias {@code a} (docs/search.md); malformed text is refused. */
@ApplicationScoped
public class AccountSearch {

    AccountRepository.SqlCondition toCondition(String search) {
        if (search == null) {
            return null;
        }
        SearchQuery query = SearchQuery.parse(search);
        if (query.isEmpty()) {
            return null;
        }
        SqlParameters parameters = new SqlParameters();
        String sql = query.toSql("a", parameters);
        return new AccountRepository.SqlCondition(sql, parameters.values());
    }
}
