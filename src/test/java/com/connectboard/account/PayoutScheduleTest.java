package com.connectboard.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** updatePayoutSchedule (docs/accounts.md) and its anchor rules. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PayoutScheduleTest {

    private static final String UPDATE = """
            mutation($input: UpdatePayoutScheduleInput!) {
              updatePayoutSchedule(input: $input) {
                payoutSchedule { interval delayDays weeklyAnchor monthlyAnchor nextPayoutDate }
                userErrors { code field message }
              }
            }""";

    private String platformId;
    private String account;

    @BeforeEach
    void account() {
        platformId = Accounts.completePlatform("US", "usd");
        account = Accounts.create(platformId, "NONE", "Payouts", "p@x.example", Map.of());
    }

    private io.restassured.response.ValidatableResponse update(String role, Map<String, Object> fields) {
        Map<String, Object> input = new HashMap<>(fields);
        input.put("accountId", account);
        return GraphQL.as(Tokens.of(platformId, role)).answer(UPDATE, Map.of("input", input));
    }

    @Test
    void weeklyNeedsAWeeklyAnchor() {
        update("administrator", Map.of("interval", "WEEKLY"))
                .body("data.updatePayoutSchedule.userErrors[0].field", equalTo("input.weeklyAnchor"));
        update("administrator", Map.of("interval", "WEEKLY", "weeklyAnchor", "FRIDAY", "delayDays", 2))
                .body("data.updatePayoutSchedule.userErrors", empty())
                .body("data.updatePayoutSchedule.payoutSchedule.weeklyAnchor", equalTo("FRIDAY"))
                .body("data.updatePayoutSchedule.payoutSchedule.delayDays", equalTo(2));
    }

    @Test
    void monthlyNeedsAMonthlyAnchorBetweenOneAndThirtyOne() {
        update("administrator", Map.of("interval", "MONTHLY"))
                .body("data.updatePayoutSchedule.userErrors[0].field", equalTo("input.monthlyAnchor"));
        update("administrator", Map.of("interval", "MONTHLY", "monthlyAnchor", 32))
                .body("data.updatePayoutSchedule.userErrors[0].message", containsString("between 1 and 31"));
        update("administrator", Map.of("interval", "MONTHLY", "monthlyAnchor", 31))
                .body("data.updatePayoutSchedule.payoutSchedule.monthlyAnchor", equalTo(31));
    }

    @Test
    void anAnchorThatDoesNotFitTheIntervalIsRefused() {
        update("administrator", Map.of("interval", "DAILY", "weeklyAnchor", "MONDAY"))
                .body("data.updatePayoutSchedule.payoutSchedule", nullValue())
                .body("data.updatePayoutSchedule.userErrors[0].message", containsString("only fits a WEEKLY"));
        update("administrator", Map.of("interval", "WEEKLY", "weeklyAnchor", "MONDAY", "monthlyAnchor", 3))
                .body("data.updatePayoutSchedule.userErrors[0].field", equalTo("input.monthlyAnchor"));
        GraphQL.as(Tokens.of(platformId, "analyst"))
                .ok("query($id: ID!) { connectedAccount(id: $id) { payoutSchedule { interval } } }", Map.of("id", account))
                .body("data.connectedAccount.payoutSchedule", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"developer", "analyst", "support_specialist", "view_only"})
    void onlyAnAdministratorSetsTheSchedule(String role) {
        update(role, Map.of("interval", "DAILY")).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void anchorsTwentyNineToThirtyOneMeanTheLastDayOfShorterMonths() {
        assertEquals(LocalDate.of(2027, 2, 28), PayoutScheduleService.payoutDayIn(YearMonth.of(2027, 2), 31));
        assertEquals(LocalDate.of(2028, 2, 29), PayoutScheduleService.payoutDayIn(YearMonth.of(2028, 2), 30));
        assertEquals(LocalDate.of(2027, 4, 30), PayoutScheduleService.payoutDayIn(YearMonth.of(2027, 4), 31));
        assertEquals(LocalDate.of(2027, 3, 31), PayoutScheduleService.payoutDayIn(YearMonth.of(2027, 3), 31));
        var monthly = new ConnectedAccount.PayoutSchedule(PayoutInterval.MONTHLY, null, null, 31);
        assertEquals(LocalDate.of(2027, 2, 28), PayoutScheduleService.nextPayoutDate(monthly, LocalDate.of(2027, 2, 1)));
        assertEquals(LocalDate.of(2027, 3, 31), PayoutScheduleService.nextPayoutDate(monthly, LocalDate.of(2027, 2, 28)));
        var weekly = new ConnectedAccount.PayoutSchedule(PayoutInterval.WEEKLY, null, Weekday.MONDAY, null);
        assertEquals(LocalDate.of(2026, 11, 23), PayoutScheduleService.nextPayoutDate(weekly, LocalDate.of(2026, 11, 22)));
        assertNull(PayoutScheduleService.nextPayoutDate(
                new ConnectedAccount.PayoutSchedule(PayoutInterval.MANUAL, null, null, null), LocalDate.of(2026, 1, 1)));
    }
}
