package org.csucasework.intake.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.ApiTestClient.Response;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.TestReport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * {@code PATCH /api/reports/{reference}}: a report's details corrected after logging, from the version the caller
 * read; a change from a stale version is refused (409) and changes nothing; every change is in the history.
 */
@IntegrationTest
class ReportEditApiTests extends ApiTestBase {

    private Response patch(String user, String reference, Map<String, Object> body) {
        try {
            var response = mvc.perform(MockMvcRequestBuilders.patch("/api/reports/" + reference)
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                            .httpBasic(user, "Casework-demo-2026"))
                    .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON,
                            MediaType.APPLICATION_PROBLEM_JSON)
                    .content(json.writeValueAsString(body))).andReturn().getResponse();
            String content = response.getContentAsString();
            return new Response(response.getStatus(), response.getContentType(), null,
                    content.isBlank() ? json.missingNode() : json.readTree(content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String log() {
        return api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace())
                .subject("ALLEGED_PERPETRATOR", TestReport.newPerson()).body()).text("/reference");
    }

    private JsonNode report(String reference) {
        Response response = api.get("caseworker", "/api/reports/" + reference);
        assertThat(response.status()).isEqualTo(200);
        return response.at("/report");
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    @Test
    void aCaseworkerCorrectsTheCategoryWardPlaceAndDescriptionAndTheHistorySaysWhatChanged() {
        String reference = log();
        long version = report(reference).at("/version").asLong();
        String newPlace = TestReport.newPlace();

        Response edited = patch("caseworker", reference, body("version", version, "categoryCode", "ASB_DRUGS",
                "wardCode", "E05005009", "location", newPlace, "description", "Corrected: drug dealing by the flats",
                "incidentDate", java.time.LocalDate.now().minusDays(3).toString()));

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.at("/version").asLong()).isGreaterThan(version);
        JsonNode report = report(reference);
        assertThat(report.at("/categoryCode").asText()).isEqualTo("ASB_DRUGS");
        assertThat(report.at("/wardCode").asText()).isEqualTo("E05005009");
        assertThat(report.at("/placeLabel").asText()).isEqualTo(newPlace);
        assertThat(report.at("/description").asText()).isEqualTo("Corrected: drug dealing by the flats");
        assertThat(report.at("/incidentDate").asText()).isEqualTo(java.time.LocalDate.now().minusDays(3).toString());
        List<String> history = new ArrayList<>();
        api.get("caseworker", "/api/reports/" + reference).at("/timeline")
                .forEach(e -> history.add(e.get("code").asText() + ": " + e.get("text").asText()));
        assertThat(history).anySatisfy(entry -> assertThat(entry).startsWith("EDITED: ")
                .contains("Category: Nuisance behaviour → Drugs misuse and dealing", "Place: ", newPlace,
                        "Description changed"));
    }

    @Test
    void aChangeFromAStaleVersionIsRefusedWithAConflictAndChangesNothing() {
        String reference = log();
        long version = report(reference).at("/version").asLong();
        assertThat(patch("caseworker", reference, body("version", version, "description", "First correction"))
                .status()).isEqualTo(200);

        Response stale = patch("supervisor", reference, body("version", version, "description", "Second, stale",
                "categoryCode", "ASB_DRUGS"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.at("/detail").asText()).contains("Someone else changed report " + reference);
        assertThat(report(reference).at("/description").asText()).isEqualTo("First correction");
        assertThat(report(reference).at("/categoryCode").asText()).isEqualTo(TestReport.CATEGORY);
    }

    @Test
    void theProtectedCharacteristicsAreReturnedAndAnEditChangesThemWithTheChangeInTheHistoryByName() {
        String reference = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace())
                .with("hateCharacteristics", List.of("RACE")).body()).text("/reference");
        JsonNode before = report(reference);
        assertThat(before.at("/hateCharacteristics")).extracting(JsonNode::asText).containsExactly("RACE");

        Response edited = patch("caseworker", reference, body("version", before.at("/version").asLong(),
                "hateCharacteristics", List.of("DISABILITY", "RELIGION")));

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(report(reference).at("/hateCharacteristics")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("DISABILITY", "RELIGION");
        List<String> history = new ArrayList<>();
        api.get("caseworker", "/api/reports/" + reference).at("/timeline")
                .forEach(e -> history.add(e.get("code").asText() + ": " + e.get("text").asText()));
        assertThat(history).anySatisfy(entry -> assertThat(entry).isEqualTo(
                "EDITED: Targeted for: race or ethnicity → religion or belief, disability"));

        long version = edited.at("/version").asLong();
        assertThat(patch("caseworker", reference, body("version", version, "hateCharacteristics", List.of()))
                .status()).isEqualTo(200);
        assertThat(report(reference).at("/hateCharacteristics")).isEmpty();
    }

    @Test
    void anUnknownCharacteristicIsRefusedNamingItAndChangesNothing() {
        String reference = log();
        long version = report(reference).at("/version").asLong();

        Response refused = patch("caseworker", reference, body("version", version,
                "hateCharacteristics", List.of("RACE", "HEIGHT")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.at("/errors/0/field").asText()).isEqualTo("hateCharacteristics[1]");
        assertThat(refused.at("/errors/0/message").asText()).contains("HEIGHT");
        assertThat(report(reference).at("/hateCharacteristics")).isEmpty();
    }

    @Test
    void thePeopleInvolvedCanBeCorrected() {
        String reference = log();
        JsonNode before = report(reference);
        long perpetrator = before.at("/subjects/0/person/id").asLong();
        String witness = TestReport.newPerson();

        Response edited = patch("caseworker", reference, body("version", before.at("/version").asLong(), "subjects",
                List.of(Map.of("role", "VICTIM", "personId", perpetrator),
                        Map.of("role", "WITNESS", "name", witness, "dateOfBirth", "1980-02-03"))));

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        JsonNode after = report(reference);
        assertThat(after.at("/subjects")).hasSize(2);
        assertThat(after.at("/subjects/0/role").asText()).isEqualTo("VICTIM");
        assertThat(after.at("/subjects/0/person/id").asLong()).isEqualTo(perpetrator);
        assertThat(after.at("/subjects/1/person/fullName").asText()).isEqualTo(witness);
    }

    @Test
    void aSupervisorHandsTheReportToAnotherOfficerAndACaseworkerCannot() {
        String reference = log();
        long version = report(reference).at("/version").asLong();

        Response byCaseworker = patch("caseworker", reference, body("version", version, "caseOfficer", "supervisor"));
        assertThat(byCaseworker.status()).isEqualTo(400);
        assertThat(byCaseworker.at("/errors/0/field").asText()).isEqualTo("caseOfficer");

        assertThat(patch("supervisor", reference, body("version", version, "caseOfficer", "supervisor")).status())
                .isEqualTo(200);
        List<String> theirs = new ArrayList<>();
        api.get("supervisor", "/api/reports?owner=supervisor&size=100").at("/items")
                .forEach(i -> theirs.add(i.get("reference").asText()));
        assertThat(theirs).contains(reference);
    }

    @Test
    void badChangesAreRefusedAtTheirFieldAndOthersOfficersGetNotFoundOrForbidden() {
        String reference = log();
        long version = report(reference).at("/version").asLong();

        assertField(patch("caseworker", reference, body("description", "No version")), "version");
        assertField(patch("caseworker", reference, body("version", version, "description", "  ")), "description");
        assertField(patch("caseworker", reference, body("version", version, "categoryCode", "NOPE")), "categoryCode");
        assertField(patch("caseworker", reference, body("version", version, "wardCode", "NOPE")), "wardCode");
        assertField(patch("caseworker", reference, body("version", version, "location", "x".repeat(301))), "location");
        assertField(patch("caseworker", reference, body("version", "soon")), "version");
        assertField(patch("caseworker", reference, body("version", version, "incidentDate", "2026-13-45")),
                "incidentDate");
        assertField(patch("caseworker", reference, body("version", version, "incidentDate",
                java.time.LocalDate.now().plusDays(2).toString())), "incidentDate");
        assertField(patch("caseworker", reference, body("version", version, "subjects",
                List.of(Map.of("role", "BYSTANDER", "name", "A Person")))), "subjects[0].role");
        assertField(patch("caseworker", reference, body("version", version, "subjects",
                List.of(Map.of("role", "WITNESS")))), "subjects[0].name");
        assertThat(patch("police", reference, body("version", version, "description", "Mine now")).status())
                .isEqualTo(404);
        assertThat(patch("caseworker", "CSU-1999-999999", body("version", 0, "description", "x")).status())
                .isEqualTo(404);
        assertThat(patch("analyst", reference, body("version", version, "description", "x")).status())
                .isEqualTo(403);
        assertThat(report(reference).at("/version").asLong()).isEqualTo(version);
    }

    private static void assertField(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.at("/errors/0/field").asText()).isEqualTo(field);
    }
}
