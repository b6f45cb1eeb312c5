package com.connectboard.support;

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
import com.connectboard.graphql.NodeResolver;
import com.connectboard.graphql.PageRequest;
import com.connectboard.security.Allowed;
import com.connectboard.security.Role;

/** Every read here goes through {@link SupportCaseRepository}'s visibility rule. */
@GraphQLApi
@Allowed({Role.ADMINISTRATOR, Role.DEVELOPER, Role.ANALYST, Role.SUPPORT_SPECIALIST, Role.VIEW_ONLY})
public class SupportCaseGraphQLApi implements NodeResolver {

    private final SupportCaseRepository cases;
    private final SupportCaseService service;
    private final AccountRepository accounts;

    @Inject
    public SupportCaseGraphQLApi(SupportCaseRepository cases, SupportCaseService service, AccountRepository accounts) {
        this.cases = cases;
        this.service = service;
        this.accounts = accounts;
    }

    @Query
    @Description("Support cases of your accounts opened in the last 90 days, newest first; only of accounts with a FULL "
            + "or EXPRESS dashboard that are not (and never were) connected to other platforms, are not platforms "
            + "themselves and share their cases. Viewing as an account: only that account's.")
    public @NonNull SupportCaseConnection supportCases(
            @Description("1 to 100; default 20.") Integer first,
            @Description("A cursor from a previous page.") String after,
            @Id @Description("Only cases of this account.") String accountId,
            @Description("Only OPEN or only CLOSED cases.") SupportCaseStatus status) {
        PageRequest page = PageRequest.forward(first, after);
        SupportCaseRepository.CaseFilter filter = new SupportCaseRepository.CaseFilter(null,
                accountId == null ? null : List.of(accountId), status);
        List<SupportCase> fetched = cases.page(filter, page).stream().map(SupportCase::of).toList();
        return new SupportCaseConnection(page.slice(fetched, SupportCase::cursor), filter);
    }

    @Description("How many cases match, over all pages. Counted only when asked for.")
    public int totalCount(@Source SupportCaseConnection connection) {
        return Math.toIntExact(cases.count(connection.filter()));
    }

    @Query
    @Description("One support case with its conversation; null if there is none you can see.")
    public SupportCase supportCase(@NonNull @Id @Description("case_ id.") String id) {
        return resolve(id).orElse(null);
    }

    @Name("supportCases")
    @Description("The account's support cases you can see (the rules of Query.supportCases), newest first.")
    public @NonNull List<@NonNull List<@NonNull SupportCase>> accountSupportCases(@Source List<ConnectedAccount> owners) {
        Map<String, List<SupportCase>> byAccount = cases.ofAccounts(owners.stream().map(ConnectedAccount::id).toList())
                .stream().collect(Collectors.groupingBy(entity -> entity.accountId,
                        Collectors.mapping(SupportCase::of, Collectors.toList())));
        return owners.stream().map(owner -> byAccount.getOrDefault(owner.id(), List.of())).toList();
    }

    @Description("The conversation, oldest first. Viewing as an account: without your platform's private context.")
    public @NonNull List<@NonNull List<@NonNull SupportMessage>> messages(@Source List<SupportCase> sources) {
        Map<String, List<SupportMessage>> byCase = service.messagesOf(sources.stream().map(SupportCase::id).toList());
        return sources.stream().map(source -> byCase.getOrDefault(source.id(), List.of())).toList();
    }

    @Description("The account that opened the case.")
    public @NonNull List<@NonNull ConnectedAccount> account(@Source List<SupportCase> sources) {
        Map<String, ConnectedAccount> live = accounts
                .findLive(sources.stream().map(SupportCase::accountId).collect(Collectors.toSet())).stream()
                .map(ConnectedAccount::of).collect(Collectors.toMap(ConnectedAccount::id, Function.identity()));
        // Visible cases belong to live accounts only, so every case finds its account.
        return sources.stream().map(source -> live.get(source.accountId())).toList();
    }

    @Mutation
    @Allowed({Role.ADMINISTRATOR, Role.DEVELOPER, Role.SUPPORT_SPECIALIST})
    @Description("Add private context for the provider to a case: stored as a PLATFORM message the account never sees, "
            + "and sent to the provider.")
    public @NonNull SupportPayloads.AddContext addSupportCaseContext(
            @NonNull @Description("The case and the context to add.") SupportInputs.AddContext input) {
        return service.addContext(input);
    }

    @Override
    public Set<String> prefixes() {
        return Set.of(SupportCaseEntity.ID_PREFIX);
    }

    @Override
    public Optional<SupportCase> resolve(String id) {
        return cases.findVisible(id).map(SupportCase::of);
    }
}
