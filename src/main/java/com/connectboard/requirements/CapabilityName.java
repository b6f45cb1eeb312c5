package com.connectboard.requirements;

import org.eclipse.microprofile.graphql.Description;

/** The capabilities an account can request (docs/requirements.md); what each needs is in requirements/catalog.json. */
@Description("A capability an account can request.")
public enum CapabilityName {
    CARD_PAYMENTS, TRANSFERS, US_BANK_ACCOUNT_ACH_PAYMENTS, SEPA_DEBIT_PAYMENTS, LINK_PAYMENTS
}
