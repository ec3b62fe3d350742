package org.matchprep.home;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.menu.MenuConfiguration;
import org.springframework.security.core.GrantedAuthority;

/**
 * The navigation's items, drawn once per set of authorities and locale instead of on every page load. Reading the
 * entries walks every route and checks its access (about 9% of the server's CPU under load, see
 * docs/benchmarks.md); which views a person may open depends only on their authorities, because every view
 * declares its access by annotation, and the routes are fixed once the application runs. The drawn HTML is one
 * string shared by every session of the same audience.
 */
final class NavigationMenu {

    private record Audience(Set<String> authorities, Locale locale) {
    }

    private final Map<Audience, String> itemsHtml = new ConcurrentHashMap<>();

    static String itemsHtml(Collection<? extends GrantedAuthority> authorities, Locale locale) {
        VaadinService service = VaadinService.getCurrent();
        if (service == null) {
            return MainNavigation.itemsHtml(MenuConfiguration.getMenuEntries());
        }
        // kept in the application's Vaadin context: one per running application, a new one for each test's
        NavigationMenu menu = service.getContext().getAttribute(NavigationMenu.class, NavigationMenu::new);
        Set<String> names = authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet());
        return menu.itemsHtml.computeIfAbsent(new Audience(names, locale),
                audience -> MainNavigation.itemsHtml(MenuConfiguration.getMenuEntries()));
    }
}
