package org.matchprep.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.account.Role;
import org.matchprep.mail.MailTest;
import org.matchprep.mail.OutboxSender;
import org.matchprep.mock.BookingService;
import org.matchprep.mock.MockFixture;
import org.matchprep.mock.MockFormat;
import org.matchprep.testing.Inboxes;
import org.matchprep.testing.MutableClock;
import org.matchprep.testing.Who;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authorization.AuthorizationDeniedException;

class NotificationMailTest extends MailTest {

    @Autowired
    Inboxes inboxes;

    @Autowired
    OutboxSender sender;

    @Autowired
    NotificationDigests digests;

    @Autowired
    MailPreferenceService preferences;

    @Autowired
    MutableClock clock;

    @Autowired
    MockFixture mocks;

    @Autowired
    BookingService bookings;

    @Autowired
    org.matchprep.mock.MockReminders reminders;

    @LocalServerPort
    int port;

    private void deliver() {
        while (sender.sendDue() > 0) {
            // until nothing is due
        }
    }

    private MimeMessage[] mailTo(AccountSummary person) {
        deliver();
        return smtp.getReceivedMessagesForDomain(person.email());
    }

    @Test
    void a_review_request_is_mailed_at_once_with_its_link_and_a_one_click_unsubscribe() throws Exception {
        AccountSummary mentor = accounts.create(Role.MENTOR);

        inboxes.send(mentor.id(), NotificationKind.REVIEW_REQUESTED, "Priya Raman asked you to review \"Why radiology?\".", "review/answer/7");

        MimeMessage[] received = mailTo(mentor);
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Priya Raman asked you to review \"Why radiology?\".");
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("https://prep.example.edu/review/answer/7");
        String unsubscribe = mail.getHeader("List-Unsubscribe", null);
        assertThat(unsubscribe).startsWith("<https://prep.example.edu/mail/unsubscribe?account=" + mentor.id() + "&topic=REVIEW_REQUESTS&signature=");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void comments_wait_for_the_daily_digest_at_the_chosen_time_in_the_persons_zone_and_come_once() throws Exception {
        AccountSummary applicant = mocks.applicantIn(MockFixture.KOLKATA);
        inboxes.send(applicant.id(), NotificationKind.NEW_COMMENT, "Dr. Chen commented on \"Why radiology?\".", "review/answer/3");
        inboxes.send(applicant.id(), NotificationKind.REPLY, "Dr. Chen replied in a thread.", "review/answer/3");
        assertThat(mailTo(applicant)).as("comments are for the digest").isEmpty();

        // move to just before 18:00 in Kolkata, then past it
        ZonedDateTime local = clock.instant().atZone(MockFixture.KOLKATA);
        ZonedDateTime sixPm = local.toLocalDate().atTime(LocalTime.of(18, 0)).atZone(MockFixture.KOLKATA);
        if (!sixPm.isAfter(local)) {
            sixPm = sixPm.plusDays(1);
        }
        clock.advance(Duration.between(local, sixPm).minusMinutes(1));
        digests.sendDue();
        assertThat(mailTo(applicant)).as("before the digest time").isEmpty();

        clock.advance(Duration.ofMinutes(2));
        digests.sendDue();
        digests.sendDue();

        MimeMessage[] received = mailTo(applicant);
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Your MatchPrep digest: 2 updates");
        assertThat(GreenMailUtil.getBody(received[0])).contains("Dr. Chen commented on", "Dr. Chen replied in a thread.");
        assertThat(received[0].getHeader("List-Unsubscribe", null)).contains("topic=DIGEST");

        inboxes.send(applicant.id(), NotificationKind.NEW_COMMENT, "Another comment.", "review/answer/3");
        clock.advance(Duration.ofHours(1));
        digests.sendDue();
        assertThat(mailTo(applicant)).as("one digest a day").hasSize(1);
    }

    @Test
    void a_topic_turned_off_sends_no_mail_and_the_bell_still_shows_it() {
        AccountSummary mentor = accounts.create(Role.MENTOR);
        Map<MailTopic, MailDelivery> choices = new EnumMap<>(as(mentor, () -> preferences.mine()).deliveries());
        choices.put(MailTopic.REVIEW_REQUESTS, MailDelivery.OFF);
        as(mentor, () -> preferences.change(new MailPreferences(choices, LocalTime.of(7, 30))));

        inboxes.send(mentor.id(), NotificationKind.REVIEW_REQUESTED, "Please review.", "review/answer/1");

        assertThat(mailTo(mentor)).isEmpty();
        assertThat(inboxes.of(mentor.id())).hasSize(1);
        assertThat(as(mentor, () -> preferences.mine()).digestTime()).isEqualTo(LocalTime.of(7, 30));
    }

    @Test
    void a_booked_mock_mails_the_mentor_its_calendar_invitation() throws Exception {
        MockFixture.Pair pair = mocks.pairedCouple();
        var day = mocks.inDays(3, pair.mentor());
        mocks.morning(pair.mentor(), day);

        as(pair.applicant(), () -> bookings.book(pair.mentor().id(), MockFormat.FACULTY, mocks.at(pair.mentor(), day, 9, 0)));

        MimeMessage[] received = mailTo(pair.mentor());
        assertThat(received).hasSize(1);
        String raw = GreenMailUtil.getWholeMessage(received[0]);
        assertThat(raw).contains("text/calendar", "mock-interview-");
        assertThat(GreenMailUtil.getBody(received[0])).contains("METHOD:REQUEST");
    }

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void every_kind_wanted_right_away_arrives_once_to_its_recipient_with_its_link_and_its_topics_unsubscribe(NotificationKind kind)
            throws Exception {
        AccountSummary person = accounts.create(Role.APPLICANT);
        Map<MailTopic, MailDelivery> allAtOnce = new EnumMap<>(MailTopic.class);
        Arrays.stream(MailTopic.values()).forEach(topic -> allAtOnce.put(topic, MailDelivery.IMMEDIATE));
        as(person, () -> preferences.change(new MailPreferences(allAtOnce, LocalTime.of(18, 0))));

        inboxes.send(person.id(), kind, "Something of kind " + kind.name() + " happened.", "notifications");

        MimeMessage[] received = mailTo(person);
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()).extracting(address -> ((jakarta.mail.internet.InternetAddress) address).getAddress())
                .containsExactly(person.email());
        assertThat(received[0].getSubject()).isEqualTo("Something of kind " + kind.name() + " happened.");
        assertThat(GreenMailUtil.getBody(received[0])).contains("https://prep.example.edu/notifications");
        assertThat(received[0].getHeader("List-Unsubscribe", null)).contains("topic=" + MailTopic.of(kind).name());
    }

    @Test
    void moving_cancelling_and_reminders_of_a_mock_carry_the_calendar_file_that_keeps_the_event_in_step() throws Exception {
        MockFixture.Pair pair = mocks.pairedCouple();
        var day = mocks.inDays(3, pair.mentor());
        mocks.morning(pair.mentor(), day);
        var mock = as(pair.applicant(), () -> bookings.book(pair.mentor().id(), MockFormat.FACULTY, mocks.at(pair.mentor(), day, 9, 0)));
        var moved = as(pair.applicant(), () -> bookings.reschedule(mock.id(), mocks.at(pair.mentor(), day, 10, 0)));
        MimeMessage[] toMentor = mailTo(pair.mentor());
        assertThat(toMentor).hasSize(2).anySatisfy(mail -> {
            assertThat(mail.getSubject()).contains("moved the mock");
            assertThat(GreenMailUtil.getBody(mail)).contains("METHOD:REQUEST", "SEQUENCE:1");
        });

        clock.advance(Duration.between(clock.instant(), moved.start().minus(Duration.ofHours(23))));
        reminders.sendDue();
        MimeMessage[] toApplicant = mailTo(pair.applicant());
        assertThat(toApplicant).anySatisfy(mail -> {
            assertThat(mail.getSubject()).startsWith("Reminder: your faculty-style mock");
            assertThat(GreenMailUtil.getBody(mail)).contains("METHOD:REQUEST");
        });

        as(pair.mentor(), () -> bookings.cancel(moved.id(), "Called away to a trauma case"));
        assertThat(mailTo(pair.applicant())).anySatisfy(mail -> {
            assertThat(mail.getSubject()).contains("cancelled the mock");
            assertThat(GreenMailUtil.getBody(mail)).contains("METHOD:CANCEL");
        });
    }

    @Test
    void the_unsubscribe_link_asks_on_get_and_turns_the_topic_off_on_a_one_click_post_without_signing_in() throws Exception {
        AccountSummary mentor = accounts.create(Role.MENTOR);
        inboxes.send(mentor.id(), NotificationKind.REVIEW_REQUESTED, "Please review this.", "review/answer/2");
        String link = mailTo(mentor)[0].getHeader("List-Unsubscribe", null).replaceAll("^<|>$", "");
        URI local = URI.create(link.replace("https://prep.example.edu", "http://localhost:" + port));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> asked = http.send(HttpRequest.newBuilder(local).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Stop these e-mails?", "review requests");
        assertThat(as(mentor, () -> preferences.mine()).deliveries()).containsEntry(MailTopic.REVIEW_REQUESTS, MailDelivery.IMMEDIATE);

        HttpResponse<String> done = http.send(HttpRequest.newBuilder(local).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("E-mails stopped");
        assertThat(as(mentor, () -> preferences.mine()).deliveries()).containsEntry(MailTopic.REVIEW_REQUESTS, MailDelivery.OFF)
                .containsEntry(MailTopic.MOCK_BOOKINGS, MailDelivery.IMMEDIATE);
    }

    @Test
    void a_forged_or_altered_unsubscribe_link_changes_nothing() throws Exception {
        AccountSummary mentor = accounts.create(Role.MENTOR);
        AccountSummary other = accounts.create(Role.MENTOR);
        inboxes.send(mentor.id(), NotificationKind.REVIEW_REQUESTED, "Please review.", "review/answer/2");
        String link = mailTo(mentor)[0].getHeader("List-Unsubscribe", null).replaceAll("^<|>$", "");
        Matcher signature = Pattern.compile("signature=([^&]+)").matcher(link);
        assertThat(signature.find()).isTrue();
        HttpClient http = HttpClient.newHttpClient();

        for (String query : List.of(
                "account=" + other.id() + "&topic=REVIEW_REQUESTS&signature=" + signature.group(1),
                "account=" + mentor.id() + "&topic=MOCK_BOOKINGS&signature=" + signature.group(1),
                "account=" + mentor.id() + "&topic=REVIEW_REQUESTS&signature=" + URLEncoder.encode("AAAA", StandardCharsets.UTF_8),
                "account=" + mentor.id() + "&topic=NOT_A_TOPIC&signature=" + signature.group(1))) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/mail/unsubscribe"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(query).isEqualTo(400);
            assertThat(refused.body()).contains("not valid");
        }
        assertThat(as(mentor, () -> preferences.mine()).deliveries()).doesNotContainValue(MailDelivery.OFF);
        assertThat(as(other, () -> preferences.mine()).deliveries()).doesNotContainValue(MailDelivery.OFF);
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void everyone_signed_in_keeps_their_own_choices_and_nobody_else_can(Who who) {
        AccountSummary me = signedIn(who);
        if (who == Who.ANONYMOUS) {
            assertThatThrownBy(() -> preferences.mine()).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> preferences.change(new MailPreferences(Map.of(), LocalTime.NOON)))
                    .isInstanceOf(AuthorizationDeniedException.class);
            return;
        }
        Map<MailTopic, MailDelivery> all = new EnumMap<>(MailTopic.class);
        Arrays.stream(MailTopic.values()).forEach(topic -> all.put(topic, MailDelivery.DIGEST));
        assertThat(preferences.change(new MailPreferences(all, LocalTime.of(6, 0))).deliveries()).containsAllEntriesOf(all);
        AccountSummary stranger = accounts.create(Role.APPLICANT);
        assertThat(as(stranger, () -> preferences.mine()).deliveries()).containsEntry(MailTopic.REVIEW_REQUESTS, MailDelivery.IMMEDIATE);
        assertThat(me).isNotNull();
    }

    @Test
    void a_choice_left_out_is_refused_and_nothing_changes() {
        AccountSummary me = signedIn(Who.APPLICANT);
        Map<MailTopic, MailDelivery> partial = new EnumMap<>(MailTopic.class);
        partial.put(MailTopic.COMMENTS, MailDelivery.OFF);

        assertThatThrownBy(() -> preferences.change(new MailPreferences(partial, null)))
                .isInstanceOf(org.matchprep.base.InvalidInputException.class)
                .hasMessageContaining("Choose how you hear of each kind of update.");
        assertThat(preferences.mine().deliveries()).containsEntry(MailTopic.COMMENTS, MailDelivery.DIGEST);
        assertThat(me.timeZone()).isNotNull();
    }

    @Test
    void every_kind_of_notification_belongs_to_one_topic() {
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(Arrays.stream(MailTopic.values()).filter(topic -> topic.kinds().contains(kind))).as(kind.name()).hasSize(1);
        }
        assertThat(MailTopic.of(NotificationKind.NEW_COMMENT).byDefault()).isEqualTo(MailDelivery.DIGEST);
        assertThat(ZoneId.of("Asia/Kolkata")).isEqualTo(MockFixture.KOLKATA);
    }
}
