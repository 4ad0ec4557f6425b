package org.csucasework.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Calls the integration API through MockMvc (the whole filter chain, HTTP Basic included) as one of the demo users,
 * and hands back the status and the parsed JSON body. Every reference it sees logged is remembered, so that a test
 * can close its reports afterwards ({@link ReportCleanup}) and leave the shared database's agenda tidy.
 */
public class ApiTestClient {

    /** The demo accounts' shared password. */
    public static final String PASSWORD = "Casework-demo-2026";

    private final MockMvc mvc;
    private final ObjectMapper json;
    private final List<String> logged = new ArrayList<>();

    public ApiTestClient(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    /** An answer: its status, content type, {@code Location} header and body (a missing node when empty). */
    public record Response(int status, String contentType, String location, JsonNode body) {

        public String text(String path) {
            return at(path).asText();
        }

        public JsonNode at(String pointer) {
            return body.at(pointer);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Response get(String user, String path) {
        return perform(user, MockMvcRequestBuilders.get(path));
    }

    public Response post(String user, String path, Object body) {
        return post(user, path, body, null);
    }

    public Response post(String user, String path, Object body, String idempotencyKey) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String text ? text : write(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return perform(user, request);
    }

    public Response patch(String user, String path, Object body) {
        return perform(user, MockMvcRequestBuilders.patch(path).contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String text ? text : write(body)));
    }

    private final PeopleOnRecord peopleOnRecord = new PeopleOnRecord();

    /**
     * Logs a report as the user, naming each person this client has logged before by their record's id (as a user
     * who picks the record offered); fails unless the API answers 201.
     */
    public Response logReportChoosingKnownPeople(String user, Map<String, Object> report) {
        Response response = logReport(user, peopleOnRecord.choose(report));
        peopleOnRecord.remember(report, response);
        return response;
    }

    /** Logs a report as the user; fails unless the API answers 201. */
    public Response logReport(String user, Map<String, Object> report) {
        return logReport(user, report, null);
    }

    public Response logReport(String user, Map<String, Object> report, String idempotencyKey) {
        Response response = post(user, "/api/reports", report, idempotencyKey);
        if (response.status() != 201) {
            throw new AssertionError("Expected the report to be logged (201), got " + response);
        }
        return response;
    }

    /** Adds an action to a report as the user; fails unless the API answers 201. Returns the action's id. */
    public long addAction(String user, String reference, String agencyCode, java.time.LocalDate due) {
        Response response = post(user, "/api/reports/" + reference + "/actions", Map.of("agencyCode", agencyCode,
                "description", "Visit and speak to the residents (" + agencyCode + ")", "dueDate", due.toString()));
        if (response.status() != 201) {
            throw new AssertionError("Expected the action to be added (201), got " + response);
        }
        return response.at("/id").asLong();
    }

    /** The references of every report logged through this client, in order. */
    public List<String> loggedReferences() {
        return List.copyOf(logged);
    }

    private Response perform(String user, MockHttpServletRequestBuilder request) {
        if (user != null) {
            request.with(httpBasic(user, PASSWORD));
        }
        request.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            String content = response.getContentAsString(StandardCharsets.UTF_8);
            JsonNode body = content.isBlank() ? json.missingNode() : json.readTree(content);
            if (response.getStatus() == 201 && body.hasNonNull("reference")) {
                logged.add(body.get("reference").asText());
            }
            return new Response(response.getStatus(), response.getContentType(), response.getHeader("Location"), body);
        } catch (Exception e) {
            throw new IllegalStateException("The request failed: " + e.getMessage(), e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
