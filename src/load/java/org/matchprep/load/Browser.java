package org.matchprep.load;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;

/**
 * What a browser does in MatchPrep, as Gatling chains: sign in through the Spring Security form, load a
 * route (bootstrap page, {@code ?v-r=init}, the navigation event) and send UIDL requests built from the
 * {@link UiState} the earlier responses left behind.
 */
final class Browser {

    static final String PASSWORD = "interview-ready-2026";
    private static final String STATE = "ui";
    private static final String BODY = "body";
    // the UnexpectedErrorHandler's notification: a listener threw on the server
    private static final String SERVER_ERROR = "Something went wrong on our side";

    // the screen and time-zone figures Flow's bootstrap script sends with ?v-r=init (captured from Chromium)
    private static final String INIT_PARAMETERS = "&query=&v-sh=720&v-sw=1280&v-wh=720&v-ww=1280&v-bh=720&v-bw=1280"
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light"
            + "&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";

    private Browser() {
    }

    static UiState ui(Session session) {
        return (UiState) session.get(STATE);
    }

    /** The sign-in page, then the form post with the CSRF token from the page; lands on the home view. */
    static ChainBuilder signIn() {
        return exec(http("sign-in page").get("/login")
                .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
                .exec(http("sign in").post("/login")
                        .formParam("username", "#{email}")
                        .formParam("password", PASSWORD)
                        .formParam("_csrf", "#{csrf}")
                        .check(currentLocationRegex("/login").notExists()))
                .exec(bootstrap("home", ""));
    }

    /** A route typed into the address bar (or a reload): page, init, navigation. */
    static ChainBuilder open(String name, String route) {
        return exec(leavePage())
                .exec(http(name + ": page").get("/" + route))
                .exec(bootstrap(name, route));
    }

    /** A full page load closes the page before: Flow's client sends the UNLOAD beacon on pagehide. */
    static ChainBuilder leavePage() {
        return doIf(session -> session.contains(STATE) && ui(session).isOpen()).then(
                exec(http("leave page (unload beacon)").post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
                        .header("Content-Type", "text/plain;charset=UTF-8")
                        .body(io.gatling.javaapi.core.CoreDsl.StringBody(session -> ui(session).unload()))
                        .check(status().is(200)))
                        .exec(session -> session.remove(STATE)));
    }

    /** A router link followed inside the page: one UIDL request, the UI stays. */
    static ChainBuilder follow(String name, Function<UiState, String> route, CheckBuilder... checks) {
        return uidl(name, (ui, session) -> Rpc.calls().navigate(route.apply(ui), true), checks);
    }

    /** One UIDL request with the invocations {@code rpc} builds from the page as it stands. */
    static ChainBuilder uidl(String name, BiFunction<UiState, Session, Rpc> rpc, CheckBuilder... checks) {
        return exec(http(name).post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(io.gatling.javaapi.core.CoreDsl.StringBody(
                        session -> ui(session).request(rpc.apply(ui(session), session).json())))
                .check(status().is(200))
                .check(substring(SERVER_ERROR).notExists())
                .check(substring("\"appError\"").notExists())
                .check(checks)
                .check(bodyString().saveAs(BODY)))
                .exec(session -> absorb(session, false));
    }

    /**
     * What the push connection would have brought: the app redraws open pages when a watched subject changes
     * (another applicant booked a time of the same mentor, one's own booking was told to the list), and pushes
     * the redraw. The simulation holds no push connection, so the redraw waits in the UI until the next request;
     * an empty UIDL request fetches it before the user acts, as the browser would have it on screen by then.
     */
    static ChainBuilder pushed() {
        return uidl("push stand-in (pending redraw)", (ui, session) -> Rpc.calls());
    }

    private static ChainBuilder bootstrap(String name, String route) {
        String location = URLEncoder.encode(route, StandardCharsets.UTF_8);
        return exec(http(name + ": init")
                .get(session -> "/?v-r=init&location=" + location + INIT_PARAMETERS + "&v-curdate=" + System.currentTimeMillis()
                        + "&v-wn=v-" + Math.random())
                .check(status().is(200))
                .check(bodyString().saveAs(BODY)))
                .exec(session -> absorb(session.set(STATE, new UiState()), true))
                .exec(uidl(name + ": navigate", (ui, session) -> Rpc.calls().navigate("/" + route, false)));
    }

    private static Session absorb(Session session, boolean init) {
        if (!session.contains(BODY)) {
            return session;
        }
        try {
            if (init) {
                ui(session).init(session.getString(BODY));
            } else {
                ui(session).update(session.getString(BODY));
            }
            return session.remove(BODY);
        } catch (RuntimeException unreadable) {
            System.err.println("[" + session.userId() + "] " + unreadable.getMessage());
            return session.remove(BODY).markAsFailed();
        }
    }
}
