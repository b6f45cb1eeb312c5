package com.connectboard.money;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

import com.connectboard.account.ConnectedAccount;
import com.connectboard.account.ExternalAccount;
import com.connectboard.graphql.Nodes;
import com.connectboard.security.Allowed;
import com.connectboard.security.Role;

/**
 * The objects money records name by id. Each link resolves through {@link Nodes}, so it shows what node(id) would
 * for the caller and nothing else: an account since removed, a bank account since deleted, or (viewing as an account)
 * something of another account is null, while the id fields keep the history.
 */
@GraphQLApi
@Allowed({Role.ADMINISTRATOR, Role.DEVELOPER, Role.ANALYST, Role.SUPPORT_SPECIALIST, Role.VIEW_ONLY})
public class MoneyLinksGraphQLApi {

    private static final String ACCOUNT = "The account (accountId's); null once it is removed: the money history and "
            + "accountId stay.";

    private final Nodes nodes;
    private final MoneyRepository repository;

    @Inject
    public MoneyLinksGraphQLApi(Nodes nodes, MoneyRepository repository) {
        this.nodes = nodes;
        this.repository = repository;
    }

    @Name("account")
    @Description(ACCOUNT)
    public List<ConnectedAccount> transferAccount(@Source List<Transfer> transfers) {
        return nodes.link(transfers.stream().map(Transfer::accountId).toList(), ConnectedAccount.class);
    }

    @Name("payout")
    @Description("For destination EXTERNAL_ACCOUNT: the payout that carries the money on to the bank account or card; "
            + "null for ACCOUNT_BALANCE.")
    public List<Payout> transferPayout(@Source List<Transfer> transfers) {
        Map<String, String> payoutIds = repository.payoutIdsOfTransfers(transfers.stream().map(Transfer::id).toList());
        return nodes.link(transfers.stream().map(transfer -> payoutIds.get(transfer.id())).toList(), Payout.class);
    }

    @Name("account")
    @Description(ACCOUNT)
    public List<ConnectedAccount> payoutAccount(@Source List<Payout> payouts) {
        return nodes.link(payouts.stream().map(Payout::accountId).toList(), ConnectedAccount.class);
    }

    @Name("transfer")
    @Description("The transfer it continues (transferId's), for sendFunds to EXTERNAL_ACCOUNT; null otherwise.")
    public List<Transfer> payoutTransfer(@Source List<Payout> payouts) {
        return nodes.link(payouts.stream().map(Payout::transferId).toList(), Transfer.class);
    }

    @Name("externalAccount")
    @Description("The bank account or debit card (externalAccountId's) as it is now; null once it or its account is "
            + "removed, while kind and last4 keep what the payout went to.")
    public List<ExternalAccount> destinationExternalAccount(@Source List<Payout.Destination> destinations) {
        return nodes.link(destinations.stream().map(Payout.Destination::externalAccountId).toList(),
                ExternalAccount.class);
    }

    @Name("account")
    @Description(ACCOUNT)
    public List<ConnectedAccount> debitAccount(@Source List<AccountDebit> debits) {
        return nodes.link(debits.stream().map(AccountDebit::accountId).toList(), ConnectedAccount.class);
    }

    @Name("source")
    @Description("The top-up, transfer, payout or account debit it belongs to (sourceId's object); the same visibility "
            + "as node(sourceId), so null only for what you cannot see.")
    public List<BalanceTransactionSource> balanceTransactionSource(@Source List<BalanceTransaction> transactions) {
        return nodes.link(transactions.stream().map(BalanceTransaction::sourceId).toList(), com.connectboard.graphql.Node.class)
                .stream().map(node -> node instanceof BalanceTransactionSource source ? source : null).toList();
    }
}
