package com.connectboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.interceptor.InvocationContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.connectboard.error.ApiErrors;

/**
 * What the guard logs: expected refusals nothing, a client gone at DEBUG without an ERROR, anything unexpected once at
 * ERROR with its stack trace.
 */
class RequestGuardLoggingTest {

    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger logger = Logger.getLogger(RequestGuard.class.getName());
    private Level before;

    @BeforeEach
    void capture() {
        before = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
        logger.setLevel(before);
    }

    /** A caller with a platform and the administrator role, and no view-as. */
    private static RequestGuard guard(boolean anonymous) {
        Caller caller = new Caller(null) {
            @Override
            public String platformId() {
                if (anonymous) {
                    throw new RequestEnded();
                }
                return "plat_x";
            }

            @Override
            public boolean hasRole(Role role) {
                return role == Role.ADMINISTRATOR;
            }

            @Override
            public Set<String> roles() {
                return Set.of("administrator");
            }
        };
        ViewAs viewAs = new ViewAs(null, null) {
            @Override
            public Optional<String> accountId() {
                return Optional.empty();
            }
        };
        return new RequestGuard(caller, viewAs);
    }

    private static InvocationContext throwing(Exception failure) throws NoSuchMethodException {
        Method method = RequestGuardLoggingTest.class.getDeclaredMethod("resolver");
        return new InvocationContext() {
            @Override
            public Object getTarget() {
                return null;
            }

            @Override
            public Method getMethod() {
                return method;
            }

            @Override
            public java.lang.reflect.Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return new Object[0];
            }

            @Override
            public void setParameters(Object[] params) {
            }

            @Override
            public Map<String, Object> getContextData() {
                return Map.of();
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T extends java.lang.annotation.Annotation> T getInterceptorBinding(Class<T> type) {
                return (T) ADMIN;
            }

            @Override
            public Object proceed() throws Exception {
                throw failure;
            }
        };
    }

    private static final Allowed ADMIN = new Allowed() {
        @Override
        public Role[] value() {
            return new Role[]{Role.ADMINISTRATOR};
        }

        @Override
        public Class<? extends java.lang.annotation.Annotation> annotationType() {
            return Allowed.class;
        }
    };

    @SuppressWarnings("unused")
    private void resolver() {
    }

    private List<LogRecord> atLeast(Level level) {
        return records.stream().filter(r -> r.getLevel().intValue() >= level.intValue()).toList();
    }

    @Test
    void aRefusalForTheClientIsNotLogged() throws Exception {
        RuntimeException refusal = ApiErrors.forbidden("Your roles [view_only] do not allow this operation");
        assertSame(refusal, assertThrows(RuntimeException.class, () -> guard(false).guard(throwing(refusal))));
        assertEquals(List.of(), records);
    }

    @Test
    void aClientThatWentAwayIsDebugOnly() throws Exception {
        assertThrows(RequestEnded.class, () -> guard(true).guard(throwing(new IllegalStateException("unused"))));
        ContextNotActiveException gone = new ContextNotActiveException("RequestScoped context was not active");
        assertThrows(ContextNotActiveException.class, () -> guard(false).guard(throwing(gone)));
        assertEquals(List.of(), atLeast(Level.INFO));
        assertEquals(2, records.size());
    }

    @Test
    void anUnexpectedFailureIsLoggedOnceAtErrorWithItsStackTrace() throws Exception {
        IllegalStateException bug = new IllegalStateException("boom");
        InvocationContext failing = throwing(bug);
        assertSame(bug, assertThrows(IllegalStateException.class, () -> guard(false).guard(failing)));
        // An outer guarded call seeing the same failure does not log it again.
        assertThrows(IllegalStateException.class, () -> guard(false).guard(failing));
        List<LogRecord> errors = atLeast(Level.SEVERE);
        assertEquals(1, errors.size());
        assertSame(bug, errors.get(0).getThrown());
        assertEquals(1, records.size());
    }
}
