package org.matchprep.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.matchprep.testing.KaribuTest;
import org.matchprep.testing.Who;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class UnexpectedErrorHandlerTest extends KaribuTest {

    private static final Pattern LOGGED_AS = Pattern.compile("It has been logged as ([0-9a-f]{8}); please try again\\.");

    @Test
    void every_session_gets_the_calm_error_handler() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(UnexpectedErrorHandler.class);
    }

    @Test
    void an_unexpected_exception_shows_a_calm_message_with_an_id_and_logs_the_whole_exception_under_it(
            CapturedOutput output) {
        signInAndOpen(Who.APPLICANT);
        UI.getCurrent().navigate("");

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new IllegalStateException("table answer has no column secret_detail")));

        List<Notification> shown = NotificationsKt.getNotifications();
        assertThat(shown).hasSize(1);
        String message = shown.getFirst().getChildren().filter(Span.class::isInstance).map(Span.class::cast)
                .findFirst().orElseThrow().getText();
        assertThat(message).startsWith("Something went wrong on our side.").doesNotContain("secret_detail", "Exception");
        Matcher id = LOGGED_AS.matcher(message);
        assertThat(id.find()).as(message).isTrue();
        assertThat(output.getOut()).contains("Unexpected error " + id.group(1))
                .contains("java.lang.IllegalStateException: table answer has no column secret_detail")
                .contains("at org.matchprep.base.ui.UnexpectedErrorHandlerTest");
    }

    @Test
    void each_error_gets_its_own_id() {
        assertThat(UnexpectedErrorHandler.newId()).matches("[0-9a-f]{8}").isNotEqualTo(UnexpectedErrorHandler.newId());
    }
}
