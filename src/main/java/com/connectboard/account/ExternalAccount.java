package com.connectboard.account;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import com.connectboard.graphql.Node;

@Description("A bank account or debit card the account is paid out to. Only the last four digits are ever shown.")
public record ExternalAccount(
        @Id @NonNull @Description("ba_ (bank account) or card_ (debit card) id.") String id,
        @NonNull @Description("Bank account or debit card.") ExternalAccountKind kind,
        @NonNull @Description("Last four digits of the number; the number itself never reaches Connectboard.") String last4,
        @NonNull @Description("ISO 3166-1 alpha-2.") String country,
        @NonNull @Description("ISO 4217, lower case.") String currency,
        @NonNull @Description("Payouts in this currency go here; one per currency.") Boolean defaultForCurrency)
        implements
            Node {

    static ExternalAccount of(ExternalAccountEntity entity) {
        return new ExternalAccount(entity.id, entity.kind, entity.last4, entity.country, entity.currency,
                entity.defaultForCurrency);
    }

    @Id
    @NonNull
    @Override
    public String getId() {
        return id;
    }
}
