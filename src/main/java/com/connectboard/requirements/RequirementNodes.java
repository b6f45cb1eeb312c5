package com.connectboard.requirements;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.connectboard.graphql.Ids;
import com.connectboard.graphql.Node;
import com.connectboard.graphql.NodeResolver;
import com.connectboard.graphql.Nodes;
import com.connectboard.requirements.RequirementViews.SupportTicket;

/**
 * Required actions and support tickets as Nodes. Both belong to an account, so
 * both are visible exactly when their account is, as node(acct_...) answers it for the caller (its platform, live,
 * under view-as only the viewed one); an action, moreover, only while it is outstanding.
 */
@ApplicationScoped
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
        return accountId != null && accountId.startsWith("acct_") && nodes.find(accountId) != null;
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
}
