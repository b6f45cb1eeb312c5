package com.connectboard.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.connectboard.account.AccountChanges;
import com.connectboard.account.AccountEntity;
import com.connectboard.account.AccountLinkType;
import com.connectboard.account.AccountRepository;
import com.connectboard.account.AccountWrites;
import com.connectboard.error.ErrorCode;
import com.connectboard.error.Refusal;
import com.connectboard.event.ChangeSet;
import com.connectboard.event.EventRecorder;
import com.connectboard.graphql.UserError;
import com.connectboard.platform.PlatformEntity;
import com.connectboard.platform.PlatformRepository;
import com.connectboard.security.CrossPlatform;
import com.connectboard.security.Tenant;

/**
 * What the hosted link pages do. A browser brings only the token, so the page first finds the link's platform by the
 * token's hash ({@link #route}) — the one read that crosses platforms — and from then on acts as that platform, reading
 * through the same tenant-filtered entities as the API.
 */
@ApplicationScoped
public class HostedOnboarding {

    /**
     * Why a link opens no form, in the page's words. {@link #open} and {@link #submit} throw it as the one refusal
     * mechanism ({@link #refusal()}); the page turns it back into its status and words ({@link #of}), so that two reasons
     * with one code (REPLACED and EXPIRED are both LINK_EXPIRED) keep their own heading.
     */
    public enum LinkRefusal {
        UNKNOWN(404, ErrorCode.NOT_FOUND, "Link not found",
                "This link does not exist. Check that you opened the whole address, or ask the platform for a new link."), ACCOUNT_REMOVED(
                        410, ErrorCode.ACCOUNT_REMOVED, "Account no longer connected",
                        "The account this link was for was removed from the platform."), USED(410, ErrorCode.LINK_ALREADY_USED,
                                "This link was already used",
                                "Your details were already submitted with this link. If you need to change them, ask the platform for a "
                                        + "new link."), REPLACED(410, ErrorCode.LINK_EXPIRED, "This link was replaced",
                                                "The platform sent you a newer link; this one no longer works. Use the newest link, or ask for a new one."), EXPIRED(
                                                        410, ErrorCode.LINK_EXPIRED, "This link has expired",
                                                        "Links are valid for a short time. Ask the platform for a new link."),
        /** The form was posted from another site's page, not from its own (FormOrigin). Nothing was saved. */
        OTHER_ORIGIN(403, ErrorCode.FORBIDDEN, "This form can only be sent from its own page",
                "Nothing was saved. Open the link you received and fill in the form there.");

        public final int status;
        public final ErrorCode code;
        public final String heading;
        public final String message;

        LinkRefusal(int status, ErrorCode code, String heading, String message) {
            this.status = status;
            this.code = code;
            this.heading = heading;
            this.message = message;
        }

        public Refusal refusal() {
            return Refusal.of(code, null, message);
        }

        /** The page's words for a refusal of a link; a refusal these pages do not know is a defect. */
        public static LinkRefusal of(Refusal refusal) {
            Refusal.Reason reason = refusal.reasons().get(0);
            for (LinkRefusal candidate : values()) {
                if (candidate.code == reason.code() && candidate.message.equals(reason.message())) {
                    return candidate;
                }
            }
            throw new IllegalStateException("Not a link refusal: " + reason.code(), refusal);
        }
    }

    /** The link's platform and id, found by the token's hash. */
    public record Route(String platformId, String linkId) {
    }

    /** What a GET shows: the form of this link's type for the account. */
    public record Opened(AccountEntity account, AccountLinkType type) {
    }

    /** What a POST did: connected, or invalid (nothing changed) with the errors to show beside the form's values. */
    public record Submitted(AccountEntity account, AccountLinkType type, List<UserError> errors, Connected connected) {
    }

    /** What the notification email needs, read before the transaction ends. No personal data. */
    public record Connected(String accountId, String businessName, String platformName, String notificationEmail,
            AccountLinkType type) {
    }

    @Inject
    CrossPlatform crossPlatform;
    @Inject
    Tenant tenant;
    @Inject
    AccountLinkService links;
    @Inject
    AccountRepository accounts;
    @Inject
    PlatformRepository platforms;
    @Inject
    AccountChanges changes;
    @Inject
    EventRecorder events;
    @Inject
    AccountWrites writes;
    @Inject
    HostedRemediation remediation;
    @Inject
    Clock clock;

    /**
     * Finds the link's platform and acts as it for the rest of the request: before any session of the request exists
     * ({@link CrossPlatform}), so the sessions opened afterwards are the platform's. A token is 256 random bits, so its
     * hash names one link.
     */
    public Optional<Route> route(String token) {
        Optional<Route> route = crossPlatform.query("Link lookup",
                "SELECT platform_id, id FROM account_link WHERE token_hash = ?",
                row -> new Route(row.getString(1), row.getString(2)), AccountLinkService.hash(token)).stream()
                .findFirst();
        route.ifPresent(found -> tenant.actAs(found.platformId()));
        return route;
    }

    /** The link's account and type, or a {@link LinkRefusal} thrown as a {@link Refusal}. */
    @Transactional
    public Opened open(Route route) {
        AccountLinkEntity link = links.findById(route.linkId());
        AccountEntity account = link == null ? null : accounts.findById(link.accountId);
        refuseUnusable(link, account);
        return new Opened(account, link.type);
    }

    /**
     * Checks and applies a submission in one transaction: the details, {@code detailsSubmitted}, the terms' acceptance,
     * the link used up and the event. Invalid input changes nothing. The account row is locked first and the link
     * re-read under lock after it (the order {@code createAccountLink} takes them too), so two submissions of one link
     * run one after the other and the second finds it used. A link that cannot be used is a {@link LinkRefusal}
     * thrown as a {@link Refusal}.
     */
    @Transactional
    public Submitted submit(Route route, Map<String, String> form) {
        AccountLinkEntity link = links.findById(route.linkId());
        AccountEntity account = link == null ? null : accounts.findForUpdate(link.accountId).orElse(null);
        if (link != null) {
            links.getEntityManager().refresh(link, LockModeType.PESSIMISTIC_WRITE);
        }
        refuseUnusable(link, account);
        if (link.type == AccountLinkType.REMEDIATION) {
            return remediation.submit(link, account, form);
        }
        List<UserError> errors = OnboardingForm.check(account, form, changes);
        if (!errors.isEmpty()) {
            return new Submitted(account, link.type, errors, null);
        }

        Instant now = Instant.now(clock);
        ChangeSet changed = new ChangeSet();
        // Before the details: which of them apply (company or individual) follows from the type chosen.
        changes.applyBusinessType(account, OnboardingForm.type(account, form), changed);
        changes.applyDetails(account, OnboardingForm.profile(form), OnboardingForm.company(account, form),
                OnboardingForm.individual(account, form), changed);
        writes.markDetailsSubmitted(account, now);
        link.usedAt = now;

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("linkId", link.id);
        data.put("linkType", link.type.name());
        data.put("tosAcceptedAt", now.toString());
        data.put("changes", changed.asMap());
        // A first onboarding connects the account; an update link only changes details.
        events.recordByAccountHolder(link.type == AccountLinkType.ONBOARDING ? "account.connected" : "account.updated",
                account.id, data);

        PlatformEntity platform = platforms.current().orElse(null);
        Connected connected = new Connected(account.id, account.businessName, platform == null ? null : platform.name,
                platform == null ? null : platform.notificationEmail, link.type);
        return new Submitted(account, link.type, List.of(), connected);
    }

    private void refuseUnusable(AccountLinkEntity link, AccountEntity account) {
        LinkRefusal refusal = unusable(link, account);
        if (refusal != null) {
            throw refusal.refusal();
        }
    }

    private LinkRefusal unusable(AccountLinkEntity link, AccountEntity account) {
        if (link == null || account == null) {
            return LinkRefusal.UNKNOWN;
        }
        if (account.isRemoved()) {
            return LinkRefusal.ACCOUNT_REMOVED;
        }
        // A REMEDIATION link is not used up by a submission: only its expiry and a newer link end it.
        if (link.type.singleUse() && link.usedAt != null) {
            return LinkRefusal.USED;
        }
        if (link.voidedAt != null) {
            return LinkRefusal.REPLACED;
        }
        if (!Instant.now(clock).isBefore(link.expiresAt)) {
            return LinkRefusal.EXPIRED;
        }
        return null;
    }
}
