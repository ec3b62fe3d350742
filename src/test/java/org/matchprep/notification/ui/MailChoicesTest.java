package org.matchprep.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.matchprep.notification.MailDelivery;
import org.matchprep.notification.MailPreferenceService;
import org.matchprep.notification.MailTopic;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Shown;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;

class MailChoicesTest extends KaribuTest {

    @Autowired
    MailPreferenceService preferences;

    @Test
    void the_notifications_page_shows_the_defaults_and_saves_a_changed_choice_and_digest_time() {
        signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate("notifications");
        MailChoices choices = _get(NotificationsView.class).mailChoices;

        assertThat(choices.getSummaryText()).isEqualTo("E-mail: 5 kinds right away, 1 in a daily digest at 6:00 PM. Open to change.");
        assertThat(choices.choices.get(MailTopic.COMMENTS).getValue()).isEqualTo(MailDelivery.DIGEST);
        assertThat(choices.choices.get(MailTopic.REVIEW_REQUESTS).getLabel()).isEqualTo("Review requests");
        assertThat(choices.digestTime.getHelperText()).contains("In your time zone");

        _setValue(choices.choices.get(MailTopic.SCORECARDS), MailDelivery.OFF);
        _setValue(choices.choices.get(MailTopic.MOCK_REMINDERS), MailDelivery.DIGEST);
        _setValue(choices.digestTime, LocalTime.of(7, 30));
        _click(choices.save);

        assertThat(preferences.mine().deliveries()).containsEntry(MailTopic.SCORECARDS, MailDelivery.OFF)
                .containsEntry(MailTopic.MOCK_REMINDERS, MailDelivery.DIGEST);
        assertThat(preferences.mine().digestTime()).isEqualTo(LocalTime.of(7, 30));
        assertThat(choices.getSummaryText()).isEqualTo("E-mail: 3 kinds right away, 2 in a daily digest at 7:30 AM. Open to change.");
        assertThat(Shown.notifications()).contains("E-mail choices saved.");
    }

    @Test
    void a_cleared_digest_time_is_refused_on_its_field_and_nothing_is_saved() {
        signInAndOpen(Who.MENTOR);
        UI.getCurrent().navigate("notifications");
        MailChoices choices = _get(NotificationsView.class).mailChoices;
        _setValue(choices.choices.get(MailTopic.COMMENTS), MailDelivery.OFF);

        _setValue(choices.digestTime, null);
        _click(choices.save);

        assertThat(choices.digestTime.isInvalid()).isTrue();
        assertThat(choices.digestTime.getErrorMessage()).isEqualTo("Choose when your daily digest comes.");
        assertThat(preferences.mine().deliveries()).containsEntry(MailTopic.COMMENTS, MailDelivery.DIGEST);
    }
}
