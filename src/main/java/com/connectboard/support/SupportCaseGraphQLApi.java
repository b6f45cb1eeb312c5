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
import com.connectboard.graphql.Ids;
import com.connectboard.graphql.Node;
import com.connectboard.graphql.NodeResolver;
import com.connectboard.graphql.Nodes;
import com.connectboard.graphql.PageRequest;
import com.connectboard.graphql.Refusals;
import com.connectboard.security.Allowed;
import com.connectboard.security.Role;

/** Every read here goes through {@link SupportCaseRepository}'s visibility rule. */
@GraphQLApi
@Allowed({Role.ADMINISTRATOR, Role.DEVELOPER, Role.ANALYST, Role.SUPPORT_SPECIALIST, Role.VIEW_ONLY})
public class SupportCaseGraphQLApi implements NodeResolver {

    @Inject
    SupportCaseRepository cases;
    @Inject
    SupportCaseService service;
    @Inject
    AccountRepository accounts;
    @Inject
    Nodes nodes;

    @Query
    @Description("Support cases of your accounts opened in the last 90 days, newest first; only of accounts with a FULL "
            + "or EXPRESS dashboard that are not (and never were) connected to other platforms, are not platforms "
            + "themselves and share their cases. Viewing as an account: only that account's.")
    public @NonNull SupportCaseConnection supportCases(
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after,
            @Id @Description("Only cases of this account.") String accountId,
            @Description("Only OPEN or only CLOSED cases.") SupportCaseStatus status) {
        PageRequest page = PageRequest.forward(first, after);
        SupportCaseRepository.CaseFilter filter = new SupportCaseRepository.CaseFilter(null,
                accountId == null ? null : List.of(accountId), status);
        List<SupportCase> fetched = cases.page(filter, page).stream().map(SupportCase::of).toList();
        return new SupportCaseConnection(page.slice(fetched, SupportCase::createdAt, SupportCase::id),
                () -> cases.count(filter));
    }

    @Description("How many cases match, over all pages. Counted only when asked for.")
    public int totalCount(@Source SupportCaseConnection connection) {
        return connection.totalCount();
    }

    @Query
    @Description("One support case with its conversation; null if there is none you can see.")
    public SupportCase supportCase(@NonNull @Id @Description("case_ id.") String id) {
        return cases.findVisible(id).map(SupportCase::of).orElse(null);
    }

    @Name("supportCases")
    @Description("The account's support cases you can see (the rules of Query.supportCases: opened in the last 90 "
            + "days, FULL or EXPRESS dashboard, not connected to other platforms, not a platform, sharing its cases), "
            + "newest first, a page at a time.")
    public @NonNull SupportCaseConnection accountSupportCases(@Source ConnectedAccount owner,
            @Description(PageRequest.FIRST) Integer first,
            @Description("A cursor from a previous page of this account's cases.") String after,
            @Description("Only OPEN or only CLOSED cases.") SupportCaseStatus status) {
        return supportCases(first, after, owner.id(), status);
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
        return Refusals.answer(() -> service.addContext(input), errors -> new SupportPayloads.AddContext(null, errors));
    }

    @Name("supportCase")
    @Description("The case the message belongs to.")
    public @NonNull List<@NonNull SupportCase> messageCase(@Source List<SupportMessage> messages) {
        // A message is only shown with a case the caller sees, so each finds its case.
        return nodes.link(messages.stream().map(SupportMessage::caseId).toList(), SupportCase.class);
    }

    @Override
    public Set<String> prefixes() {
        return Set.of(SupportCaseEntity.ID_PREFIX, SupportMessageEntity.ID_PREFIX);
    }

    /** Cases by the one visibility rule; messages where their case's conversation shows them. */
    @Override
    public Optional<? extends Node> resolve(String id) {
        if (Ids.prefixOf(id).equals(SupportMessageEntity.ID_PREFIX)) {
            return service.findVisibleMessage(id);
        }
        return cases.findVisible(id).map(SupportCase::of);
    }
}
