package com.connectboard.requirements;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import com.connectboard.account.ConnectedAccount;
import com.connectboard.graphql.Ids;
import com.connectboard.graphql.Node;
import com.connectboard.graphql.NodeResolver;
import com.connectboard.graphql.Nodes;
import com.connectboard.requirements.RequirementViews.RequiredAction;
import com.connectboard.requirements.RequirementsService.SupportTicket;
import com.connectboard.security.Allowed;
import com.connectboard.security.Role;

/**
 * Required actions and support tickets as Nodes, and their links to their account. Both belong to an account, so
 * both are visible exactly when their account is, as node(acct_...) answers it for the caller (its platform, live,
 * under view-as only the viewed one); an action, moreover, only while it is outstanding.
 */
@GraphQLApi
@Allowed({Role.ADMINISTRATOR, Role.DEVELOPER, Role.ANALYST, Role.SUPPORT_SPECIALIST, Role.VIEW_ONLY})
public class RequirementNodes implements NodeResolver {

    private static final String ACTION_PREFIX = "act";

    private final AccountEvaluation evaluation;
    private final RequirementsService service;
    private final Nodes nodes;

    @Inject
    public RequirementNodes(AccountEvaluation evaluation, RequirementsService service, Nodes nodes) {
        this.evaluation = evaluation;
        this.service = service;
        this.nodes = nodes;
    }

    private boolean accountVisible(String accountId) {
        return accountId != null && nodes.find(accountId) instanceof ConnectedAccount;
    }

    @Override
    public Set<String> prefixes() {
        return Set.of(ACTION_PREFIX, SupportTicketEntity.ID_PREFIX);
    }

    @Override
    public Optional<? extends Node> resolve(String id) {
        if (Ids.prefixOf(id).equals(ACTION_PREFIX)) {
            return Evaluator.accountOfAction(id).filter(this::accountVisible)
                    .flatMap(accountId -> evaluation.evaluate(List.of(accountId)).get(accountId).actionsRequired()
                            .stream().filter(action -> action.id().equals(id)).findFirst());
        }
        return service.findTicket(id).filter(ticket -> accountVisible(ticket.accountId)).map(SupportTicket::of);
    }

    @Description("The account the action is for.")
    public @NonNull List<@NonNull ConnectedAccount> account(@Source List<RequiredAction> actions) {
        // An action is only ever shown for a live account the caller sees, so each finds its account.
        return nodes.link(actions.stream().map(action -> Evaluator.accountOfAction(action.id()).orElse(null))
                .toList(), ConnectedAccount.class);
    }

    @Name("account")
    @Description("The account the ticket is about; null once the account is removed (accountId stays).")
    public List<ConnectedAccount> ticketAccount(@Source List<SupportTicket> tickets) {
        return nodes.link(tickets.stream().map(SupportTicket::accountId).toList(), ConnectedAccount.class);
    }
}
