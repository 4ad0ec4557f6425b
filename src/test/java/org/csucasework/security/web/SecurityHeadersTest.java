package org.csucasework.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the browser is told about the pages it gets: the security headers, the Content-Security-Policy, no caching of
 * case pages and API answers, and HSTS when the request came over TLS through a proxy.
 */
@IntegrationTest
class SecurityHeadersTest {

    @LocalServerPort
    private int port;

    @Test
    void theLoginPageComesWithTheSecurityHeaders() {
        HttpResponse<String> response = WebSession.anonymous(port).get("/login");

        assertThat(response.statusCode()).isEqualTo(200);
        HttpHeaders headers = response.headers();
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValueSatisfying(
                value -> assertThat(value).isIn("DENY", "SAMEORIGIN"));
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(
                value -> assertThat(value).contains("camera=()"));
    }

    @Test
    void thePagesCarryAContentSecurityPolicyThatVaadinWorksUnderAndThatKeepsEverythingElseToThisOrigin() {
        String policy = WebSession.anonymous(port).get("/login").headers().firstValue("Content-Security-Policy")
                .orElseThrow(() -> new AssertionError("No Content-Security-Policy on the login page"));

        assertThat(policy).contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'", "object-src 'none'", "frame-ancestors 'self'",
                "form-action 'self'", "base-uri 'self'");
    }

    @Test
    void theApiAnswersAreNeverCachedAndMayRunNothing() throws Exception {
        HttpResponse<String> response = http(HttpRequest.newBuilder(URI.create(base() + "/api/tasking/agenda"))
                .header("Authorization", basic("caseworker")).GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; "
                + "frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aSignedInCasePageIsNotCachedEither() {
        WebSession caseworker = WebSession.signedIn(port, DemoLogin.CASEWORKER.username(), DemoLogin.PASSWORD);

        HttpResponse<String> page = caseworker.get("/reports/CSU-1999-999999");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
    }

    @Test
    void strictTransportSecurityIsSentOnlyWhenTheRequestCameOverHttpsThroughTheProxy() throws Exception {
        HttpResponse<String> plain = http(HttpRequest.newBuilder(URI.create(base() + "/login")).GET().build());
        HttpResponse<String> behindTls = http(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("X-Forwarded-Proto", "https").GET().build());

        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(behindTls.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                value -> assertThat(value).contains("max-age=31536000").contains("includeSubDomains"));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String basic(String username) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((username + ":" + DemoLogin.PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> http(HttpRequest request) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSessionCookieIsHiddenFromScriptsAndNotSentWithCrossSiteRequests() {
        HttpResponse<String> response = WebSession.anonymous(port).get("/login");

        String sessionCookie = response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The login page started no session"));
        assertThat(sessionCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }
}
