package com.connectboard.devsupport;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;

/**
 * Dev only: GraphiQL opened without parameters ({@code /q/graphql-ui} or {@code /q/graphql-ui/}) is redirected to
 * {@link GraphiQLStart#path}, so that it opens ready to use: the demo administrator's token in the headers (a fresh
 * one, valid 8 hours) and an example operation loaded. With any parameter (a shared link, the editors' own state) it
 * is left alone.
 */
@IfBuildProfile("dev")
public class DevGraphiQL {

    @Inject
    DevIdentityProvider identityProvider;

    void redirect(@Observes Filters filters) {
        filters.register(context -> {
            String path = context.normalizedPath();
            boolean bare = context.request().method() == HttpMethod.GET && context.request().query() == null
                    && (path.equals(GraphiQLStart.UI_PATH) || path.equals(GraphiQLStart.UI_PATH.substring(0,
                            GraphiQLStart.UI_PATH.length() - 1)));
            if (bare) {
                context.response().setStatusCode(302)
                        .putHeader("Location", GraphiQLStart.path(identityProvider.token("admin")))
                        .putHeader("Cache-Control", "no-store").end();
            } else {
                context.next();
            }
        }, 10);
    }
}
