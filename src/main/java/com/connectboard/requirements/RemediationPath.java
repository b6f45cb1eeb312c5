package com.connectboard.requirements;

import org.eclipse.microprofile.graphql.Description;

@Description("A way to resolve a required action; every action offers CONTACT_SUPPORT.")
public enum RemediationPath {
    @Description("submitRequirementInformation: the platform fills the item in (requirementCollection PLATFORM only).")
    SUBMIT_INFORMATION, @Description("createRemediationLink: the account holder fills it in on a hosted page.")
    SEND_REMEDIATION_LINK, @Description("contactSupport: file a ticket with the provider (supportTicketDraft is a start).")
    CONTACT_SUPPORT, @Description("addExternalAccount: the item is a bank account or debit card.")
    ADD_EXTERNAL_ACCOUNT, @Description("The persons mutations: the item is about the business's representative or owners.")
    MANAGE_PERSONS
}
