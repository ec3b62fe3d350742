package org.matchprep.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.matchprep.account.ui.ProfileView;
import org.matchprep.account.ui.SignUpView;
import org.matchprep.account.ui.UserAdminView;
import org.matchprep.answers.ui.AnswerView;
import org.matchprep.feedback.ui.MyApplicantsView;
import org.matchprep.feedback.ui.MyMentorsView;
import org.matchprep.feedback.ui.PairingAdminView;
import org.matchprep.answers.ui.ExperienceListView;
import org.matchprep.answers.ui.NarrativeView;
import org.matchprep.answers.ui.QuestionListView;
import org.matchprep.answers.ui.QuestionBankAdminView;
import org.matchprep.audit.ui.AuditLogView;
import org.matchprep.home.HomeView;
import org.matchprep.review.ui.FeedbackView;
import org.matchprep.review.ui.ReviewQueueView;
import org.matchprep.notification.ui.NotificationsView;
import org.matchprep.mock.ui.AvailabilityView;
import org.matchprep.mock.ui.BookMockView;
import org.matchprep.mock.ui.MockInterviewsView;
import org.matchprep.season.ui.DaySheetView;
import org.matchprep.season.ui.DossierEditor;
import org.matchprep.season.ui.DossierListView;
import org.matchprep.season.ui.InterviewListView;
import org.matchprep.season.ui.InterviewView;
import org.matchprep.season.ui.RankListView;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Who;

/** Every route against every kind of visitor: who sees the page, who is sent to sign in, who is refused. */
class RouteAccessTest extends KaribuTest {

    /** What a visitor gets when opening a route: a view, or a refusal. */
    record Outcome(Class<? extends Component> view) {

        static final Outcome REFUSED = new Outcome(null);

        static Outcome shows(Class<? extends Component> view) {
            return new Outcome(view);
        }

        @Override
        public String toString() {
            return view == null ? "access denied" : view.getSimpleName();
        }
    }

    /**
     * {@code onlyFor}: the one kind of signed-in visitor allowed in, or null when every signed-in visitor is;
     * {@code orAlso}: a second kind allowed in, or null.
     */
    record Route(String path, Class<? extends Component> view, boolean forVisitors, Who onlyFor, Who orAlso) {

        static Route signedIn(String path, Class<? extends Component> view) {
            return new Route(path, view, false, null, null);
        }

        static Route onlyFor(Who who, String path, Class<? extends Component> view) {
            return new Route(path, view, false, who, null);
        }

        static Route onlyFor(Who who, Who orAlso, String path, Class<? extends Component> view) {
            return new Route(path, view, false, who, orAlso);
        }

        static Route forVisitors(String path, Class<? extends Component> view) {
            return new Route(path, view, true, null, null);
        }

        Outcome expectedFor(Who who) {
            if (forVisitors) {
                // sign-in and sign-up are for visitors; someone signed in is sent home
                return Outcome.shows(who == Who.ANONYMOUS ? view : HomeView.class);
            }
            if (who == Who.ANONYMOUS) {
                return Outcome.shows(LoginView.class);
            }
            if (onlyFor != null && who != onlyFor && who != orAlso) {
                return Outcome.REFUSED;
            }
            return Outcome.shows(view);
        }
    }

    static final List<Route> ROUTES = List.of(
            Route.signedIn("", HomeView.class),
            Route.signedIn("profile", ProfileView.class),
            Route.signedIn("notifications", NotificationsView.class),
            Route.onlyFor(Who.APPLICANT, "questions", QuestionListView.class),
            Route.onlyFor(Who.APPLICANT, "narrative", NarrativeView.class),
            // question 1 is the first seeded bank question ("Tell me about yourself.")
            Route.onlyFor(Who.APPLICANT, "answers/1", AnswerView.class),
            Route.onlyFor(Who.APPLICANT, "experiences", ExperienceListView.class),
            Route.onlyFor(Who.APPLICANT, "mentors", MyMentorsView.class),
            Route.onlyFor(Who.APPLICANT, "feedback", FeedbackView.class),
            Route.onlyFor(Who.APPLICANT, "programs", DossierListView.class),
            Route.onlyFor(Who.APPLICANT, "programs/dossier/new", DossierEditor.class),
            Route.onlyFor(Who.APPLICANT, "interviews", InterviewListView.class),
            // an interview nobody owns: the view answers "not yours" for applicants
            Route.onlyFor(Who.APPLICANT, "interviews/999999", InterviewView.class),
            Route.onlyFor(Who.APPLICANT, "day-sheet/999999", DaySheetView.class),
            Route.onlyFor(Who.APPLICANT, "rank-list", RankListView.class),
            Route.onlyFor(Who.MENTOR, "applicants", MyApplicantsView.class),
            Route.onlyFor(Who.MENTOR, "reviews", ReviewQueueView.class),
            Route.onlyFor(Who.ADMIN, "admin/pairings", PairingAdminView.class),
            Route.onlyFor(Who.APPLICANT, Who.MENTOR, "mock-interviews", MockInterviewsView.class),
            Route.onlyFor(Who.APPLICANT, "mock-interviews/book", BookMockView.class),
            Route.onlyFor(Who.MENTOR, "availability", AvailabilityView.class),
            Route.onlyFor(Who.ADMIN, "admin/questions", QuestionBankAdminView.class),
            Route.onlyFor(Who.ADMIN, "admin/users", UserAdminView.class),
            Route.onlyFor(Who.ADMIN, "admin/audit", AuditLogView.class),
            Route.forVisitors("login", LoginView.class),
            Route.forVisitors("signup", SignUpView.class));

    static Stream<Arguments> everyRouteForEveryVisitor() {
        return ROUTES.stream().flatMap(route -> Arrays.stream(Who.values())
                .map(who -> arguments(route.path(), who, route.expectedFor(who))));
    }

    @ParameterizedTest(name = "{1} opening /{0} gets {2}")
    @MethodSource("everyRouteForEveryVisitor")
    void each_visitor_gets_the_view_their_role_allows_and_nothing_more(String path, Who who, Outcome expected) {
        signInAndOpen(who);

        if (expected == Outcome.REFUSED) {
            assertThatThrownBy(() -> UI.getCurrent().navigate(path)).isInstanceOf(MockAccessDeniedException.class);
            return;
        }
        UI.getCurrent().navigate(path);

        assertThat(_get(expected.view())).isNotNull();
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(expected.view());
    }
}
