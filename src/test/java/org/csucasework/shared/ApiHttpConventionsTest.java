package org.csucasework.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.ApiTestClient;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.StoredRows;
import org.csucasework.support.TestReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * How the integration API meets HTTP (DESIGN.md section 6, issue 20): what the client will accept is settled before
 * anything is stored; every refusal is a problem in {@code application/problem+json}; an unknown path is a 404
 * problem, never the application's page; and the API never opens a session.
 */
@IntegrationTest
class ApiHttpConventionsTest extends ApiTestBase {

    @Autowired
    private JdbcTemplate jdbc;
    @LocalServerPort
    private int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aReportSentAskingForXmlIsRefusedWith406AndNotStored() throws Exception {
        Map<String, Long> before = StoredRows.count(jdbc);
        MockHttpServletResponse response = perform(MockMvcRequestBuilders.post("/api/reports")
                .contentType("application/json").accept("application/xml")
                .content(json.writeValueAsString(TestReport.anonymousAt(TestReport.newPlace()).body())), "caseworker");

        assertThat(response.getStatus()).isEqualTo(406);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(body(response).path("status").asInt()).isEqualTo(406);
        assertThat(StoredRows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void anActionSentAskingForCsvIsRefusedWith406AndNotStored() throws Exception {
        String reference = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).body())
                .text("/reference");
        Map<String, Long> before = StoredRows.count(jdbc);
        MockHttpServletResponse response = perform(MockMvcRequestBuilders.post("/api/reports/" + reference + "/actions")
                .contentType("application/json").accept("text/csv")
                .content(json.writeValueAsString(Map.of("agencyCode", "SDC_CSU", "description", "Visit",
                        "dueDate", LocalDate.now().plusDays(3).toString()))), "caseworker");

        assertThat(response.getStatus()).isEqualTo(406);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(StoredRows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void anAcceptHeaderThatCannotBeReadIsA400NamingIt() throws Exception {
        MockHttpServletResponse response = perform(MockMvcRequestBuilders.get("/api/figures/monthly")
                .header("Accept", "text/csv;q=bad"), "analyst");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(body(response).at("/errors/0/field").asText()).isEqualTo("Accept");
    }

    @Test
    void figuresStillAnswerCsvWhenAskedFor() throws Exception {
        MockHttpServletResponse response = perform(MockMvcRequestBuilders.get("/api/figures/monthly")
                .header("Accept", "text/csv"), "analyst");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
    }

    @Test
    void aMethodTheEndpointDoesNotHaveIsA405ProblemSayingWhichItHas() throws Exception {
        MockHttpServletResponse response = perform(MockMvcRequestBuilders.delete("/api/reports")
                .accept("application/json"), "caseworker");

        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("Allow")).contains("POST");
    }

    @Test
    void aBodyOfAnotherTypeIsA415Problem() throws Exception {
        Map<String, Long> before = StoredRows.count(jdbc);
        MockHttpServletResponse response = perform(MockMvcRequestBuilders.post("/api/reports")
                .contentType("application/xml").content("<report/>").accept("application/json"), "caseworker");

        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(StoredRows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void anUnknownApiPathIsA404ProblemWithoutASession() throws Exception {
        HttpResponse<String> response = send("GET", "/api/no-such-thing", "caseworker", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("<html");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void anUnknownActuatorPathIsA404ProblemForAnAdministratorAndA401ForOthers() throws Exception {
        HttpResponse<String> admin = send("GET", "/actuator/env", "admin", "text/html,*/*");
        assertThat(admin.statusCode()).isEqualTo(404);
        assertThat(admin.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(admin.headers().allValues("Set-Cookie")).isEmpty();

        HttpResponse<String> anonymous = send("GET", "/actuator/env", null, "text/html,*/*");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(anonymous.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theApiNeverOpensASessionWhateverItAnswers() throws Exception {
        for (String[] call : new String[][]{
                {"GET", "/api/tasking/agenda", "caseworker"},
                {"GET", "/api/reports/CSU-1900-000001", "caseworker"},
                {"GET", "/api/figures/annual", "caseworker"},
                {"POST", "/api/reports", "caseworker"},
                {"DELETE", "/api/tasking/agenda", "caseworker"},
                {"GET", "/api/tasking/agenda", null}}) {
            HttpResponse<String> response = send(call[0], call[1], call[2], "application/json");
            assertThat(response.headers().allValues("Set-Cookie")).as(String.join(" ", call)).isEmpty();
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(String.join(" ", call))
                    .doesNotContain("html");
        }
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(httpBasic(user, ApiTestClient.PASSWORD))).andReturn().getResponse();
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String user, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", accept)
                .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}")
                        : HttpRequest.BodyPublishers.noBody());
        if (method.equals("POST")) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + ApiTestClient.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
