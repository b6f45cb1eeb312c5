package com.connectboard.onboarding;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.connectboard.account.AccountLinkType;
import com.connectboard.error.Refusal;
import com.connectboard.onboarding.HostedOnboarding.LinkRefusal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The hosted link page (docs/onboarding.md): {@code GET} shows the onboarding form, {@code POST} submits it. Public:
 * the secret token in the path is the only credential, so the path is not under {@code quarkus.http.auth.permission}.
 * A POST from another origin's page is refused ({@link FormOrigin}): the form carries no ambient credential (no cookie,
 * no session) another site could ride on, but a page that got hold of a link must not submit it in the holder's
 * browser either. The token is never logged, never put in the page (the form posts back to its own URL), and never
 * sent on in a Referer ({@code strict-origin}: at most the origin).
 */
@Path(AccountLinkService.HOSTED_PATH + "{token}")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class HostedLinkResource {

    private static final Logger LOG = Logger.getLogger(HostedLinkResource.class);
    /** What {@link AccountLinkService} issues: 32 bytes in base64url, 43 characters. */
    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(HostedPage page);
    }

    @Inject
    HostedOnboarding onboarding;
    @Inject
    ConnectedMail mail;
    @Inject
    HostedRemediation remediation;
    @Inject
    FormOrigin formOrigin;

    @GET
    public Response show(@PathParam("token") String token,
            @jakarta.ws.rs.QueryParam(OnboardingForm.BUSINESS_TYPE) String businessType) {
        return answer(() -> {
            HostedOnboarding.Opened opened = onboarding.open(route(token));
            if (opened.type() == AccountLinkType.REMEDIATION) {
                return page(200, remediation.page(opened.account(), Map.of(), java.util.List.of()));
            }
            return page(200, HostedPage.form(opened.account(), opened.type(),
                    OnboardingForm.prefill(opened.account(), businessType), java.util.List.of()));
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("token") String token, @HeaderParam("Origin") String origin,
            @HeaderParam("Sec-Fetch-Site") String fetchSite, @Context UriInfo uri, MultivaluedMap<String, String> body) {
        return answer(() -> {
            // Before the token is even looked up: another site's page learns nothing about it.
            if (!formOrigin.sameOrigin(origin, fetchSite, uri.getRequestUri())) {
                throw LinkRefusal.OTHER_ORIGIN.refusal();
            }
            HostedOnboarding.Route route = route(token);
            Map<String, String> form = new HashMap<>();
            if (body != null) {
                body.forEach((name, values) -> form.put(name, values.isEmpty() ? null : values.get(0)));
            }
            HostedOnboarding.Submitted submitted = onboarding.submit(route, form);
            if (!submitted.errors().isEmpty()) {
                return page(400, submitted.type() == AccountLinkType.REMEDIATION
                        ? remediation.page(submitted.account(), form, submitted.errors())
                        : HostedPage.form(submitted.account(), submitted.type(), form, submitted.errors()));
            }
            // After the commit (submit's transaction has ended): see ConnectedMail.send for why.
            if (submitted.connected().type() == AccountLinkType.ONBOARDING) {
                mail.send(submitted.connected());
            }
            return page(200, HostedPage.connected(submitted.connected().type()));
        });
    }

    /** The page's answer, or the page of the link's refusal: where a {@link Refusal} becomes a page. */
    private static Response answer(Supplier<Response> page) {
        try {
            return page.get();
        } catch (Refusal refusal) {
            LinkRefusal reason = LinkRefusal.of(refusal);
            return page(reason.status, HostedPage.refused(reason));
        }
    }

    private HostedOnboarding.Route route(String token) {
        Optional<HostedOnboarding.Route> route = token != null && TOKEN.matcher(token).matches()
                ? onboarding.route(token)
                : Optional.empty();
        return route.orElseThrow(LinkRefusal.UNKNOWN::refusal);
    }

    /**
     * Every answer of these pages: no caching of personal data, no Referer carrying the token anywhere
     * ({@code strict-origin} sends at most the origin, and lets the browser name the form's origin in {@code Origin};
     * {@code no-referrer} would make it send {@code Origin: null}, which no check can tell from another site), no
     * framing (clickjacking), no scripts, and the form may post only back here.
     */
    private static Response page(int status, HostedPage page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.page(page).render())
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "strict-origin")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
                .build();
    }

    /**
     * Anything unexpected becomes a plain error page. Handled here so that Quarkus' default handler, which logs the
     * request path (and with it the token), never sees it; the log names the exception only.
     */
    /** Framework answers (405, 415...) keep their status; they carry nothing of the token. */
    @ServerExceptionMapper
    Response framework(WebApplicationException e) {
        return page(e.getResponse().getStatus(), HostedPage.error());
    }

    @ServerExceptionMapper
    Response unexpected(RuntimeException e) {
        LOG.error("Hosted link page failed", e);
        return page(500, HostedPage.error());
    }
}
