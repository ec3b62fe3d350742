package org.matchprep.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.matchprep.account.AccountSummary;
import org.matchprep.testing.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a browser (or another site) sees over real HTTP: redirects, cookies and the sign-in POST. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInOverHttpTest {

    @LocalServerPort
    private int port;

    @Autowired
    private Accounts accounts;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]+)\"");

    // A view and a framework resource: the second's redirect carried ;jsessionid= before cookies were the only way.
    @ParameterizedTest
    @ValueSource(strings = {"/mock-interviews", "/VAADIN/not-there.js"})
    void an_anonymous_visitor_is_sent_to_sign_in_without_a_session_id_in_the_url(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> {
            assertThat(location).doesNotContainIgnoringCase("jsessionid");
            assertThat(location).endsWith("/login");
        });
    }

    @Test
    void a_sign_in_post_without_the_csrf_token_is_refused_and_signs_nobody_in() throws Exception {
        AccountSummary applicant = accounts.applicant();

        HttpResponse<String> response = postForm("/login", "username", applicant.email(), "password", Accounts.PASSWORD);

        // Refused like any request without a token from a visitor: back to the sign-in page, nobody signed in.
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login"));
        assertThat(isSignedIn()).isFalse();
    }

    @Test
    void signing_in_through_the_form_sends_the_token_the_sign_in_page_carries() throws Exception {
        AccountSummary applicant = accounts.applicant();
        HttpResponse<String> page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> csrf = META.matcher(page.body()).results()
                .collect(Collectors.toMap(match -> match.group(1), match -> match.group(2), (first, second) -> first));
        assertThat(csrf).as("the CSRF meta tags Vaadin's login form reads").containsKeys("_csrf", "_csrf_parameter");

        HttpResponse<String> response = postForm("/login", "username", applicant.email(), "password", Accounts.PASSWORD,
                csrf.get("_csrf_parameter"), csrf.get("_csrf"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).doesNotContain("/login"));
        assertThat(isSignedIn()).isTrue();
    }

    @Test
    void after_four_wrong_passwords_the_fifth_is_sent_back_with_the_seconds_to_wait() throws Exception {
        AccountSummary applicant = accounts.applicant();
        Map<String, String> csrf = csrfOf(get("/login"));

        for (int attempt = 1; attempt <= 4; attempt++) {
            HttpResponse<String> wrong = postForm("/login", "username", applicant.email(), "password", "not it " + attempt,
                    csrf.get("_csrf_parameter"), csrf.get("_csrf"));
            assertThat(wrong.headers().firstValue("Location")).as("attempt %d", attempt)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }
        HttpResponse<String> fifth = postForm("/login", "username", applicant.email(), "password", "not it either",
                csrf.get("_csrf_parameter"), csrf.get("_csrf"));

        assertThat(fifth.statusCode()).isEqualTo(302);
        assertThat(fifth.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login?wait=1"));
        assertThat(isSignedIn()).isFalse();
    }

    // What a load balancer or Kubernetes asks, without signing in (decision 019).
    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void the_health_probes_answer_up_without_a_sign_in(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void no_other_actuator_endpoint_and_no_health_detail_is_exposed() throws Exception {
        assertThat(get("/actuator/env").statusCode()).isIn(302, 404);
        assertThat(get("/actuator/health/db").statusCode()).isIn(302, 404);
    }

    private static Map<String, String> csrfOf(HttpResponse<String> page) {
        return META.matcher(page.body()).results()
                .collect(Collectors.toMap(match -> match.group(1), match -> match.group(2), (first, second) -> first));
    }

    private boolean isSignedIn() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/mock-interviews");
        return response.statusCode() == 200;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, String... namesAndValues) throws IOException, InterruptedException {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!form.isEmpty()) {
                form.append('&');
            }
            form.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return browser.send(HttpRequest.newBuilder(url(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
