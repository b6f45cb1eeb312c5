package com.connectboard.requirements;

import org.eclipse.microprofile.graphql.Description;

/** The order of actionsRequired: an item due in several ways is listed once, under the first of these. */
@Description("Why an item is outstanding; actionsRequired is ordered by kind in this order.")
public enum RequiredActionKind {
    @Description("The provider asked for information (requirement.information_requested).")
    INFORMATION_REQUEST, @Description("Its deadline passed: the capabilities that need it are inactive.")
    PAST_DUE, @Description("Needed by a requested capability before its deadline.")
    CURRENTLY_DUE, @Description("The provider will need it by a future date (requirement.future_added).")
    FUTURE, @Description("Needed later; nothing is restricted yet.")
    EVENTUALLY_DUE
}
