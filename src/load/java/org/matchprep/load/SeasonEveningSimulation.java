package org.matchprep.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.forever;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static org.matchprep.load.Browser.follow;
import static org.matchprep.load.Browser.open;
import static org.matchprep.load.Browser.pushed;
import static org.matchprep.load.Browser.signIn;
import static org.matchprep.load.Browser.uidl;
import static org.matchprep.load.UiState.field;
import static org.matchprep.load.UiState.tag;
import static org.matchprep.load.UiState.withClass;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * An evening of the interview season: applicants write answers (autosave in bursts) and look at a revision
 * diff, mentors work through their review queue (comment on a passage, reply), applicants book a mock and
 * cancel it. Each virtual user signs in once as its own seeded account (src/load/seed.sh) and repeats its
 * journey until the run ends, with think times between steps. Settings are system properties:
 * baseUrl, users (signed in at once), rampSeconds, holdSeconds, thinkScale (1 = 5-15 s between steps),
 * applicants and mentors (as seeded), p95Millis, p99Millis, maxErrorPercent (the assertions).
 */
public class SeasonEveningSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
    private static final int USERS = Integer.getInteger("users", 50);
    private static final int RAMP_SECONDS = Integer.getInteger("rampSeconds", 120);
    private static final int HOLD_SECONDS = Integer.getInteger("holdSeconds", 120);
    private static final double THINK_SCALE = Double.parseDouble(System.getProperty("thinkScale", "1"));
    private static final int APPLICANTS = Integer.getInteger("applicants", 400);
    private static final int MENTORS = Integer.getInteger("mentors", 40);
    private static final int P95_MILLIS = Integer.getInteger("p95Millis", 500);
    private static final int P99_MILLIS = Integer.getInteger("p99Millis", 1000);
    private static final double MAX_ERROR_PERCENT = Double.parseDouble(System.getProperty("maxErrorPercent", "0"));

    /** The question the seed answered for every load applicant; the journey finds it by its text. */
    private static final String SEEDED_QUESTION = "What are your greatest strengths?";
    private static final String SEEDED_PASSAGE = "journal club";
    /** BookingException.JUST_TAKEN, the notice when a time went to someone else a moment earlier. */
    private static final String JUST_TAKEN = "That slot was just taken. Pick another time.";
    private static final AtomicInteger SLOTS_JUST_TAKEN = new AtomicInteger();
    private static final List<String> TYPING = List.of(
            " In my preliminary year I presented our misses at the monthly conference.",
            " Residents asked me to explain the CT protocols to new interns,",
            " so I wrote a one-page guide that the department still uses.",
            " I would bring the same habit of teaching to your program.");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("*/*")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) MatchPrep load test (Gatling)")
            .disableCaching();

    // applicants are shared between the writers and the bookers so no two virtual users are the same person
    private final FeederBuilder<Object> applicants = listFeeder(IntStream.rangeClosed(1, APPLICANTS)
            .mapToObj(n -> Map.<String, Object>of("email", "loadapplicant" + n + "@matchprep.test", "number", n))
            .toList()).circular();
    private final FeederBuilder<Object> mentors = listFeeder(IntStream.rangeClosed(1, MENTORS)
            .mapToObj(n -> Map.<String, Object>of("email", "loadmentor" + n + "@matchprep.test", "number", n))
            .toList()).circular();

    private static ChainBuilder think() {
        return pause(Duration.ofMillis(Math.round(5000 * THINK_SCALE)), Duration.ofMillis(Math.round(15000 * THINK_SCALE)));
    }

    private static ChainBuilder typing() {
        return pause(Duration.ofMillis(Math.round(2000 * THINK_SCALE)), Duration.ofMillis(Math.round(6000 * THINK_SCALE)));
    }

    /** Opens the question list, follows the link to the seeded question, types in four bursts, opens History. */
    private final ChainBuilder writeAnswer = exec(open("questions", "questions"))
            .exec(think())
            .exec(follow("answer editor", ui -> ui.require("link to the seeded question",
                    node -> tag("a").test(node) && ui.textOf(node).contains(SEEDED_QUESTION)).attributes.get("href"),
                    substring("data-part")))
            .exec(repeat(TYPING.size(), "burst").on(typing().exec(uidl("autosave", (ui, session) -> {
                UiState.Node answer = ui.require("answer field", node -> node.attributes.containsKey("data-part"));
                String typed = answer.property("value") + TYPING.get(session.getInt("burst"));
                answer.properties.put("value", com.fasterxml.jackson.databind.node.TextNode.valueOf(typed));
                return Rpc.calls().typingPause(answer.id, typed);
            }, substring("data-version")))))
            .exec(think())
            .exec(uidl("revision diff", (ui, session) -> Rpc.calls().click(ui.require("History button", ui.button("History")).id),
                    substring("revision-diff")));

    /** The review queue, one shared answer, a comment on a passage typed by keyboard, a reply in a thread (opened by its Reply button). */
    private final ChainBuilder review = exec(open("review queue", "reviews"))
            .exec(think())
            .exec(follow("shared answer", ui -> {
                List<UiState.Node> links = ui.findAll(node -> tag("a").test(node)
                        && node.attributes.getOrDefault("href", "").startsWith("review/answer/"));
                if (links.isEmpty()) {
                    throw new IllegalStateException("No shared answer in the queue");
                }
                return links.get((int) (Math.random() * links.size())).attributes.get("href");
            }, substring("Find passage")))
            .exec(think())
            .exec(uidl("find passage", (ui, session) -> Rpc.calls()
                    .changeValue(ui.require("passage field", field("vaadin-text-field", "Passage to comment on")).id, SEEDED_PASSAGE)
                    .click(ui.require("Find passage button", ui.button("Find passage")).id), substring("Commenting on")))
            .exec(think())
            .exec(uidl("comment", (ui, session) -> Rpc.calls()
                    .changeValue(ui.require("comment field", field("vaadin-text-area", "Your comment on this passage")).id,
                            "Say what you taught them and what changed because of it.")
                    .click(ui.require("Comment button", ui.button("Comment")).id), substring("Comment posted.")))
            .exec(think())
            // a thread's reply field is built by its "Reply" button (ThreadCard): drawn as HTML in the card, its click
            // reaches the one listener on the thread list with the card's thread id, as in the browser
            .exec(uidl("open reply", (ui, session) -> {
                List<UiState.Node> cards = ui.findAll(withClass("thread-card"));
                if (cards.isEmpty()) {
                    throw new IllegalStateException("No thread to reply in");
                }
                return Rpc.calls().cardButton(ui.require("thread list", withClass("review-threads")).id, "reply",
                        cards.getLast().attributes.get("data-thread"));
            }, substring("Send reply")))
            .exec(typing())
            .exec(uidl("reply", (ui, session) -> {
                List<UiState.Node> replies = ui.findAll(field("vaadin-text-area", "Reply"));
                List<UiState.Node> sends = ui.findAll(ui.button("Send reply"));
                if (replies.isEmpty() || sends.isEmpty()) {
                    throw new IllegalStateException("No reply field open");
                }
                return Rpc.calls().changeValue(replies.getLast().id, "And name the guide: it is evidence.")
                        .click(sends.getLast().id);
            }));

    /** Book a mock: a free time (spread over each mentor's applicants), confirm, then cancel it again. */
    private final ChainBuilder bookAndCancel = exec(open("book a mock", "mock-interviews/book"))
            .exec(think())
            .exec(pushed())
            .exec(uidl("pick a time", (ui, session) -> {
                List<UiState.Node> times = ui.findAll(withClass("slot-button"));
                if (times.isEmpty()) {
                    throw new IllegalStateException("No free time shown");
                }
                int rankAmongMentorsApplicants = (session.getInt("number") - 1) / MENTORS;
                return Rpc.calls().click(times.get(rankAmongMentorsApplicants % times.size()).id);
            }, substring("vaadin-confirm-dialog")))
            .exec(typing())
            // another applicant of the same mentor may take that time while this one confirms: the app then says
            // so and shows the free times again, which is a right answer, counted apart (see after())
            .exec(confirmDialog("book", regex("Booked\\.|" + Pattern.quote(JUST_TAKEN)).saveAs("booking")))
            .doIf(session -> JUST_TAKEN.equals(session.getString("booking"))).then(exec(session -> {
                SLOTS_JUST_TAKEN.incrementAndGet();
                return session;
            }))
            .doIf(session -> "Booked.".equals(session.getString("booking"))).then(exec(think())
                    .exec(pushed())
                    .exec(uidl("cancel a mock", (ui, session) -> Rpc.calls().click(ui.require("Cancel button", ui.button("Cancel")).id),
                            substring("vaadin-confirm-dialog")))
                    .exec(typing())
                    .exec(confirmDialog("confirm cancel", substring("Cancelled."))));

    private static ChainBuilder confirmDialog(String name, CheckBuilder success) {
        return exec(uidl(name, (ui, session) -> {
            int dialog = ui.findAll(tag("vaadin-confirm-dialog")).getLast().id;
            return Rpc.calls().confirm(dialog);
        }, success))
                .exec(uidl(name + ": dialog closed", (ui, session) ->
                        Rpc.calls().closed(ui.findAll(tag("vaadin-confirm-dialog")).getLast().id)));
    }

    private static ChainBuilder again(ChainBuilder journey) {
        // a failed step leaves the page unknown; the next round starts on a freshly loaded route
        return forever().on(exec(session -> session.markAsSucceeded()).exec(journey).exec(think()));
    }

    private final ScenarioBuilder writers = scenario("applicant writes").feed(applicants).exec(signIn()).exec(think())
            .exec(again(writeAnswer));
    private final ScenarioBuilder reviewers = scenario("mentor reviews").feed(mentors).exec(signIn()).exec(think())
            .exec(again(review));
    private final ScenarioBuilder bookers = scenario("applicant books").feed(applicants).exec(signIn()).exec(think())
            .exec(again(bookAndCancel));

    @Override
    public void after() {
        System.out.println("Bookings refused because another applicant took the time a moment earlier: " + SLOTS_JUST_TAKEN.get());
    }

    {
        // an evening's mix: most people write, a fifth are mentors reviewing, a fifth book mocks
        int reviewing = Math.max(1, USERS / 5);
        int booking = Math.max(1, USERS / 5);
        int writing = Math.max(1, USERS - reviewing - booking);
        Duration ramp = Duration.ofSeconds(RAMP_SECONDS);
        setUp(writers.injectOpen(rampUsers(writing).during(ramp)),
                reviewers.injectOpen(rampUsers(reviewing).during(ramp)),
                bookers.injectOpen(rampUsers(booking).during(ramp)))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(RAMP_SECONDS + HOLD_SECONDS))
                .assertions(
                        global().failedRequests().percent().lte(MAX_ERROR_PERCENT),
                        forAll().responseTime().percentile(95.0).lt(P95_MILLIS),
                        forAll().responseTime().percentile(99.0).lt(P99_MILLIS));
    }
}
