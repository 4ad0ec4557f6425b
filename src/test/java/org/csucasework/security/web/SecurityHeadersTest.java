package org.csucasework.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the browser is told about the pages it gets, checked on the one page everybody sees: the login page. */
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
    void theSessionCookieIsHiddenFromScriptsAndNotSentWithCrossSiteRequests() {
        HttpResponse<String> response = WebSession.anonymous(port).get("/login");

        String sessionCookie = response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The login page started no session"));
        assertThat(sessionCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }
}
