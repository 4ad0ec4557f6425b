package org.csucasework.intake.api;

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
 * {@code GET /api/reports}: a page of the reports the caller may see with the list's total; filters by status, ward,
 * category, case officer ("my cases"), age and flags; sorting and paging; a partner sees only their agency's.
 */
@IntegrationTest
class ReportListApiTests extends ApiTestBase {

    private List<String> references(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> references = new ArrayList<>();
        for (JsonNode item : response.at("/items")) {
            references.add(item.get("reference").asText());
        }
        return references;
    }

    private String log(String user, TestReport report) {
        return api.logReport(user, report.body()).text("/reference");
    }

    @Test
    void myCasesAreTheReportsIAmCaseOfficerForNewestFirstWithTheListsTotal() {
        String first = log("caseworker", TestReport.anonymousAt(TestReport.newPlace()));
        String second = log("caseworker", TestReport.anonymousAt(TestReport.newPlace()).receivedAt(java.time.Instant.now()));

        Response mine = api.get("caseworker", "/api/reports?owner=me&status=OPEN&size=100");

        // Other tests' reports may sit between the two (received in between): the order of these two is what counts.
        List<String> mineListed = references(mine);
        assertThat(mineListed).contains(second, first);
        assertThat(mineListed.indexOf(second)).isLessThan(mineListed.indexOf(first));
        assertThat(mine.at("/total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(mine.at("/items/0/caseOfficer").asText()).isEqualTo("caseworker");
        assertThat(mine.at("/items/0/categoryName").asText()).isNotBlank();
        assertThat(references(api.get("supervisor", "/api/reports?owner=supervisor&status=OPEN&size=100")))
                .doesNotContain(first, second);
        assertThat(references(api.get("supervisor", "/api/reports?owner=caseworker&status=OPEN&size=100")))
                .contains(first, second);
    }

    @Test
    void pagesSplitTheListAndTheTotalStaysTheSame() {
        for (int i = 0; i < 3; i++) {
            log("caseworker", TestReport.anonymousAt(TestReport.newPlace()));
        }
        Response page0 = api.get("caseworker", "/api/reports?owner=me&size=2&page=0");
        Response page1 = api.get("caseworker", "/api/reports?owner=me&size=2&page=1");

        assertThat(references(page0)).hasSize(2);
        assertThat(references(page1)).hasSize(2).doesNotContainAnyElementsOf(references(page0));
        assertThat(page0.at("/total").asLong()).isEqualTo(page1.at("/total").asLong()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void filtersByWardCategoryAgeAndFlagsAndSortsByReference() {
        String place = TestReport.newPlace();
        String old = log("caseworker", TestReport.anonymousAt(place).receivedDaysAgo(10));
        String repeat = log("caseworker", TestReport.anonymousAt(place).with("categoryCode", "ASB_DRUGS"));

        assertThat(references(api.get("caseworker", "/api/reports?owner=me&olderThanDays=7&size=100")))
                .contains(old).doesNotContain(repeat);
        assertThat(references(api.get("caseworker", "/api/reports?owner=me&flag=REPEAT_PLACE&size=100")))
                .contains(repeat).doesNotContain(old);
        assertThat(references(api.get("caseworker", "/api/reports?owner=me&categoryCode=ASB_DRUGS&size=100")))
                .contains(repeat).doesNotContain(old);
        // Narrowed by a second filter: the whole suite leaves far more than a page of the caseworker's reports there.
        assertThat(references(api.get("caseworker", "/api/reports?owner=me&wardCode=" + TestReport.WARD
                + "&categoryCode=ASB_DRUGS&size=100"))).contains(repeat);
        assertThat(references(api.get("caseworker", "/api/reports?owner=me&wardCode=" + TestReport.WARD
                + "&olderThanDays=7&size=100"))).contains(old);
        List<String> byReference = references(api.get("caseworker", "/api/reports?owner=me&sort=reference,asc&size=100"));
        assertThat(byReference).isSorted();
    }

    @Test
    void aPartnerListsOnlyTheirAgencysReportsAndThoseSharedWithIt() {
        String csu = log("caseworker", TestReport.anonymousAt(TestReport.newPlace()));
        String police = log("police", TestReport.anonymousAt(TestReport.newPlace()));

        Response list = api.get("police", "/api/reports?status=OPEN&size=100");

        assertThat(references(list)).contains(police).doesNotContain(csu);
        assertThat(references(api.get("housing", "/api/reports?status=OPEN&size=100"))).doesNotContain(csu, police);
        assertThat(references(api.get("housing", "/api/reports?owner=caseworker&size=100"))).doesNotContain(csu);
    }

    @Test
    void badFiltersAreRefusedAtTheirField() {
        assertField(api.get("caseworker", "/api/reports?status=LOST"), "status");
        assertField(api.get("caseworker", "/api/reports?size=0"), "size");
        assertField(api.get("caseworker", "/api/reports?size=1000"), "size");
        assertField(api.get("caseworker", "/api/reports?page=-1"), "page");
        assertField(api.get("caseworker", "/api/reports?sort=colour"), "sort");
        assertField(api.get("caseworker", "/api/reports?olderThanDays=soon"), "olderThanDays");
        assertField(api.get("caseworker", "/api/reports?flag=SHINY"), "flag");
        assertField(api.get("caseworker", "/api/reports?wardCode=NOWHERE"), "wardCode");
        assertField(api.get("caseworker", "/api/reports?categoryCode=NOTHING"), "categoryCode");
    }

    private static void assertField(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.at("/errors/0/field").asText()).isEqualTo(field);
    }
}
