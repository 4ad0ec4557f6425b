package org.csucasework.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The integration API's OpenAPI description and Swagger UI (DESIGN.md section 6: "browsable for an administrator"):
 * administrators reach them with the product's login; nobody else does.
 */
@IntegrationTest
class ApiDocsAccessTest {

    private static final String API_DOCS = "/v3/api-docs";
    private static final String SWAGGER_UI = "/swagger-ui/index.html";

    @LocalServerPort
    private int port;

    @Test
    void anAdministratorReadsTheDescriptionOfEveryApiCallAndNothingElse() throws Exception {
        WebSession admin = WebSession.signedIn(port, DemoLogin.ADMIN.username(), DemoLogin.PASSWORD);

        HttpResponse<String> docs = admin.get(API_DOCS);
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = new ObjectMapper().readTree(docs.body()).path("paths");
        assertThat(paths.has("/api/reports")).isTrue();
        assertThat(paths.path("/api/reports").has("post")).isTrue();
        assertThat(paths.has("/api/tasking/agenda")).isTrue();
        assertThat(paths.has("/api/figures/monthly")).isTrue();
        assertThat(paths.has("/api/imports/reports")).isTrue();
        paths.fieldNames().forEachRemaining(path -> assertThat(path).startsWith("/api/"));

        HttpResponse<String> ui = admin.get(SWAGGER_UI);
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("Swagger UI");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DemoLogin.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void otherSignedInUsersAreForbidden(DemoLogin login) {
        WebSession session = WebSession.signedIn(port, login.username(), DemoLogin.PASSWORD);

        assertThat(session.get(API_DOCS).statusCode()).isEqualTo(403);
        assertThat(session.get(SWAGGER_UI).statusCode()).isEqualTo(403);
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() {
        HttpResponse<String> response = WebSession.anonymous(port).get(API_DOCS);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }
}
