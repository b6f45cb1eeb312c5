package com.connectboard.money;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.graphql.Cursor;
import com.connectboard.graphql.Money;
import com.connectboard.graphql.Node;

@Description("Money your platform sends in from its bank (addToBalance).")
public record TopUp(
        @Id @NonNull @Description("tu_ id.") String id,
        @NonNull @Description("What is sent in, a positive amount in the currency's minor unit.") Money amount,
        @Description("The description given with addToBalance; null when none was given.") String description,
        @NonNull @Description("PENDING until the provider reports SUCCEEDED or FAILED.") TopUpStatus status,
        @Description("The provider's code when FAILED.") String failureCode,
        @Description("The provider's explanation when FAILED.") String failureMessage,
        @NonNull @Description("When it was created (UTC).") Instant createdAt,
        @NonNull @Description("When its status last changed (UTC).") Instant updatedAt)
        implements
            Node,
            BalanceTransactionSource {

    static TopUp of(TopUpEntity e) {
        return new TopUp(e.id, new Money(e.amount, e.currency), e.description, e.status, e.failureCode,
                e.failureMessage, e.createdAt, e.updatedAt);
    }

    Cursor cursor() {
        return new Cursor(createdAt, id);
    }

    @Id
    @NonNull
    @Override
    public String getId() {
        return id;
    }
}
