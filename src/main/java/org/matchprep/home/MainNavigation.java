package org.matchprep.home;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.server.menu.MenuEntry;
import org.matchprep.base.ui.AppIcon;
import org.matchprep.base.ui.ReadOnlyHtml;

/**
 * The main navigation: Vaadin's side navigation with one item per view the signed-in person may open, sent as one
 * node of HTML. Built from {@code SideNavItem}s it kept three state nodes per item (item, label, icon), some 45 of
 * the 140 under every page, in every session. The items are the same web components either way: each marks itself
 * current ({@code aria-current="page"}) from the browser's location, so nothing is redrawn on a navigation.
 */
@Tag("vaadin-side-nav")
class MainNavigation extends Component {

    MainNavigation(String itemsHtml) {
        getElement().getClassList().add("main-nav");
        getElement().setAttribute("aria-label", "Main navigation");
        ReadOnlyHtml.show(getElement(), itemsHtml);
    }

    /** The items for {@code entries}, as the side navigation's own Java API would draw them. */
    static String itemsHtml(List<MenuEntry> entries) {
        StringBuilder html = new StringBuilder();
        for (MenuEntry entry : entries) {
            // relative, as SideNavItem.setPath writes it ("" for the home page)
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            html.append("<vaadin-side-nav-item path=\"").append(ReadOnlyHtml.text(path)).append("\">");
            if (entry.icon() != null) {
                html.append("<vaadin-icon slot=\"prefix\" src=\"").append(AppIcon.SPRITE).append("\" symbol=\"")
                        .append(AppIcon.ofMenu(entry.icon()).symbol()).append("\"></vaadin-icon>");
            }
            html.append(ReadOnlyHtml.text(entry.title())).append("</vaadin-side-nav-item>");
        }
        return html.toString();
    }
}
