package com.connectboard.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.connectboard.graphql.Node;
import com.connectboard.graphql.NodeResolver;
import com.connectboard.graphql.PageRequest;
import com.connectboard.graphql.Refusals;
import com.connectboard.security.Allowed;
import com.connectboard.security.Role;
import com.connectboard.security.ViewAs;

@GraphQLApi
@Allowed({Role.ADMINISTRATOR, Role.DEVELOPER, Role.ANALYST, Role.SUPPORT_SPECIALIST, Role.VIEW_ONLY})
public class AccountGraphQLApi implements NodeResolver {

    @Inject
    AccountRepository accounts;
    @Inject
    AccountService service;
    @Inject
    AccountSearch search;
    @Inject
    ViewAs viewAs;
    @Inject
    PayoutScheduleService payoutSchedules;
    @Inject
    Clock clock;

    @Query
    @Description("Your connected accounts, newest first (removed ones never appear). Viewing as an account: only that "
            + "account. See docs/search.md for the search language.")
    public @NonNull AccountConnection connectedAccounts(
            @Description("Page forward: 1 to " + PageRequest.MAX_PAGE_SIZE + ", default " + PageRequest.DEFAULT_PAGE_SIZE
                    + ".") Integer first,
            @Description("Cursor from a previous page's endCursor.") String after,
            @Description("Page backward: 1 to " + PageRequest.MAX_PAGE_SIZE + ".") Integer last,
            @Description("Cursor from a previous page's startCursor.") String before,
            @Description("e.g. name~\"acme\" country:\"US\" -status:\"rejected\"") String search,
            @Description("Structured filters, combined with search by AND.") AccountFilter filter) {
        PageRequest page = PageRequest.of(first, after, last, before);
        AccountRepository.ListQuery query = new AccountRepository.ListQuery(viewAs.accountId().orElse(null),
                filter, this.search.toCondition(search));
        var fetched = accounts.page(query, page).stream().map(ConnectedAccount::of).toList();
        return new AccountConnection(page.slice(fetched, ConnectedAccount::createdAt, ConnectedAccount::id),
                () -> accounts.count(query));
    }

    @Description("How many accounts match the search and filters, over all pages. Counted only when asked for.")
    public int totalCount(@Source AccountConnection connection) {
        return connection.totalCount();
    }

    @Query
    @Description("One account of your platform; null if there is none or it was removed.")
    public ConnectedAccount connectedAccount(@NonNull @Id @Description("acct_ id.") String id) {
        return resolve(id).orElse(null);
    }

    @Mutation
    @Allowed({Role.ADMINISTRATOR, Role.DEVELOPER})
    @Description("Create a connected account. FULL and EXPRESS return a one-time onboarding link; NONE is created at once.")
    public @NonNull AccountPayloads.Create createConnectedAccount(
            @NonNull @Description("The new account's details.") AccountInputs.Create input) {
        return Refusals.answer(() -> service.create(input), errors -> new AccountPayloads.Create(null, null, errors));
    }

    @Mutation
    @Allowed({Role.ADMINISTRATOR, Role.DEVELOPER})
    @Description("Change an account's contact details, business profile, company, individual or metadata.")
    public @NonNull AccountPayloads.Update updateConnectedAccount(@NonNull @Description("The account and the "
            + "fields to change; fields left out keep their value.") AccountInputs.Update input) {
        return Refusals.answer(() -> service.update(input), errors -> new AccountPayloads.Update(null, errors));
    }

    @Mutation
    @Allowed(Role.ADMINISTRATOR)
    @Description("Disconnect a FULL-dashboard account from your platform. Its platform-controlled settings are deleted; "
            + "its money history stays.")
    public @NonNull AccountPayloads.Remove removeConnectedAccount(
            @NonNull @Description("The account to remove.") AccountInputs.Remove input) {
        return Refusals.answer(() -> service.remove(input), errors -> new AccountPayloads.Remove(null, errors));
    }

    @Mutation
    @Allowed(Role.ADMINISTRATOR)
    @Description("Set when an account's balance is paid out. WEEKLY needs weeklyAnchor, MONTHLY needs monthlyAnchor.")
    public @NonNull AccountPayloads.UpdatePayoutSchedule updatePayoutSchedule(@NonNull @Description("The account and its new "
            + "schedule; it replaces the whole schedule.") AccountInputs.UpdatePayoutSchedule input) {
        return Refusals.answer(() -> payoutSchedules.update(input),
                errors -> new AccountPayloads.UpdatePayoutSchedule(null, errors));
    }

    @Description("The next payout day after today (UTC); null for MANUAL.")
    public LocalDate nextPayoutDate(@Source ConnectedAccount.PayoutSchedule schedule) {
        return PayoutScheduleService.nextPayoutDate(schedule, LocalDate.now(clock));
    }

    @Override
    public Set<String> prefixes() {
        return Set.of(AccountEntity.ID_PREFIX);
    }

    /** Live accounts of the platform; under view-as only the viewed one. */
    @Override
    public Optional<ConnectedAccount> resolve(String id) {
        if (viewAs.accountId().filter(viewed -> !viewed.equals(id)).isPresent()) {
            return Optional.empty();
        }
        return accounts.findLive(id).map(ConnectedAccount::of);
    }

    /** The same rule in one query, for the links of a page (Transfer.account, ...). */
    @Override
    public Map<String, Node> resolveAll(Collection<String> ids) {
        Optional<String> viewed = viewAs.accountId();
        Map<String, Node> found = new LinkedHashMap<>();
        accounts.findLive(viewed.map(id -> ids.contains(id) ? List.of(id) : List.<String>of()).orElse(List.copyOf(ids)))
                .forEach(account -> found.put(account.id, ConnectedAccount.of(account)));
        return found;
    }

}
