package com.connectboard.money;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.connectboard.account.AccountRepository;
import com.connectboard.account.ConnectedAccount;
import com.connectboard.graphql.Ids;
import com.connectboard.graphql.Node;
import com.connectboard.graphql.NodeResolver;
import com.connectboard.graphql.PageRequest;
import com.connectboard.graphql.Refusals;
import com.connectboard.money.MoneyConnections.AccountDebitConnection;
import com.connectboard.money.MoneyConnections.BalanceTransactionConnection;
import com.connectboard.money.MoneyConnections.PayoutConnection;
import com.connectboard.money.MoneyConnections.TopUpConnection;
import com.connectboard.money.MoneyConnections.TransferConnection;
import com.connectboard.platform.Platform;
import com.connectboard.security.Allowed;
import com.connectboard.security.Role;
import com.connectboard.security.Tenant;
import com.connectboard.security.ViewAs;

/**
 * Money (docs/money.md). Viewing as an account narrows every read to that account: its balance, its balance
 * transactions, the transfers, payouts and debits that name it, and no top-ups (those are the platform's).
 */
@GraphQLApi
@Allowed({Role.ADMINISTRATOR, Role.DEVELOPER, Role.ANALYST, Role.SUPPORT_SPECIALIST, Role.VIEW_ONLY})
public class MoneyGraphQLApi implements NodeResolver {

    private final TopUpService topUps;
    private final TransferService transfers;
    private final AccountDebitService debits;
    private final MoneyRepository repository;
    private final Ledger ledger;
    private final AccountRepository accounts;
    private final Tenant tenant;
    private final ViewAs viewAs;

    @Inject
    public MoneyGraphQLApi(TopUpService topUps, TransferService transfers, AccountDebitService debits,
            MoneyRepository repository, Ledger ledger, AccountRepository accounts, Tenant tenant, ViewAs viewAs) {
        this.topUps = topUps;
        this.transfers = transfers;
        this.debits = debits;
        this.repository = repository;
        this.ledger = ledger;
        this.accounts = accounts;
        this.tenant = tenant;
        this.viewAs = viewAs;
    }

    /** Whose balance the request sees: the viewed account, else the platform. */
    private String owner() {
        return viewAs.accountId().orElseGet(tenant::platformId);
    }

    @Query
    @Description("Your platform's balance; viewing as an account, the account's.")
    public @NonNull Balance balance() {
        return ledger.balances(List.of(owner())).get(owner());
    }

    @Name("balance")
    @Description("Your platform's balance; null when viewing as an account (an account does not see it).")
    public Balance platformBalance(@Source Platform platform) {
        return viewAs.accountId().isPresent() ? null : ledger.balances(List.of(platform.id())).get(platform.id());
    }

    @Name("balance")
    @Description("The account's balance.")
    public @NonNull List<@NonNull Balance> accountBalance(@Source List<ConnectedAccount> owners) {
        Map<String, Balance> byOwner = ledger.balances(owners.stream().map(ConnectedAccount::id).toList());
        return owners.stream().map(owner -> byOwner.get(owner.id())).toList();
    }

    @Description("The latest debit consent recorded for the account (recordDebitConsent); null if none.")
    public List<DebitConsent> debitConsent(@Source List<ConnectedAccount> owners) {
        Map<String, DebitConsent> byAccount = repository.consents(owners.stream().map(ConnectedAccount::id).toList())
                .stream().collect(Collectors.toMap(consent -> consent.accountId, DebitConsent::of));
        return owners.stream().map(owner -> byAccount.get(owner.id())).toList();
    }

    @Query
    @Description("Every change to your platform's balance (viewing as an account: to the account's), newest first.")
    public @NonNull BalanceTransactionConnection balanceTransactions(@Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after) {
        PageRequest page = PageRequest.forward(first, after);
        MoneyRepository.ListQuery query = repository.list(LedgerEntryEntity.class).where("ownerId", owner())
                .where("book", List.of(Book.AVAILABLE, Book.PENDING));
        return new BalanceTransactionConnection(page.slice(query.page(LedgerEntryEntity.class, page).stream()
                .map(BalanceTransaction::of).toList(), BalanceTransaction::cursor), query::count);
    }

    @Query
    @Description("Your platform's top-ups, newest first; none when viewing as an account.")
    public @NonNull TopUpConnection topUps(@Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after,
            @Description("Only top-ups in this status.") TopUpStatus status) {
        PageRequest page = PageRequest.forward(first, after);
        MoneyRepository.ListQuery query = repository.list(TopUpEntity.class).where("status", status);
        if (viewAs.accountId().isPresent()) {
            query.nothing();
        }
        return new TopUpConnection(page.slice(query.page(TopUpEntity.class, page).stream().map(TopUp::of).toList(),
                TopUp::cursor), query::count);
    }

    @Query
    @Description("Transfers to your accounts, newest first; viewing as an account, those to it.")
    public @NonNull TransferConnection transfers(@Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after,
            @Id @Description("Only transfers to this account.") String accountId) {
        PageRequest page = PageRequest.forward(first, after);
        MoneyRepository.ListQuery query = forAccount(TransferEntity.class, accountId);
        return new TransferConnection(page.slice(query.page(TransferEntity.class, page).stream().map(Transfer::of)
                .toList(), Transfer::cursor), query::count);
    }

    @Query
    @Description("Payouts of your accounts, newest first; viewing as an account, its own.")
    public @NonNull PayoutConnection payouts(@Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after,
            @Id @Description("Only payouts of this account.") String accountId,
            @Description("Only payouts in this status.") PayoutStatus status) {
        PageRequest page = PageRequest.forward(first, after);
        MoneyRepository.ListQuery query = forAccount(PayoutEntity.class, accountId).where("status", status);
        return new PayoutConnection(page.slice(query.page(PayoutEntity.class, page).stream().map(Payout::of).toList(),
                Payout::cursor), query::count);
    }

    @Query
    @Description("Debits of your accounts (pullFunds), newest first; viewing as an account, its own.")
    public @NonNull AccountDebitConnection accountDebits(@Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after,
            @Id @Description("Only debits of this account.") String accountId) {
        PageRequest page = PageRequest.forward(first, after);
        MoneyRepository.ListQuery query = forAccount(AccountDebitEntity.class, accountId);
        return new AccountDebitConnection(page.slice(query.page(AccountDebitEntity.class, page).stream()
                .map(AccountDebit::of).toList(), AccountDebit::cursor), query::count);
    }

    private static final String TOTAL_COUNT = "How many items the list has over all pages. Counted only when asked for.";

    @Name("totalCount")
    @Description(TOTAL_COUNT)
    public int balanceTransactionCount(@Source BalanceTransactionConnection connection) {
        return connection.totalCount();
    }

    @Name("totalCount")
    @Description(TOTAL_COUNT)
    public int topUpCount(@Source TopUpConnection connection) {
        return connection.totalCount();
    }

    @Name("totalCount")
    @Description(TOTAL_COUNT)
    public int transferCount(@Source TransferConnection connection) {
        return connection.totalCount();
    }

    @Name("totalCount")
    @Description(TOTAL_COUNT)
    public int payoutCount(@Source PayoutConnection connection) {
        return connection.totalCount();
    }

    @Name("totalCount")
    @Description(TOTAL_COUNT)
    public int accountDebitCount(@Source AccountDebitConnection connection) {
        return connection.totalCount();
    }

    /** A list narrowed to one account: the one asked for, and under view-as only the viewed one. */
    private MoneyRepository.ListQuery forAccount(Class<?> entity, String accountId) {
        MoneyRepository.ListQuery query = repository.list(entity);
        Optional<String> viewed = viewAs.accountId();
        if (viewed.isPresent() && accountId != null && !viewed.get().equals(accountId)) {
            return query.nothing();
        }
        return query.where("accountId", viewed.orElse(accountId));
    }

    @Mutation
    @Allowed(Role.ADMINISTRATOR)
    @Description("Send money in from your platform's bank: pending on your balance until the provider confirms it "
            + "arrived (then available) or failed (then gone). Idempotent by idempotencyKey.")
    public @NonNull MoneyPayloads.AddToBalance addToBalance(
            @NonNull @Description("Amount, currency and idempotency key of the top-up.") MoneyInputs.AddToBalance input) {
        return Refusals.answer(() -> topUps.addToBalance(input), MoneyPayloads.AddToBalance::refused);
    }

    @Mutation
    @Allowed(Role.ADMINISTRATOR)
    @Description("Send money from your platform's available balance to an account's balance, or straight on to its "
            + "bank account or debit card (EXTERNAL_ACCOUNT, where your platform is liable for its negative "
            + "balances). The account's TRANSFERS capability must be ACTIVE. Idempotent by idempotencyKey.")
    public @NonNull MoneyPayloads.SendFunds sendFunds(
            @NonNull @Description("The account, amount, destination and idempotency key.") MoneyInputs.SendFunds input) {
        return Refusals.answer(() -> transfers.sendFunds(input), MoneyPayloads.SendFunds::refused);
    }

    @Mutation
    @Allowed(Role.ADMINISTRATOR)
    @Description("Record the account holder's consent to debits by your platform; replaces an earlier one.")
    public @NonNull MoneyPayloads.RecordDebitConsent recordDebitConsent(
            @NonNull @Description("The account and when and how its holder consented.") MoneyInputs.RecordDebitConsent input) {
        return Refusals.answer(() -> debits.recordConsent(input), MoneyPayloads.RecordDebitConsent::refused);
    }

    @Mutation
    @Allowed(Role.ADMINISTRATOR)
    @Description("Take money from an account's available balance back to your platform's: only where your platform is "
            + "liable for its negative balances, with a debit consent, both in one supported region, in the "
            + "account's default currency, never below zero. Idempotent by idempotencyKey.")
    public @NonNull MoneyPayloads.PullFunds pullFunds(
            @NonNull @Description("The account, amount and idempotency key.") MoneyInputs.PullFunds input) {
        return Refusals.answer(() -> debits.pullFunds(input), MoneyPayloads.PullFunds::refused);
    }

    @Override
    public Set<String> prefixes() {
        return Set.of(TopUpEntity.ID_PREFIX, TransferEntity.ID_PREFIX, PayoutEntity.ID_PREFIX,
                AccountDebitEntity.ID_PREFIX, LedgerEntryEntity.ID_PREFIX);
    }

    /** The same narrowing as the lists: under view-as only what belongs to the viewed account. */
    @Override
    public Optional<? extends Node> resolve(String id) {
        Optional<String> viewed = viewAs.accountId();
        Function<String, Boolean> visible = accountId -> viewed.map(accountId::equals).orElse(true);
        return switch (Ids.prefixOf(id)) {
            case TopUpEntity.ID_PREFIX -> Optional.ofNullable(repository.find(TopUpEntity.class, id))
                    .filter(topUp -> viewed.isEmpty()).map(TopUp::of);
            case TransferEntity.ID_PREFIX -> Optional.ofNullable(repository.find(TransferEntity.class, id))
                    .filter(transfer -> visible.apply(transfer.accountId)).map(Transfer::of);
            case PayoutEntity.ID_PREFIX -> Optional.ofNullable(repository.find(PayoutEntity.class, id))
                    .filter(payout -> visible.apply(payout.accountId)).map(Payout::of);
            case AccountDebitEntity.ID_PREFIX -> Optional.ofNullable(repository.find(AccountDebitEntity.class, id))
                    .filter(debit -> visible.apply(debit.accountId)).map(AccountDebit::of);
            case LedgerEntryEntity.ID_PREFIX -> Optional.ofNullable(repository.find(LedgerEntryEntity.class, id))
                    .filter(entry -> entry.book.hasBalance() && visible.apply(entry.ownerId))
                    .map(BalanceTransaction::of);
            default -> Optional.empty();
        };
    }
}
