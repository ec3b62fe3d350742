package org.matchprep.home;

import java.util.List;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.matchprep.account.AccountService;
import org.matchprep.account.AccountSummary;
import org.matchprep.base.ui.AppIcon;
import org.matchprep.base.ui.Clicks;
import org.matchprep.base.ui.ReadOnlyHtml;
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
    /** Who is signed in (name, role, time zone), one node of HTML drawn again on each navigation. */
    private final Element user = new Element("div");
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

        Html brand = new Html("<div><span class=\"brand\">MatchPrep</span></div>");
        MainNavigation navigation = new MainNavigation(
                NavigationMenu.itemsHtml(authentication.getGrantedAuthorities(), getLocale()));
        addToDrawer(brand, navigation, userFooter());
    }

    private Div userFooter() {
        Button signOut = new Button("Sign out", AppIcon.SIGN_OUT.create());
        Clicks.onClick(signOut, authentication::logout);
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div footer = new Div(signOut);
        footer.getElement().insertChild(0, user);
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
        ReadOnlyHtml.show(user, ReadOnlyHtml.tag("span", "user-name", ReadOnlyHtml.text(me.displayName()))
                + ReadOnlyHtml.tag("span", "user-details", ReadOnlyHtml.text(me.role().label() + " · " + me.timeZone().getId())));
        topBarItems.forEach(item -> item.refresh(me.timeZone()));
    }
}
