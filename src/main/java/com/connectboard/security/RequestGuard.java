package com.connectboard.security;

import java.util.Arrays;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import com.connectboard.graphql.ApiErrors;

/**
 * Runs before every GraphQL operation and nested resolver: the caller must carry a platform and one of the allowed
 * roles, and a {@code Connected-Account} header must name a live account of that platform. Keeping these checks here
 * means no resolver has to remember them.
 */
@Allowed({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RequestGuard {

    private final Caller caller;
    private final ViewAs viewAs;

    @Inject
    public RequestGuard(Caller caller, ViewAs viewAs) {
        this.caller = caller;
        this.viewAs = viewAs;
    }

    @AroundInvoke
    Object guard(InvocationContext context) throws Exception {
        Allowed allowed = context.getInterceptorBinding(Allowed.class);
        caller.platformId();
        if (Arrays.stream(allowed.value()).noneMatch(caller::hasRole)) {
            throw ApiErrors.forbidden("Your roles " + caller.roles() + " do not allow this operation");
        }
        viewAs.account();
        return context.proceed();
    }
}
