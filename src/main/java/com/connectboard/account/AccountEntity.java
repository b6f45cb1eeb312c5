package com.connectboard.account;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import com.connectboard.account.details.CompanyDetails;
import com.connectboard.account.details.IndividualDetails;

/** A connected account of a platform (docs/accounts.md). */
@Entity
@Table(name = "connected_account")
public class AccountEntity {

    public static final String ID_PREFIX = "acct";

    @Id
    public String id;

    @TenantId
    public String platformId;

    public Instant createdAt;
    public Instant updatedAt;

    /** Set when the account was removed from the platform; a removed account is gone from every read path. */
    public Instant removedAt;

    public String country;
    public String defaultCurrency;
    public String email;
    public String phone;

    @Enumerated(EnumType.STRING)
    public BusinessType businessType;

    public String businessName;
    public String businessUrl;
    public String businessMcc;
    public String businessProductDescription;
    public String businessSupportEmail;
    public String businessSupportPhone;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public CompanyDetails company = CompanyDetails.EMPTY;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public IndividualDetails individual = IndividualDetails.EMPTY;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, String> metadata = new LinkedHashMap<>();

    @Enumerated(EnumType.STRING)
    public DashboardAccess dashboardAccess;

    public boolean platformLiableForNegativeBalances;

    @Enumerated(EnumType.STRING)
    public RequirementCollection requirementCollection;

    @Enumerated(EnumType.STRING)
    public AccountStatus status;

    public boolean detailsSubmitted;
    public boolean chargesEnabled;
    public boolean payoutsEnabled;
    public Instant tosAcceptedAt;
    public Instant lastActivityAt;

    /** The evaluator's last answer, kept for the list filter (com.connectboard.requirements.AccountEvaluation). */
    public boolean hasActionsRequired;
    /** When the evaluator's answer changes next without any input changing (a deadline); the deadline job's cue. */
    public Instant nextEvaluationAt;

    @Enumerated(EnumType.STRING)
    public PayoutInterval payoutInterval;
    public Integer payoutDelayDays;
    @Enumerated(EnumType.STRING)
    public Weekday payoutWeeklyAnchor;
    public Integer payoutMonthlyAnchor;

    /** Flags the provider reports (account.flags_updated); they decide whether the account's support cases show. */
    public boolean connectedToMultiplePlatforms;
    /** Set with connectedToMultiplePlatforms and never cleared: a flag once set keeps the cases hidden. */
    public boolean everConnectedToMultiplePlatforms;
    public boolean isPlatform;
    public boolean sharesSupportCases = true;

    public boolean isRemoved() {
        return removedAt != null;
    }
}
