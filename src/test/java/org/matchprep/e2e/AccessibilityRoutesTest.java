package org.matchprep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The axe pass in {@link AccessibilityEndToEndIT} opens the routes it lists; this finds every {@code @Route}
 * and {@code @RouteAlias} on the classpath, so a new view cannot escape the accessibility check unnoticed.
 */
class AccessibilityRoutesTest {

    @Test
    void the_accessibility_check_opens_every_route_of_the_app() {
        assertThat(new TreeSet<>(AccessibilityEndToEndIT.ROUTES)).isEqualTo(routesOfTheApp());
    }

    static Set<String> routesOfTheApp() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("org.matchprep")) {
            Class<?> view = ClassUtils.resolveClassName(candidate.getBeanClassName(), AccessibilityRoutesTest.class.getClassLoader());
            String parameter = HasUrlParameter.class.isAssignableFrom(view) ? "/:parameter" : "";
            routes.add(view.getAnnotation(Route.class).value() + parameter);
            for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
                routes.add(alias.value() + parameter);
            }
        }
        assertThat(routes).as("routes named by their class (name them in @Route)").doesNotContain(Route.NAMING_CONVENTION);
        return routes;
    }
}
