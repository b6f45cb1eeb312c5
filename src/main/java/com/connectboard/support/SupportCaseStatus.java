package com.connectboard.support;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether the provider is still working on a support case.")
public enum SupportCaseStatus {
    @Description("Open: the conversation goes on.")
    OPEN, @Description("Closed by the provider (closedAt says when).")
    CLOSED
}
