package com.connectboard.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Tells the platform's notification address that an account connected (docs/onboarding.md). The mail names the account
 * id and business name only: the platform reads the rest through the API, and personal data stays out of inboxes.
 */
@ApplicationScoped
public class ConnectedMail {

    private static final Logger LOG = Logger.getLogger(ConnectedMail.class);

    @Inject
    Mailer mailer;

    /**
     * Type-checked, as the hosted page is: Qute validates every expression against {@link HostedOnboarding.Connected}
     * at build time and generates its value resolvers, so the mail also renders in the native executable, where a
     * record's accessors are not reachable by reflection.
     */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance text(HostedOnboarding.Connected connected);

        static native TemplateInstance html(HostedOnboarding.Connected connected);
    }

    /**
     * Sent after the connection committed, and never thrown: the account holder's submission is what matters and is
     * already saved, so a mail server that is down must not turn it into an error page or a rollback. A failure is
     * logged (account id only) and the platform still sees the connection in the API and its events. A crash between
     * the commit and this call loses the mail; a durable outbox would close that gap when notifications grow.
     */
    public void send(HostedOnboarding.Connected connected) {
        if (connected.notificationEmail() == null || connected.notificationEmail().isBlank()) {
            LOG.warnf("Account %s connected, but its platform has no notification email", connected.accountId());
            return;
        }
        try {
            String name = connected.businessName() == null ? connected.accountId() : connected.businessName();
            mailer.send(Mail.withText(connected.notificationEmail(), "Account connected: " + name,
                    Templates.text(connected).render())
                    .setHtml(Templates.html(connected).render()));
        } catch (RuntimeException e) {
            LOG.warnf(e, "The connection email for account %s could not be sent", connected.accountId());
        }
    }
}
