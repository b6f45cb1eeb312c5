package com.connectboard.onboarding;

import java.net.URI;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.connectboard.ConnectboardConfig;

/**
 * Whether a POST of a hosted form came from the hosted page itself. Browsers say where a form was sent from: the
 * {@code Origin} header (the page's origin, which the page's {@code Referrer-Policy: strict-origin} lets them send) and
 * {@code Sec-Fetch-Site}. A form posted from any other origin is refused, even one the CORS settings allow for the
 * API (a dashboard's origin has no business submitting an account holder's form). A request that names no origin at
 * all is not a browser's cross-site post (browsers always send {@code Origin} on a POST): it is a script or curl
 * holding the token, the account holder's credential, and is let through like the page's own.
 */
@ApplicationScoped
public class FormOrigin {

    private final String publicOrigin;

    @Inject
    public FormOrigin(ConnectboardConfig config) {
        this.publicOrigin = origin(config.publicBaseUrl());
    }

    /**
     * @param origin the request's {@code Origin} header, or null
     * @param fetchSite the request's {@code Sec-Fetch-Site} header, or null
     * @param requestUri the URI the request was addressed to (its origin is the page's when the service is reached
     *        directly rather than at the public address)
     */
    public boolean sameOrigin(String origin, String fetchSite, URI requestUri) {
        if (origin != null) {
            String claimed = origin.strip().toLowerCase(Locale.ROOT);
            return claimed.equals(publicOrigin) || claimed.equals(origin(requestUri));
        }
        return fetchSite == null || fetchSite.equals("same-origin") || fetchSite.equals("none");
    }

    /** scheme://host[:port], lower case, without a default port: the form browsers send in {@code Origin}. */
    static String origin(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                || (scheme.equals("https") && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
