package com.connectboard.devsupport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What GraphiQL opens with in dev: an example operation and the demo administrator's Authorization header. The
 * SmallRye GraphQL UI (GraphiQL) served by Quarkus takes its editors' initial contents from its URL ({@code query},
 * {@code headers}, {@code variables}); Quarkus offers no setting for a default operation or header, so the dev server
 * redirects a bare {@code /q/graphql-ui/} to this URL ({@link DevGraphiQL}). Kept apart from the dev-only redirect so
 * that a test can open exactly this URL against the packaged application.
 */
public final class GraphiQLStart {

    /** Where Quarkus serves GraphiQL (non-application root {@code q}, {@code quarkus.smallrye-graphql.ui.root-path}). */
    public static final String UI_PATH = "/q/graphql-ui/";

    /** A first operation that shows who the token is and what the platform holds. */
    public static final String EXAMPLE = """
            # Connectboard, as the demo administrator (the Authorization header is in the Headers tab below).
            # Press the run button. Tokens of the other demo users: GET /dev/oidc/tokens
            query Start {
              viewer { subject roles platform { id name country profileComplete } }
              connectedAccounts(first: 5) {
                totalCount
                nodes { id status dashboardAccess businessProfile { name } }
              }
              balance { available { amount currency } }
            }
            """;

    private GraphiQLStart() {
    }

    /** The UI's path with the example operation and {@code Authorization: Bearer <token>} filled in. */
    public static String path(String token) {
        String headers = "{\"Authorization\": \"Bearer " + token + "\"}";
        return UI_PATH + "?query=" + encode(EXAMPLE) + "&headers=" + encode(headers);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
