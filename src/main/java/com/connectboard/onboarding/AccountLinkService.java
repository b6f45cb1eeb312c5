package com.connectboard.onboarding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.connectboard.ConnectboardConfig;
import com.connectboard.account.AccountEntity;
import com.connectboard.account.AccountLink;
import com.connectboard.account.AccountLinkType;
import com.connectboard.account.AccountLinks;
import com.connectboard.account.AccountService;
import com.connectboard.error.ErrorCode;
import com.connectboard.error.Refusal;
import com.connectboard.event.EventRecorder;
import com.connectboard.graphql.Ids;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Issues hosted-page links. A token is 32 random bytes (256 bits) in base64url; only its SHA-256 is stored, so a
 * database reader cannot open anyone's page. Issuing a link voids the account's previous unused link of the same type.
 */
@ApplicationScoped
public class AccountLinkService implements PanacheRepositoryBase<AccountLinkEntity, String>, AccountLinks {

    /** Path of the hosted pages; the token follows. */
    public static final String HOSTED_PATH = "/hosted/links/";

    @Inject
    AccountService accounts;
    @Inject
    LinkConfig config;
    @Inject
    ConnectboardConfig connectboard;
    @Inject
    EventRecorder events;
    @Inject
    Clock clock;

    /** {@code createAccountLink}: a new single-use link for an account with hosted pages, or a {@link Refusal}. */
    @Transactional
    public AccountLink create(OnboardingInputs.CreateAccountLink input) {
        if (!input.type().singleUse()) {
            throw Refusal.of(ErrorCode.INVALID_INPUT, "input.type",
                    "createAccountLink issues ONBOARDING or ACCOUNT_UPDATE links; REMEDIATION links come from createRemediationLink");
        }
        AccountEntity account = accounts.requireForChange("input.accountId", input.accountId());
        if (!account.dashboardAccess.hostedOnboarding()) {
            throw Refusal.of(ErrorCode.INVALID_INPUT, "input.accountId", "Account " + account.id
                    + " has dashboardAccess NONE and so no hosted pages: change its details with updateConnectedAccount");
        }
        return issue(account.id, input.type());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public AccountLink issue(String accountId, AccountLinkType type) {
        Instant now = Instant.now(clock);
        update("voidedAt = ?1 where accountId = ?2 and type = ?3 and usedAt is null and voidedAt is null", now,
                accountId, type);
        String token = newToken();
        AccountLinkEntity link = new AccountLinkEntity();
        link.id = Ids.newId(AccountLinkEntity.ID_PREFIX);
        link.accountId = accountId;
        link.type = type;
        link.tokenHash = hash(token);
        link.createdAt = now;
        link.expiresAt = now.plus(validity(type));
        persist(link);
        events.record("account_link.created", accountId, Map.of("linkId", link.id, "type", type.name(),
                "expiresAt", link.expiresAt.toString()));
        return view(link, url(token));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void voidAll(String accountId) {
        update("voidedAt = ?1 where accountId = ?2 and usedAt is null and voidedAt is null", Instant.now(clock),
                accountId);
    }

    /** The GraphQL view of a link; {@code url} only when it was just issued (the token is not kept). */
    static AccountLink view(AccountLinkEntity link, String url) {
        return new AccountLink(link.id, url, link.type, link.expiresAt, link.usedAt, link.voidedAt);
    }

    private Duration validity(AccountLinkType type) {
        return type == AccountLinkType.REMEDIATION ? config.remediationValidity() : config.onboardingValidity();
    }

    private String url(String token) {
        String base = connectboard.publicBaseUrl().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + HOSTED_PATH + token;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        Random.INSTANCE.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Created on first use, so that a native image seeds it at run time. */
    private static final class Random {
        static final SecureRandom INSTANCE = new SecureRandom();
    }
}
