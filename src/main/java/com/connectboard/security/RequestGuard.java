package com.connectboard.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.jboss.logging.Logger;

import com.connectboard.error.ApiErrors;
import com.connectboard.error.ApiException;

/**
 * Runs before every GraphQL operation and nested resolver: the caller must carry a platform and one of the allowed
 * roles, and a {@code Connected-Account} header must name a live account of that platform. Keeping these checks here
 * means no resolver has to remember them.
 * <p>
 * It is also where failures are logged, once (SmallRye's own data-fetcher logging is off): a refusal written for the
 * client ({@link ApiException}: FORBIDDEN, NOT_FOUND, bad input...) is the client's answer and not logged; a request
 * whose client went away before its resolvers finished ({@link RequestEnded}, or the request context already gone) is
 * logged at DEBUG, since nobody has to act on it; anything else is a defect or an outage and is logged at ERROR with
 * its stack trace, while the client gets "System error" and nothing more.
 */
@Allowed({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RequestGuard {

    private static final Logger LOG = Logger.getLogger(RequestGuard.class);
    /** Failures already logged by an inner guarded call, so that one failure is one log entry. */
    private static final Set<Throwable> LOGGED = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private final Caller caller;
    private final ViewAs viewAs;

    @Inject
    public RequestGuard(Caller caller, ViewAs viewAs) {
        this.caller = caller;
        this.viewAs = viewAs;
    }

    @AroundInvoke
    Object guard(InvocationContext context) throws Exception {
        try {
            Allowed allowed = context.getInterceptorBinding(Allowed.class);
            caller.platformId();
            if (Arrays.stream(allowed.value()).noneMatch(caller::hasRole)) {
                throw ApiErrors.forbidden("Your roles " + caller.roles() + " do not allow this operation");
            }
            viewAs.accountId();
            return context.proceed();
        } catch (ApiException refusal) {
            throw refusal;
        } catch (RequestEnded | ContextNotActiveException gone) {
            if (LOGGED.add(gone)) {
                LOG.debugf("GraphQL request ended before %s finished (the client went away)", where(context));
            }
            throw gone;
        } catch (Exception | Error unexpected) {
            if (LOGGED.add(unexpected)) {
                LOG.errorf(unexpected, "GraphQL resolver %s failed", where(context));
            }
            throw unexpected;
        }
    }

    private static String where(InvocationContext context) {
        return context.getMethod().getDeclaringClass().getSimpleName() + "." + context.getMethod().getName();
    }
}
