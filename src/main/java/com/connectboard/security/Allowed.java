package com.connectboard.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * The roles that may call a GraphQL operation (the role table in docs/api.md). Put on a {@code @GraphQLApi} class for
 * its queries and nested fields, and on each mutation with the roles of its row; the method's list replaces the
 * class's. {@link RequestGuard} enforces it and refuses with {@code FORBIDDEN}.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {

    @Nonbinding
    Role[] value();
}
