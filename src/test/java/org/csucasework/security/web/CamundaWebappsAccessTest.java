package org.csucasework.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cockpit, Tasklist and Admin sit behind the product's own login: administrators only, no second password, no
 * Camunda-own users. Tested against the running server, since the Camunda web apps' filters live outside Spring MVC.
 */
@IntegrationTest
class CamundaWebappsAccessTest {

    private static final String COCKPIT = "/camunda/app/cockpit/default/";
    private static final String ENGINE_API = "/camunda/api/engine/engine/";
    private static final String SIGNED_IN_USER = "/camunda/api/admin/auth/user/default";
    private static final String PROCESS_INSTANCE_COUNT =
            "/camunda/api/engine/engine/default/history/process-instance/count";

    @Autowired
    private IdentityService identityService;

    @LocalServerPort
    private int port;

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {COCKPIT, "/camunda/app/admin/default/", "/camunda/app/tasklist/default/", ENGINE_API,
            SIGNED_IN_USER})
    void anonymousVisitorsAreSentToTheProductLogin(String path) {
        HttpResponse<String> response = WebSession.anonymous(port).get(path);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DemoLogin.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void signedInUsersWhoAreNotAdministratorsAreForbidden(DemoLogin login) {
        WebSession session = WebSession.signedIn(port, login.username(), DemoLogin.PASSWORD);

        HttpResponse<String> cockpit = session.getPage(COCKPIT);
        assertThat(cockpit.statusCode()).isEqualTo(403);
        // The product's own page, not Spring's white-label one.
        assertThat(cockpit.body()).contains("You are not allowed to open this page", "Back to CSU Casework")
                .doesNotContain("Whitelabel");
        assertThat(session.get(ENGINE_API).statusCode()).isEqualTo(403);
        assertThat(session.get(SIGNED_IN_USER).statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorEntersCockpitWithTheProductLoginAndCamundaKnowsWhoTheyAre() throws Exception {
        WebSession admin = WebSession.signedIn(port, DemoLogin.ADMIN.username(), DemoLogin.PASSWORD);

        HttpResponse<String> cockpit = admin.get(COCKPIT);
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.body()).contains("<title>Camunda");

        HttpResponse<String> signedInUser = admin.get(SIGNED_IN_USER);
        assertThat(signedInUser.statusCode()).isEqualTo(200);
        JsonNode user = json.readTree(signedInUser.body());
        assertThat(user.path("userId").asText()).isEqualTo("admin");
        assertThat(user.path("authorizedApps")).extracting(JsonNode::asText).contains("cockpit", "tasklist", "admin");

        HttpResponse<String> engines = admin.get(ENGINE_API);
        assertThat(engines.statusCode()).isEqualTo(200);
        assertThat(engines.body()).contains("\"name\":\"default\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/camunda/app/admin/default/", "/camunda/app/tasklist/default/"})
    void theOtherWebAppsOpenForAnAdministratorWithoutAskingForAFirstCamundaUser(String path) {
        WebSession admin = WebSession.signedIn(port, DemoLogin.ADMIN.username(), DemoLogin.PASSWORD);

        HttpResponse<String> response = admin.get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<title>Camunda");
    }

    @Test
    void theEngineHasNoUsersOfItsOwnAndNoneCanBeCreated() {
        assertThat(identityService.isReadOnly()).isTrue();
        assertThat(identityService.createUserQuery().count()).isZero();
    }

    @Test
    void changesThroughTheWebAppsNeedTheirCsrfTokenAndAForgedRequestEndsTheSession() {
        WebSession admin = WebSession.signedIn(port, DemoLogin.ADMIN.username(), DemoLogin.PASSWORD);
        assertThat(admin.get(COCKPIT).statusCode()).isEqualTo(200);
        String token = admin.cookie("XSRF-TOKEN").orElseThrow(() -> new AssertionError("No XSRF-TOKEN cookie"));

        HttpResponse<String> withToken = admin.postJson(PROCESS_INSTANCE_COUNT, "{}", "X-XSRF-TOKEN", token);
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.body()).contains("\"count\"");

        HttpResponse<String> forged = admin.postJson(PROCESS_INSTANCE_COUNT, "{}");
        assertThat(forged.statusCode()).isEqualTo(403);

        HttpResponse<String> afterwards = admin.get(COCKPIT);
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void camundasRestApiIsNotReachableAnonymously() {
        HttpResponse<String> response = WebSession.anonymous(port).get("/engine-rest/engine");

        assertThat(response.statusCode()).isNotEqualTo(200);
        assertThat(response.body()).doesNotContain("\"name\":\"default\"");
    }

    @Test
    void camundasRestApiIsNotDeployedAtAllSoEvenAdministratorsDoNotReachIt() {
        WebSession admin = WebSession.signedIn(port, DemoLogin.ADMIN.username(), DemoLogin.PASSWORD);

        HttpResponse<String> response = admin.get("/engine-rest/engine");

        assertThat(response.body()).doesNotContain("\"name\":\"default\"");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).doesNotContain("json"));
    }
}
