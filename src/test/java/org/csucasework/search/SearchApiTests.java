package org.csucasework.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.ApiTestClient.Response;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.TestReport;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/search}: any case by reference, any part of a person's name (a surname alone, a letter wrong), a
 * place or words of the description; and never anything the caller may not see, so that a partner cannot learn
 * that another agency's report exists.
 */
@IntegrationTest
class SearchApiTests extends ApiTestBase {

    private String logAbout(String user, String personName, String location, String description) {
        return api.logReport(user, TestReport.anonymousAt(location).subject("ALLEGED_PERPETRATOR", personName)
                .with("description", description).body()).text("/reference");
    }

    private List<String> references(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> references = new ArrayList<>();
        for (JsonNode hit : response.at("/results")) {
            references.add(hit.get("reference").asText());
        }
        return references;
    }

    @Test
    void aCaseworkerFindsAReportByItsReferenceASurnameAloneASurnameWithALetterWrongAPlaceAndItsWords() {
        String surname = TestReport.newSurname();
        String place = TestReport.newPlace();
        String word = "zebracrossing" + TestReport.unique().replaceAll("[0-9]", "");
        String reference = logAbout("caseworker", "Dana " + surname, place, "Bins set alight near the " + word);

        assertThat(references(api.get("caseworker", "/api/search?q=" + reference.toLowerCase()))).contains(reference);
        assertThat(references(api.get("caseworker", "/api/search?q=" + surname))).containsExactly(reference);
        assertThat(references(api.get("caseworker", "/api/search?q=" + surname.toUpperCase()))).containsExactly(reference);
        assertThat(references(api.get("caseworker", "/api/search?q=" + TestReport.misspelt(surname)))).containsExactly(reference);
        assertThat(references(api.get("caseworker", "/api/search?q=Dana " + TestReport.misspelt(surname))))
                .containsExactly(reference);
        assertThat(references(api.get("caseworker", "/api/search?q=" + place.substring(0, 10)))).contains(reference);
        assertThat(references(api.get("caseworker", "/api/search?q=" + word))).containsExactly(reference);
    }

    @Test
    void eachResultSaysWhatItIsWhyItMatchedAndWhereItIs() {
        String surname = TestReport.newSurname();
        String reference = logAbout("caseworker", "Dana " + surname, TestReport.newPlace(), "Shouting in the street");

        JsonNode hit = api.get("caseworker", "/api/search?q=" + surname).at("/results/0");

        assertThat(hit.get("type").asText()).isEqualTo("REPORT");
        assertThat(hit.get("reference").asText()).isEqualTo(reference);
        assertThat(hit.get("title").asText()).contains(reference);
        assertThat(hit.get("snippet").asText()).contains("Dana " + surname);
        assertThat(hit.get("url").asText()).isEqualTo("/reports/" + reference);
    }

    @Test
    void theExactNameComesBeforeANameALetterAway() {
        String surname = TestReport.newSurname();
        String near = logAbout("caseworker", "Ali " + TestReport.misspelt(surname), TestReport.newPlace(), "Noise");
        String older = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(2)
                .subject("VICTIM", "Ali " + surname).body()).text("/reference");
        String newer = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(1)
                .subject("VICTIM", "Ali " + surname).body()).text("/reference");

        assertThat(references(api.get("caseworker", "/api/search?q=" + surname))).containsExactly(newer, older, near);
    }

    @Test
    void aPartnerFindsTheirAgencysReportsAndNothingOfAnotherAgencysByNameReferencePlaceOrWords() {
        String surname = TestReport.newSurname();
        String place = TestReport.newPlace();
        String word = "quagmire" + TestReport.unique().replaceAll("[0-9]", "");
        String csu = logAbout("caseworker", "Sam " + surname, place, "Damage to fences " + word);
        String police = logAbout("police", "Sam " + surname, TestReport.newPlace(), "Damage to cars " + word);

        for (String q : List.of(surname, TestReport.misspelt(surname), csu, place.substring(0, 10), word)) {
            List<String> found = references(api.get("police", "/api/search?q=" + q));
            assertThat(found).as("police searching " + q).doesNotContain(csu);
        }
        assertThat(references(api.get("police", "/api/search?q=" + surname))).containsExactly(police);
        assertThat(references(api.get("housing", "/api/search?q=" + surname))).isEmpty();
        assertThat(references(api.get("housing", "/api/search?q=" + police))).isEmpty();
        // The CSU sees both.
        assertThat(references(api.get("caseworker", "/api/search?q=" + surname))).containsExactlyInAnyOrder(csu, police);
    }

    @Test
    void aReportSharedWithAPartnersAgencyIsFoundByThemOnceShared() {
        String surname = TestReport.newSurname();
        String reference = logAbout("caseworker", "Kim " + surname, TestReport.newPlace(), "Graffiti");
        assertThat(references(api.get("housing", "/api/search?q=" + surname))).isEmpty();

        api.addAction("caseworker", reference, "WKHA", java.time.LocalDate.now().plusDays(3));

        assertThat(references(api.get("housing", "/api/search?q=" + surname))).containsExactly(reference);
    }

    @Test
    void typeAndLimitNarrowTheAnswer() {
        String surname = TestReport.newSurname();
        for (int i = 0; i < 3; i++) {
            logAbout("caseworker", "Lee " + surname, TestReport.newPlace(), "Noise");
        }

        assertThat(references(api.get("caseworker", "/api/search?q=" + surname + "&limit=2"))).hasSize(2);
        assertThat(references(api.get("caseworker", "/api/search?q=" + surname + "&type=report"))).hasSize(3);
        // Three reports about one person suggest a Task and Finish Group, proposed about them: found by their name too.
        assertThat(api.get("caseworker", "/api/search?q=" + surname + "&type=TASK_GROUP").at("/results"))
                .allSatisfy(hit -> assertThat(hit.get("type").asText()).isEqualTo("TASK_GROUP"));
        assertThat(references(api.get("caseworker", "/api/search?q=" + surname + "&type=ESCALATION_CASE"))).isEmpty();
    }

    @Test
    void badSearchesAreRefusedAtTheirField() {
        assertField(api.get("caseworker", "/api/search"), "q");
        assertField(api.get("caseworker", "/api/search?q=a"), "q");
        assertField(api.get("caseworker", "/api/search?q=ab\u0000cd"), "q");
        assertField(api.get("caseworker", "/api/search?q=" + "x".repeat(101)), "q");
        assertField(api.get("caseworker", "/api/search?q=smith&type=PERSON"), "type");
        assertField(api.get("caseworker", "/api/search?q=smith&limit=0"), "limit");
        assertField(api.get("caseworker", "/api/search?q=smith&limit=many"), "limit");
        assertThat(api.get(null, "/api/search?q=smith").status()).isEqualTo(401);
    }

    private static void assertField(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.at("/errors/0/field").asText()).isEqualTo(field);
    }
}
