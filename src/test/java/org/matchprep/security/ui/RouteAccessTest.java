package org.matchprep.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.matchprep.home.HomeView;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Who;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every route found on the classpath (each {@code @Route} class under {@code org.matchprep}, and each of its
 * {@code @RouteAlias}es) against every kind of visitor, with the expectation read from the class's own access
 * annotation: who sees the page, who is sent to sign in, who is refused. A new view joins the matrix by
 * existing; one without an access annotation fails it.
 *
 * <p>Route parameters ({@code :answerId}, a {@code HasUrlParameter}) are filled with an id nobody has. A
 * visitor the role lets in may then see the view or be sent elsewhere by it (the item does not exist or is not
 * theirs): allowed but not found, which is not the same as being refused by role.
 */
class RouteAccessTest extends KaribuTest {

    /** An id no test creates: what fills each route parameter. */
    static final String NO_SUCH_ID = "999999999";

    /** What a visitor opening a route is expected to get. */
    sealed interface Outcome {

        /** The view itself. */
        record Shows(Class<? extends Component> view) implements Outcome {
            @Override
            public String toString() {
                return view.getSimpleName();
            }
        }

        /** Let in by role; the view may show, or send the visitor on because the sample item does not exist. */
        record AllowedButNotFound(Class<? extends Component> view) implements Outcome {
            @Override
            public String toString() {
                return "allowed in (" + view.getSimpleName() + " or where it sends the visitor)";
            }
        }

        /** Refused by role: Vaadin's access control does not open the view. */
        record Refused() implements Outcome {
            @Override
            public String toString() {
                return "access denied";
            }
        }

        /** The class declares no access at all: a test failure, whoever opens it. */
        record Undeclared(Class<?> view) implements Outcome {
            @Override
            public String toString() {
                return "no access annotation";
            }
        }
    }

    /** One path that opens a route class: its {@code @Route} or one of its {@code @RouteAlias}es, parameters filled. */
    record RoutePath(String path, Class<? extends Component> view, boolean sampleParameters) {

        Outcome expectedFor(Who who) {
            if (!declaresAccess(view)) {
                return new Outcome.Undeclared(view);
            }
            if (view.isAnnotationPresent(AnonymousAllowed.class)) {
                // sign-in and sign-up are for visitors; someone signed in is sent home
                return new Outcome.Shows(who == Who.ANONYMOUS ? view : HomeView.class);
            }
            if (who == Who.ANONYMOUS) {
                return new Outcome.Shows(LoginView.class);
            }
            if (view.isAnnotationPresent(DenyAll.class) || !lets(who, view)) {
                return new Outcome.Refused();
            }
            return sampleParameters ? new Outcome.AllowedButNotFound(view) : new Outcome.Shows(view);
        }

        private static boolean lets(Who who, Class<?> view) {
            if (view.isAnnotationPresent(PermitAll.class)) {
                return true;
            }
            RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
            return roles != null && Arrays.asList(roles.value()).contains(who.role().name());
        }
    }

    static boolean declaresAccess(Class<?> view) {
        return Stream.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class)
                .anyMatch(view::isAnnotationPresent);
    }

    /** Every class under org.matchprep carrying {@code @Route}, by name. */
    static List<Class<? extends Component>> routeClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("org.matchprep").stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), RouteAccessTest.class.getClassLoader()))
                .map(RouteAccessTest::asComponent)
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    static List<RoutePath> routePaths() {
        List<RoutePath> paths = new ArrayList<>();
        for (Class<? extends Component> view : routeClasses()) {
            paths.add(pathOf(view, view.getAnnotation(Route.class).value()));
            for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
                paths.add(pathOf(view, alias.value()));
            }
        }
        return paths;
    }

    /** A route template with every {@code :parameter} (and a {@code HasUrlParameter}'s parameter) filled in. */
    static RoutePath pathOf(Class<? extends Component> view, String template) {
        String path = Route.NAMING_CONVENTION.equals(template) ? conventionalPath(view) : template;
        List<String> segments = Arrays.stream(path.split("/", -1))
                .map(segment -> segment.startsWith(":") ? NO_SUCH_ID : segment)
                .collect(Collectors.toCollection(ArrayList::new));
        boolean sampleParameters = path.contains(":");
        if (HasUrlParameter.class.isAssignableFrom(view)) {
            segments.add(NO_SUCH_ID);
            sampleParameters = true;
        }
        String filled = segments.stream().filter(segment -> !segment.isEmpty()).collect(Collectors.joining("/"));
        return new RoutePath(filled, view, sampleParameters);
    }

    /** Vaadin's naming convention: the class name without "View", lower case ("Main" is the root). */
    private static String conventionalPath(Class<?> view) {
        String name = view.getSimpleName().replaceFirst("View$", "");
        return name.equals("Main") ? "" : name.toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Component> asComponent(Class<?> type) {
        if (!Component.class.isAssignableFrom(type)) {
            throw new IllegalStateException(type.getName() + " carries @Route but is no Vaadin component");
        }
        return (Class<? extends Component>) type;
    }

    static Stream<Arguments> everyRouteForEveryVisitor() {
        return routePaths().stream().flatMap(route -> Arrays.stream(Who.values())
                .map(who -> arguments(route.path(), route.view().getSimpleName(), who, route.expectedFor(who))));
    }

    @Test
    void the_scan_finds_the_routes_of_every_feature_including_those_with_parameters() {
        assertThat(routePaths()).extracting(RoutePath::path)
                .contains("", "login", "signup", "profile", "answers/" + NO_SUCH_ID, "interviews", "interviews/" + NO_SUCH_ID,
                        "mock-interviews", "admin/users")
                .anyMatch(path -> path.startsWith("review/"));
    }

    @Test
    void every_route_class_declares_who_may_open_it() {
        assertThat(routeClasses()).filteredOn(view -> !declaresAccess(view))
                .as("route classes without @RolesAllowed, @PermitAll or @AnonymousAllowed").isEmpty();
    }

    @ParameterizedTest(name = "{2} opening /{0} ({1}) gets {3}")
    @MethodSource("everyRouteForEveryVisitor")
    void each_visitor_gets_what_the_routes_access_annotation_allows_and_nothing_more(String path, String viewName, Who who,
                                                                                      Outcome expected) {
        signInAndOpen(who);

        switch (expected) {
            case Outcome.Undeclared undeclared -> fail(undeclared.view().getName()
                    + " declares no access: add @RolesAllowed, @PermitAll or (sign-in and sign-up only) @AnonymousAllowed");
            case Outcome.Refused refused -> assertRefused(path);
            case Outcome.Shows shows -> {
                navigate(path);
                assertThat(_get(shows.view())).isNotNull();
                assertThat(NavigatorKt.getCurrentView()).isEqualTo(shows.view());
            }
            case Outcome.AllowedButNotFound allowed -> {
                navigate(path);
                Class<?> current = NavigatorKt.getCurrentView();
                assertThat(current).as("a visitor the role lets in is not sent to sign in").isNotEqualTo(LoginView.class);
                assertThat(HasErrorParameter.class.isAssignableFrom(current))
                        .as("/" + path + " with an id nobody has ends on an error page (" + current.getSimpleName()
                                + ") instead of the view or where it sends the visitor").isFalse();
            }
        }
    }

    private static void navigate(String path) {
        try {
            UI.getCurrent().navigate(path);
        } catch (MockAccessDeniedException refused) {
            fail("/" + path + " refused a visitor its access annotation lets in", refused);
        }
    }

    private static void assertRefused(String path) {
        try {
            UI.getCurrent().navigate(path);
        } catch (MockAccessDeniedException refused) {
            return;
        }
        fail("/" + path + " opened " + NavigatorKt.getCurrentView().getSimpleName() + " for a visitor its role refuses");
    }
}
