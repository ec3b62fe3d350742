package org.matchprep.home;

import java.util.List;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.matchprep.account.AccountService;
import org.matchprep.account.AccountSummary;
import org.matchprep.base.ui.AppIcon;
import org.matchprep.base.ui.TopBarItem;

/**
 * The frame around every signed-in view. The navigation lists the views the signed-in role may open
 * (read from {@code @Menu} and the views' access annotations), and the top bar shows what features offer as
 * {@link TopBarItem}s (the notification bell), so this class never names a feature.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AccountService accountService;
    private final AuthenticationContext authentication;
    private final Span userName = new Span();
    private final Span userDetails = new Span();
    private final List<TopBarItem> topBarItems;
    private boolean shownOnce;

    MainLayout(AccountService accountService, AuthenticationContext authentication, List<TopBarItem> topBarItems) {
        this.accountService = accountService;
        this.authentication = authentication;
        this.topBarItems = topBarItems;
        setPrimarySection(Section.DRAWER);

        addToNavbar(MainContent.skipLink()); // first in the navbar, so the first focus stop of the page
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        addToNavbar(true, toggle);
        topBarItems.forEach(item -> addToNavbar(true, item.component()));

        Span brand = new Span("MatchPrep");
        brand.addClassName("brand");
        SideNav navigation = new SideNav();
        navigation.getElement().setAttribute("aria-label", "Main navigation");
        navigation.addClassName("main-nav");
        for (MenuEntry entry : NavigationMenu.entries(authentication.getGrantedAuthorities(), getLocale())) {
            SideNavItem item = entry.icon() == null ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), AppIcon.ofMenu(entry.icon()).create());
            navigation.addItem(item);
        }
        addToDrawer(new Div(brand), navigation, userFooter());
    }

    private Div userFooter() {
        userName.addClassName("user-name");
        userDetails.addClassName("user-details");
        Button signOut = new Button("Sign out", AppIcon.SIGN_OUT.create(), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div footer = new Div(new Div(userName, userDetails), signOut);
        footer.addClassName("user-footer");
        return footer;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        MainContent.mark(content);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // a page just loaded starts at its top, where the skip link is; a navigation inside the app moves focus
        if (shownOnce) {
            MainContent.focusAfterNavigation(getElement());
        }
        shownOnce = true;
        // Re-read on each navigation so a renamed profile, a new time zone or new notifications show at once.
        AccountSummary me = accountService.myAccount();
        userName.setText(me.displayName());
        userDetails.setText(me.role().label() + " · " + me.timeZone().getId());
        topBarItems.forEach(item -> item.refresh(me.timeZone()));
    }
}
