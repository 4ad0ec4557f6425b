package org.csucasework.casehistory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.ApiTestClient;
import org.csucasework.support.ApiTestClient.Response;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.TestReport;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every kind of case has the one history's calls under its own address (DESIGN.md 4.6), not only reports: an
 * escalation case's history, notes and documents on PostgreSQL, for those who may see the case and for nobody else
 * (another agency's partner gets 404, and a report's reference under a case address is not a case).
 */
@IntegrationTest
class OtherCasesHistoryApiTests extends ApiTestBase {

    private String openEscalationCase() {
        String report = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).body())
                .text("/reference");
        Response opened = api.post("caseworker", "/api/escalation/cases", Map.of(
                "organisation", Map.of("name", "Late Night Kebabs " + TestReport.unique(), "address", "1 High St"),
                "reportReferences", List.of(report)));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.text("/reference");
    }

    private MockHttpServletResponse upload(String user, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart(path)
                .file(new MockMultipartFile("file", "diary.txt", "text/plain",
                        "Monday: shouting at 2am".getBytes(StandardCharsets.UTF_8)))
                .param("description", "Diary sheet")
                .with(httpBasic(user, ApiTestClient.PASSWORD))).andReturn().getResponse();
    }

    @Test
    void anEscalationCaseTakesNotesAndDocumentsAndShowsThemInItsHistory() throws Exception {
        String reference = openEscalationCase();
        String base = "/api/escalation/cases/" + reference;

        Response note = api.post("caseworker", base + "/notes", Map.of("text", "Spoke to the manager about the bins."));
        MockHttpServletResponse document = upload("caseworker", base + "/documents");

        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        assertThat(document.getStatus()).as(document.getContentAsString()).isEqualTo(201);
        assertThat(document.getHeader("Location")).startsWith("/api/documents/");
        Response history = api.get("caseworker", base + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.text("/reference")).isEqualTo(reference);
        assertThat(history.at("/entries").findValuesAsText("text"))
                .contains("Spoke to the manager about the bins.");
        assertThat(history.at("/entries").findValuesAsText("code")).contains("NOTE", "DOCUMENT_ATTACHED");
    }

    @Test
    void anotherAgencyAndAReportReferenceUnderACaseAddressFindNothing() throws Exception {
        String reference = openEscalationCase();
        String report = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).body())
                .text("/reference");

        assertThat(api.get("housing", "/api/escalation/cases/" + reference + "/history").status()).isEqualTo(404);
        assertThat(api.post("housing", "/api/escalation/cases/" + reference + "/notes", Map.of("text", "Let me in"))
                .status()).isEqualTo(404);
        assertThat(upload("housing", "/api/escalation/cases/" + reference + "/documents").getStatus()).isEqualTo(404);
        assertThat(api.get("caseworker", "/api/task-groups/" + report + "/history").status())
                .as("a report is not a Task and Finish Group").isEqualTo(404);
        assertThat(api.get("caseworker", "/api/case-reviews/NO-SUCH-REVIEW/history").status()).isEqualTo(404);
    }
}
