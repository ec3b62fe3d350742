package org.matchprep.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser over real HTTP, without JavaScript: keeps its cookies, follows no redirect, and signs in through
 * the sign-in form with the CSRF token the page carries.
 */
public final class Browser {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]+)\"");

    private final Function<String, URI> server;
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** A browser that opens paths on the server {@code server} turns them into addresses of. */
    public Browser(Function<String, URI> server) {
        this.server = server;
    }

    /** Signs in through the form; true when the server took the password. */
    public boolean signIn(String email, String password) {
        Map<String, String> csrf = CSRF_META.matcher(get("/login").body()).results()
                .collect(Collectors.toMap(match -> match.group(1), match -> match.group(2), (first, second) -> first));
        HttpResponse<String> response = postForm("/login", "username", email, "password", password,
                csrf.get("_csrf_parameter"), csrf.get("_csrf"));
        return response.statusCode() == 302
                && response.headers().firstValue("Location").filter(location -> !location.contains("/login")).isPresent();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(server.apply(path)).GET().build());
    }

    public HttpResponse<String> postForm(String path, String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!form.isEmpty()) {
                form.append('&');
            }
            form.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(server.apply(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(server.apply(path))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + request.uri(), e);
        }
    }
}
