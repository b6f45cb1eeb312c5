package com.connectboard.account;

import org.eclipse.microprofile.graphql.Description;

@Description("A day of the week, for weekly payout schedules.")
public enum Weekday {
    @Description("Monday.")
    MONDAY, @Description("Tuesday.")
    TUESDAY, @Description("Wednesday.")
    WEDNESDAY, @Description("Thursday.")
    THURSDAY, @Description("Friday.")
    FRIDAY, @Description("Saturday.")
    SATURDAY, @Description("Sunday.")
    SUNDAY
}
