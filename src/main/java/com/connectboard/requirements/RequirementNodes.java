package com.connectboard.requirements;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.connectboard.graphql.Ids;
import com.connectboard.graphql.Node;
import com.connectboard.graphql.NodeResolver;
import com.connectboard.requirements.RequirementViews.SupportTicket;
import com.connectboard.security.ViewAs;

/**
 * Required actions and support tickets as Nodes. Both belong to an account, so both are visible exactly when
 * {@link ViewAs#shows} their account (its platform, live, under view-as only the viewed one); an action, moreover, only
 * while it is outstanding.
 */
@ApplicationScoped
public class RequirementNodes implements NodeResolver {

    private static final String ACTION_PREFIX = "act";

    @Inject
    AccountEvaluation evaluation;
    @Inject
    RequirementsService service;
    @Inject
    ViewAs viewAs;

    @Override
    public Set<String> prefixes() {
        return Set.of(ACTION_PREFIX, SupportTicketEntity.ID_PREFIX);
    }

    @Override
    public Optional<? extends Node> resolve(String id) {
        if (Ids.prefixOf(id).equals(ACTION_PREFIX)) {
            return Evaluator.accountOfAction(id).filter(viewAs::shows)
                    .flatMap(accountId -> evaluation.evaluate(List.of(accountId)).get(accountId).actionsRequired()
                            .stream().filter(action -> action.id().equals(id)).findFirst());
        }
        return service.findTicket(id).filter(ticket -> viewAs.shows(ticket.accountId)).map(SupportTicket::of);
    }
}
