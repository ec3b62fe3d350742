package org.matchprep.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.matchprep.security.ui.LoginView;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Who;

class HomeViewTest extends KaribuTest {

    @Test
    void an_anonymous_visitor_opening_home_is_sent_to_sign_in() {
        signInAndOpen(Who.ANONYMOUS);
        UI.getCurrent().navigate("");
        _get(LoginView.class);
    }

    @Test
    void an_applicant_lands_on_the_applicant_home() {
        signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate("");
        assertThat(_get(ApplicantHome.class)).isNotNull();
    }
}
