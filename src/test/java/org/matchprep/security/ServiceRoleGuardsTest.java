package org.matchprep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.matchprep.account.Roles;
import org.matchprep.testing.IntegrationTest;
import org.matchprep.testing.StatementCounter;
import org.matchprep.testing.Who;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Service;

/**
 * Every public method of every {@code @Service} under org.matchprep that carries a {@code @PreAuthorize}
 * (its own or its class's), called by each kind of caller the expression refuses: the guard must refuse with
 * {@link AuthorizationDeniedException} before the method body runs, so no SQL statement is sent. Arguments
 * are zeros and nulls; the guard looks at none of them.
 *
 * <p>This proves every guard that is there works. That a guard is there at all is pinned by each service's
 * own tests, where a caller who owns the data but has the wrong role must meet this exception and not the
 * ownership check's plain {@code AccessDeniedException}.
 */
class ServiceRoleGuardsTest extends IntegrationTest {

    private static final Pattern HAS_ROLE = Pattern.compile("hasRole\\('(\\w+)'\\)");
    private static final Pattern HAS_ANY_ROLE = Pattern.compile("hasAnyRole\\(((?:\\s*'\\w+'\\s*,?)+)\\)");

    @Autowired
    ApplicationContext context;

    @Autowired
    StatementCounter statements;

    /** A public service method and the guard that applies to it. */
    record Guarded(Object bean, Class<?> service, Method method, String expression) {

        String name() {
            return service.getSimpleName() + "." + method.getName();
        }
    }

    @Test
    void the_expressions_in_use_are_ones_this_test_understands() {
        for (Guarded guarded : guardedMethods()) {
            assertThat(allowed(guarded.expression())).as(guarded.name() + ": " + guarded.expression()).isNotNull();
        }
        assertThat(allowed(Roles.IS_SIGNED_IN)).containsExactlyInAnyOrder(Who.APPLICANT, Who.MENTOR, Who.ADMIN);
        assertThat(allowed(Roles.IS_ANONYMOUS)).containsExactly(Who.ANONYMOUS);
        assertThat(allowed("hasAnyRole('APPLICANT', 'MENTOR')")).containsExactlyInAnyOrder(Who.APPLICANT, Who.MENTOR);
    }

    @TestFactory
    Stream<DynamicTest> every_role_guard_refuses_every_other_caller_before_the_method_runs() {
        Map<Who, Runnable> signIns = Map.of(
                Who.ANONYMOUS, accounts::signInAnonymously,
                Who.APPLICANT, signInAs(accounts.applicant()),
                Who.MENTOR, signInAs(accounts.mentor()),
                Who.ADMIN, signInAs(accounts.admin()));
        List<DynamicTest> tests = new ArrayList<>();
        for (Guarded guarded : guardedMethods()) {
            Set<Who> refused = EnumSet.allOf(Who.class);
            refused.removeAll(allowed(guarded.expression()));
            for (Who who : refused) {
                tests.add(DynamicTest.dynamicTest(guarded.name() + " refuses " + who, () -> {
                    signIns.get(who).run();
                    assertRefusedBeforeItRuns(guarded);
                }));
            }
        }
        assertThat(tests).as("guarded service methods found").hasSizeGreaterThan(50);
        return tests.stream();
    }

    private Runnable signInAs(org.matchprep.account.AccountSummary account) {
        return () -> accounts.signIn(account);
    }

    private void assertRefusedBeforeItRuns(Guarded guarded) {
        Throwable[] thrown = new Throwable[1];
        StatementCounter.Recording ran = statements.record(() -> {
            try {
                guarded.method().invoke(guarded.bean(), zeros(guarded.method()));
            } catch (InvocationTargetException e) {
                thrown[0] = e.getCause();
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
        if (thrown[0] == null) {
            fail(guarded.name() + " ran for a caller its guard (" + guarded.expression() + ") refuses");
        }
        assertThat(thrown[0]).as(guarded.name()).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(ran.statements()).as(guarded.name() + " sent SQL before refusing").isEmpty();
    }

    /** The public methods of every service bean under org.matchprep with the guard that applies to each. */
    List<Guarded> guardedMethods() {
        List<Guarded> found = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> service = AopUtils.getTargetClass(bean);
            if (!service.getPackageName().startsWith("org.matchprep")) {
                continue;
            }
            PreAuthorize classGuard = AnnotatedElementUtils.findMergedAnnotation(service, PreAuthorize.class);
            for (Method method : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic() || method.isBridge()) {
                    continue;
                }
                PreAuthorize guard = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
                PreAuthorize applies = guard != null ? guard : classGuard;
                if (applies != null) {
                    found.add(new Guarded(bean, service, method, applies.value()));
                }
            }
        }
        found.sort(Comparator.comparing(Guarded::name).thenComparing(guarded -> Arrays.toString(guarded.method().getParameterTypes())));
        return found;
    }

    /** Who passes a guard expression; null for an expression this test has not been taught. */
    static Set<Who> allowed(String expression) {
        String trimmed = expression.strip();
        if (trimmed.equals(Roles.IS_SIGNED_IN)) {
            return EnumSet.of(Who.APPLICANT, Who.MENTOR, Who.ADMIN);
        }
        if (trimmed.equals(Roles.IS_ANONYMOUS)) {
            return EnumSet.of(Who.ANONYMOUS);
        }
        Matcher one = HAS_ROLE.matcher(trimmed);
        if (one.matches()) {
            return EnumSet.of(Who.valueOf(one.group(1)));
        }
        Matcher any = HAS_ANY_ROLE.matcher(trimmed);
        if (any.matches()) {
            Set<Who> roles = EnumSet.noneOf(Who.class);
            for (String role : any.group(1).split(",")) {
                roles.add(Who.valueOf(role.strip().replace("'", "")));
            }
            return roles;
        }
        return null;
    }

    private static Object[] zeros(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(ServiceRoleGuardsTest::zero).toArray();
    }

    private static Object zero(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        return (byte) 0;
    }
}
