package com.connectboard.account;

import org.eclipse.microprofile.graphql.Description;

@Description("The legal form of the business behind an account. It decides which details are required: "
        + "individual.* for INDIVIDUAL, company.*, representative and owners for COMPANY (docs/requirements.md).")
public enum BusinessType {
    @Description("A sole proprietor or person: the individual's details are collected.")
    INDIVIDUAL, @Description("A registered company: company details, a representative and the owners are collected.")
    COMPANY, @Description("A non-profit organisation.")
    NON_PROFIT, @Description("A government body or agency.")
    GOVERNMENT_ENTITY
}
