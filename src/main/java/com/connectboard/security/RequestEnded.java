package com.connectboard.security;

/**
 * The HTTP request a resolver runs for has ended (its client disconnected): nothing to answer, nothing an operator
 * must act on. Logged at DEBUG by {@link RequestGuard}; the client, gone, sees nothing.
 */
public class RequestEnded extends RuntimeException {

    public RequestEnded() {
        super("The request ended before it was answered", null, false, false);
    }
}
