package com.connectboard.money;

import org.eclipse.microprofile.graphql.Description;

import io.smallrye.graphql.api.Union;

/** The movements a ledger entry can belong to (BalanceTransaction.source). */
@Union
@Description("The movement a balance transaction belongs to: a top-up, a transfer, a payout or an account debit. Select "
        + "its fields with ... on TopUp { } and so on; __typename names which.")
public interface BalanceTransactionSource {
}
