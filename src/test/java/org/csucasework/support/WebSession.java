package org.csucasework.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser tab against the running test server: keeps its cookies, does not follow redirects (so tests see them),
 * signs in through the real login form and can ask the Vaadin UI to navigate as the browser would. Use it where
 * MockMvc is not enough: Vaadin's view access checks and the Camunda web apps' filters live outside Spring MVC.
 */
public final class WebSession {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String VAADIN_JSON_GUARD = "for(;;);";

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private final ObjectMapper json = new ObjectMapper();

    private WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A visitor who has not signed in. */
    public static WebSession anonymous(int port) {
        return new WebSession(port);
    }

    /** A visitor who has signed in through the login form; fails the test if the login is refused. */
    public static WebSession signedIn(int port, String username, String password) {
        WebSession session = new WebSession(port);
        HttpResponse<String> response = session.signIn(username, password);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/login")) {
            throw new AssertionError("Sign-in as " + username + " refused: " + response.statusCode() + " " + location);
        }
        return session;
    }

    /** Posts the login form as the login page would, with the CSRF token the page carries. */
    public HttpResponse<String> signIn(String username, String password) {
        String page = get("/login").body();
        Matcher csrf = CSRF_META.matcher(page);
        if (!csrf.find()) {
            throw new AssertionError("The login page carries no CSRF token");
        }
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", csrf.group(1)));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** A GET as a browser sends it, asking for a page ({@code Accept: text/html}). */
    public HttpResponse<String> getPage(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*;q=0.8").GET().build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Posts JSON with extra headers given as name, value, name, value... */
    public HttpResponse<String> postJson(String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /**
     * Opens {@code route} in the Vaadin UI the way the browser does after loading the page: it starts a UI
     * ({@code v-r=init}) and then sends the client's navigation event. Returns the server's answer, a UIDL change
     * set that contains the texts of whatever the server decided to show: the view, or an error page.
     */
    public String navigate(String route, String query) {
        HttpResponse<String> init = get("/?v-r=init&location=" + encode(route) + "&query=" + encode(query));
        if (init.statusCode() != 200) {
            throw new AssertionError("Vaadin refused to start a UI: " + init.statusCode() + " "
                    + init.headers().firstValue("Location").orElse(""));
        }
        try {
            JsonNode appConfig = json.readTree(init.body()).path("appConfig");
            JsonNode uidl = appConfig.path("uidl");
            Map<String, Object> navigateEvent = Map.of(
                    "type", "event", "node", 1, "event", "ui-navigate",
                    "data", Map.of("route", route, "query", query, "appShellTitle", "",
                            "historyState", Map.of("idx", 0), "trigger", ""));
            String message = json.writeValueAsString(Map.of(
                    "csrfToken", uidl.path("Vaadin-Security-Key").asText(),
                    "rpc", List.of(navigateEvent),
                    "syncId", uidl.path("syncId").asInt(),
                    "clientId", 0));
            HttpResponse<String> response = postJson("/?v-r=uidl&v-uiId=" + appConfig.path("v-uiId").asInt(), message);
            String body = response.body();
            return body.startsWith(VAADIN_JSON_GUARD) ? body.substring(VAADIN_JSON_GUARD.length()) : body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
