package org.matchprep.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.account.ui.ProfileView;
import org.matchprep.audit.AuditEventType;
import org.matchprep.audit.domain.AuditEventRepository;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Shown;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class MainLayoutTest extends KaribuTest {

    @Autowired
    AuditEventRepository auditEvents;

    @Test
    void an_applicant_sees_their_workspace_mentors_and_profile_in_the_navigation() {
        signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate("");

        assertThat(navigationLabels()).containsExactly("Home", "Questions", "Narrative", "Experiences", "Mentors", "Feedback",
                "Mock interviews", "Program fit", "Shortlist", "Selection profile", "Program catalogue", "Programs", "Interviews",
                "Rank list", "Profile");
    }

    @Test
    void a_mentor_sees_home_applicants_and_profile_in_the_navigation() {
        signInAndOpen(Who.MENTOR);
        UI.getCurrent().navigate("");

        assertThat(navigationLabels()).containsExactly("Home", "Applicants", "Reviews", "Availability", "Mock interviews", "Program fit",
                "Program catalogue", "Profile");
    }

    @Test
    void an_admin_also_sees_users_pairings_the_question_bank_and_the_audit_log_in_the_navigation() {
        signInAndOpen(Who.ADMIN);
        UI.getCurrent().navigate("");

        assertThat(navigationLabels()).containsExactly("Home", "Program catalogue", "Users", "Pairings", "Question bank",
                "Fit score weights", "Audit log", "Outbox", "Profile");
    }

    @Test
    void each_role_keeps_its_own_navigation_though_the_menu_is_read_once_per_application() {
        signInAndOpen(Who.MENTOR);
        UI.getCurrent().navigate("");
        List<String> mentorNavigation = navigationLabels();

        // same application (same Vaadin context), a new page for someone in another role
        signInAndOpen(Who.APPLICANT);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");
        assertThat(navigationLabels()).contains("Questions", "Mentors").doesNotContain("Reviews", "Availability");

        signInAndOpen(Who.MENTOR);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");
        assertThat(navigationLabels()).isEqualTo(mentorNavigation).contains("Reviews").doesNotContain("Questions");
    }

    @Test
    void navigation_items_lead_to_their_routes() {
        signInAndOpen(Who.ADMIN);
        UI.getCurrent().navigate("");

        Map<String, String> paths = navigationItems().stream()
                .collect(Collectors.toMap(org.jsoup.nodes.Element::text, item -> item.attr("path")));
        assertThat(paths).containsEntry("Home", "").containsEntry("Profile", "profile")
                .containsEntry("Users", "admin/users").containsEntry("Question bank", "admin/questions")
                .containsEntry("Audit log", "admin/audit");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Who.class, names = {"APPLICANT", "MENTOR", "ADMIN"})
    void the_footer_shows_who_is_signed_in(Who who) {
        AccountSummary me = signInAndOpen(who);
        UI.getCurrent().navigate("");

        assertThat(footerName()).isEqualTo(me.displayName());
        assertThat(footerDetails()).isEqualTo(me.role().label() + " · Europe/Berlin");
    }

    @Test
    void the_footer_follows_a_renamed_profile_on_the_next_navigation() {
        signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate("profile");
        ProfileView profile = _get(ProfileView.class);
        _setValue(_get(profile, TextField.class, spec -> spec.withLabel("Your name")), "Renamed Person");
        _click(_get(profile, Button.class, spec -> spec.withText("Save profile")));

        UI.getCurrent().navigate("");

        assertThat(footerName()).isEqualTo("Renamed Person");
    }

    @Test
    void signing_out_forgets_the_user_and_records_it_in_the_audit_log() {
        AccountSummary me = signInAndOpen(Who.MENTOR);
        UI.getCurrent().navigate("");

        _click(_get(Button.class, spec -> spec.withText("Sign out")));

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(auditEvents.countSearch(AuditEventType.SIGNED_OUT, "%" + me.email() + "%")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Who.class, names = {"APPLICANT", "MENTOR", "ADMIN"})
    void each_role_lands_on_its_own_home(Who who) {
        signInAndOpen(who);
        UI.getCurrent().navigate("");

        List<Class<? extends Component>> homes = List.of(ApplicantHome.class, MentorHome.class, AdminHome.class);
        Class<? extends Component> mine = switch (who.role()) {
            case APPLICANT -> ApplicantHome.class;
            case MENTOR -> MentorHome.class;
            case ADMIN -> AdminHome.class;
        };
        for (Class<? extends Component> home : homes) {
            assertThat(_find(home)).as(home.getSimpleName()).hasSize(home == mine ? 1 : 0);
        }
    }

    @Test
    void the_admin_home_counts_a_newly_created_account() {
        signInAndOpen(Who.ADMIN);
        UI.getCurrent().navigate("");
        Map<String, Long> before = figures();

        accounts.create(Role.MENTOR);
        UI.getCurrent().navigate("profile");
        UI.getCurrent().navigate("");
        Map<String, Long> after = figures();

        assertThat(after.get("Mentors")).isEqualTo(before.get("Mentors") + 1);
        assertThat(after.get("Applicants")).isEqualTo(before.get("Applicants"));
        assertThat(after.get("Admins")).isEqualTo(before.get("Admins"));
        assertThat(after.get("Disabled")).isEqualTo(before.get("Disabled"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Who.class, names = {"APPLICANT", "MENTOR", "ADMIN"})
    void the_first_thing_in_the_top_bar_is_a_skip_link_to_the_view_shown(Who who) {
        signInAndOpen(who);
        UI.getCurrent().navigate("profile");

        MainLayout layout = _get(MainLayout.class);
        Element first = layout.getElement().getChildren().filter(child -> child.getAttribute("slot") != null
                && child.getAttribute("slot").startsWith("navbar")).findFirst().orElseThrow();
        assertThat(first.getText()).isEqualTo("Skip to main content");
        assertThat(first.getAttribute("href")).isEqualTo("#" + MainContent.ID);
        assertThat(first.getAttribute("router-ignore")).isNotNull();
        assertThat(_get(ProfileView.class).getId()).hasValue(MainContent.ID);

        UI.getCurrent().navigate("");
        assertThat(_get(HomeView.class).getId()).as("the next view takes over the id").hasValue(MainContent.ID);
    }

    private static List<String> navigationLabels() {
        return navigationItems().stream().map(org.jsoup.nodes.Element::text).toList();
    }

    /** The side navigation's items, drawn as HTML (each a {@code vaadin-side-nav-item} with its path and label). */
    private static List<org.jsoup.nodes.Element> navigationItems() {
        MainNavigation navigation = _get(MainNavigation.class);
        assertThat(navigation.getElement().getAttribute("aria-label")).isEqualTo("Main navigation");
        return Shown.html(navigation).select("vaadin-side-nav-item");
    }

    private static String footerName() {
        return Shown.html(_get(MainLayout.class)).select(".user-name").text();
    }

    private static String footerDetails() {
        return Shown.html(_get(MainLayout.class)).select(".user-details").text();
    }

    /** The admin home's figures, label to number. */
    private static Map<String, Long> figures() {
        AdminHome home = _get(AdminHome.class);
        return _find(home, Div.class, spec -> spec.withClasses("figure")).stream().collect(Collectors.toMap(
                figure -> _get(figure, Span.class, spec -> spec.withClasses("figure-label")).getText(),
                figure -> Long.parseLong(_get(figure, Span.class, spec -> spec.withClasses("figure-value")).getText())));
    }
}
