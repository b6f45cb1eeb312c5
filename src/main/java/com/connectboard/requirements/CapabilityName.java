package com.connectboard.requirements;

import org.eclipse.microprofile.graphql.Description;

/** The capabilities an account can request (docs/requirements.md); what each needs is in requirements/catalog.json. */
@Description("A capability an account can request.")
public enum CapabilityName {
    @Description("Accept card payments; needs TRANSFERS (requesting it requests both). chargesEnabled follows it.")
    CARD_PAYMENTS, @Description("Receive transfers from the platform and be paid out; sendFunds needs it ACTIVE. payoutsEnabled "
            + "follows it.")
    TRANSFERS, @Description("Accept ACH debits from US bank accounts; US accounts only; needs CARD_PAYMENTS.")
    US_BANK_ACCOUNT_ACH_PAYMENTS, @Description("Accept SEPA Direct Debit payments; accounts in the EEA, CH and GB; needs CARD_PAYMENTS.")
    SEPA_DEBIT_PAYMENTS, @Description("Accept payments with Link, the provider's saved-payment wallet; accounts in the US, CA, GB, the EEA "
            + "and CH; needs CARD_PAYMENTS.")
    LINK_PAYMENTS
}
