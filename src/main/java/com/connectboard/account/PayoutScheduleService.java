package com.connectboard.account;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.connectboard.error.ErrorCode;
import com.connectboard.event.EventRecorder;
import com.connectboard.graphql.InputCheck;
import com.connectboard.graphql.Refusals;

/** The payout schedule rules (docs/accounts.md): anchors that fit the interval, month ends for 29 to 31. */
@ApplicationScoped
public class PayoutScheduleService {

    @Inject
    AccountService accounts;
    @Inject
    EventRecorder events;
    @Inject
    Clock clock;

    @Transactional
    public AccountPayloads.UpdatePayoutSchedule update(AccountInputs.UpdatePayoutSchedule input) {
        InputCheck check = new InputCheck();
        if (input.delayDays() != null && (input.delayDays() < 0 || input.delayDays() > 365)) {
            check.fail(ErrorCode.INVALID_INPUT, "input.delayDays", "`input.delayDays` must be between 0 and 365");
        }
        if (input.interval() == PayoutInterval.WEEKLY && input.weeklyAnchor() == null) {
            check.fail(ErrorCode.INVALID_INPUT, "input.weeklyAnchor",
                    "A WEEKLY schedule needs a weeklyAnchor (MONDAY..SUNDAY)");
        }
        if (input.interval() != PayoutInterval.WEEKLY && input.weeklyAnchor() != null) {
            check.fail(ErrorCode.INVALID_INPUT, "input.weeklyAnchor", "weeklyAnchor only fits a WEEKLY schedule, not "
                    + input.interval());
        }
        if (input.interval() == PayoutInterval.MONTHLY && input.monthlyAnchor() == null) {
            check.fail(ErrorCode.INVALID_INPUT, "input.monthlyAnchor", "A MONTHLY schedule needs a monthlyAnchor (1 to 31)");
        }
        if (input.interval() != PayoutInterval.MONTHLY && input.monthlyAnchor() != null) {
            check.fail(ErrorCode.INVALID_INPUT, "input.monthlyAnchor", "monthlyAnchor only fits a MONTHLY schedule, not "
                    + input.interval());
        }
        if (input.monthlyAnchor() != null && (input.monthlyAnchor() < 1 || input.monthlyAnchor() > 31)) {
            check.fail(ErrorCode.INVALID_INPUT, "input.monthlyAnchor", "`input.monthlyAnchor` must be between 1 and 31");
        }
        AccountEntity account = accounts.requireForChange("input.accountId", input.accountId());
        if (check.failed()) {
            throw Refusals.of(check.errors());
        }
        account.payoutInterval = input.interval();
        account.payoutDelayDays = input.delayDays();
        account.payoutWeeklyAnchor = input.weeklyAnchor();
        account.payoutMonthlyAnchor = input.monthlyAnchor();
        account.updatedAt = Instant.now(clock);
        ConnectedAccount.PayoutSchedule schedule = ConnectedAccount.of(account).payoutSchedule();
        events.record("payout_schedule.updated", account.id, Map.of("schedule", schedule));
        return new AccountPayloads.UpdatePayoutSchedule(schedule, List.of());
    }

    /** The next payout day strictly after {@code today}; null for MANUAL. */
    public static LocalDate nextPayoutDate(ConnectedAccount.PayoutSchedule schedule, LocalDate today) {
        return switch (schedule.interval()) {
            case MANUAL -> null;
            case DAILY -> today.plusDays(1);
            case WEEKLY -> today.with(TemporalAdjusters.next(DayOfWeek.valueOf(schedule.weeklyAnchor().name())));
            case MONTHLY -> {
                LocalDate thisMonth = payoutDayIn(YearMonth.from(today), schedule.monthlyAnchor());
                yield thisMonth.isAfter(today)
                        ? thisMonth
                        : payoutDayIn(YearMonth.from(today).plusMonths(1),
                                schedule.monthlyAnchor());
            }
        };
    }

    /** Anchors 29 to 31 fall on the month's last day when the month is shorter. */
    static LocalDate payoutDayIn(YearMonth month, int anchor) {
        return month.atDay(Math.min(anchor, month.lengthOfMonth()));
    }
}
