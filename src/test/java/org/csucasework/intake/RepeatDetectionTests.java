package org.csucasework.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.ApiTestClient.Response;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.TestReport;
import org.junit.jupiter.api.Test;

/**
 * Repeat detection on PostgreSQL, through {@code POST /api/reports} with explicit received times: the 12-month
 * repeat window for places and people, the Task and Finish Group suggestion at the third report, the ASB Case Review
 * threshold (3 reports from one reporter or victim in 6 months) and the link to an open report.
 * Every test works on places and people of its own: the database is shared and not reset.
 */
@IntegrationTest
class RepeatDetectionTests extends ApiTestBase {

    // Places

    @Test
    void aSecondReportOnAPlaceWithinTwelveMonthsIsARepeatPlace() {
        String place = TestReport.newPlace();
        Response first = log(TestReport.anonymousAt(place).receivedDaysAgo(350));
        Response second = log(TestReport.anonymousAt(place).receivedDaysAgo(1));

        assertThat(flags(first)).isEmpty();
        assertThat(flags(second)).containsExactly("REPEAT_PLACE");
    }

    @Test
    void aReportOnAPlaceLastReportedMoreThanTwelveMonthsEarlierIsNotARepeat() {
        String place = TestReport.newPlace();
        log(TestReport.anonymousAt(place).receivedDaysAgo(400));
        Response second = log(TestReport.anonymousAt(place).receivedDaysAgo(1));

        assertThat(flags(second)).doesNotContain("REPEAT_PLACE");
    }

    @Test
    void theWindowIsCountedBackFromTheNewReportsReceivedTimeNotFromToday() {
        String place = TestReport.newPlace();
        log(TestReport.anonymousAt(place).receivedDaysAgo(700));
        Response loggedLate = log(TestReport.anonymousAt(place).receivedDaysAgo(400));

        assertThat(flags(loggedLate)).contains("REPEAT_PLACE");
    }

    @Test
    void placesAreMatchedIgnoringCaseSpacingAndPunctuation() {
        String suffix = TestReport.unique();
        log(TestReport.anonymousAt("14 " + suffix + " Road, Sevenoaks").receivedDaysAgo(20));
        Response second = log(TestReport.anonymousAt("14  " + suffix.toUpperCase() + " ROAD Sevenoaks"));

        assertThat(flags(second)).contains("REPEAT_PLACE");
    }

    @Test
    void theThirdReportOnAPlaceWithinTwelveMonthsSuggestsATaskAndFinishGroupAndTheSecondDoesNot() {
        String place = TestReport.newPlace();
        log(TestReport.anonymousAt(place).receivedDaysAgo(300));
        Response second = log(TestReport.anonymousAt(place).receivedDaysAgo(100));
        Response third = log(TestReport.anonymousAt(place).receivedDaysAgo(1));

        assertThat(flags(second)).containsExactly("REPEAT_PLACE");
        assertThat(flags(third)).containsExactlyInAnyOrder("REPEAT_PLACE", "TASK_AND_FINISH_SUGGESTED");
    }

    @Test
    void aThirdReportOnAPlaceWhoseFirstIsOlderThanTwelveMonthsSuggestsNoTaskAndFinishGroup() {
        String place = TestReport.newPlace();
        log(TestReport.anonymousAt(place).receivedDaysAgo(380));
        log(TestReport.anonymousAt(place).receivedDaysAgo(100));
        Response third = log(TestReport.anonymousAt(place).receivedDaysAgo(1));

        assertThat(flags(third)).contains("REPEAT_PLACE").doesNotContain("TASK_AND_FINISH_SUGGESTED");
    }

    // People

    @Test
    void aSecondReportAboutAPersonWithinTwelveMonthsIsARepeatPerson() {
        String person = TestReport.newPerson();
        Response first = log(TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(330)
                .subject("ALLEGED_PERPETRATOR", person));
        Response second = log(TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(2)
                .subject("alleged perpetrator", person));

        assertThat(flags(first)).isEmpty();
        assertThat(flags(second)).containsExactly("REPEAT_PERSON");
    }

    @Test
    void aReportAboutAPersonLastReportedMoreThanTwelveMonthsEarlierIsNotARepeat() {
        String person = TestReport.newPerson();
        log(TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(420).subject("ALLEGED_PERPETRATOR", person));
        Response second = log(TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(2)
                .subject("ALLEGED_PERPETRATOR", person));

        assertThat(flags(second)).doesNotContain("REPEAT_PERSON");
    }

    @Test
    void theThirdReportAboutAPersonWithinTwelveMonthsSuggestsATaskAndFinishGroupAndTheSecondDoesNot() {
        String person = TestReport.newPerson();
        log(TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(200).subject("ALLEGED_PERPETRATOR", person));
        Response second = log(TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(90)
                .subject("WITNESS", person));
        Response third = log(TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(3)
                .subject("ALLEGED_PERPETRATOR", person));

        assertThat(flags(second)).containsExactly("REPEAT_PERSON");
        assertThat(flags(third)).containsExactlyInAnyOrder("REPEAT_PERSON", "TASK_AND_FINISH_SUGGESTED");
    }

    @Test
    void peopleWithTheSameNameButDifferentDatesOfBirthAreNotTheSamePerson() {
        String name = TestReport.newPerson();
        log(TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(30).with("subjects",
                List.of(Map.of("role", "ALLEGED_PERPETRATOR", "name", name, "dateOfBirth", "1990-01-01"))));
        Response other = log(TestReport.anonymousAt(TestReport.newPlace()).with("subjects",
                List.of(Map.of("role", "ALLEGED_PERPETRATOR", "name", name, "dateOfBirth", "2001-06-30"))));

        assertThat(flags(other)).doesNotContain("REPEAT_PERSON");
    }

    // ASB Case Review

    @Test
    void theThirdReportFromTheSameReporterWithinSixMonthsReachesTheCaseReviewThreshold() {
        String reporter = TestReport.newPerson();
        String place = TestReport.newPlace();
        Response first = log(TestReport.anonymousAt(place).receivedDaysAgo(170).reporter(reporter, "07700 900123"));
        Response second = log(TestReport.anonymousAt(place).receivedDaysAgo(60).reporter(reporter, "07700 900123"));
        Response third = log(TestReport.anonymousAt(place).receivedDaysAgo(1).reporter(reporter, "07700 900123"));

        assertThat(flags(first)).doesNotContain("CASE_REVIEW_THRESHOLD");
        assertThat(flags(second)).doesNotContain("CASE_REVIEW_THRESHOLD");
        assertThat(flags(third)).contains("CASE_REVIEW_THRESHOLD");
    }

    @Test
    void theThirdComplaintOfTheSameVictimAboutTheSameBehaviourWithinSixMonthsReachesTheCaseReviewThreshold() {
        String victim = TestReport.newPerson();
        String place = TestReport.newPlace();
        log(TestReport.anonymousAt(place).receivedDaysAgo(150).subject("VICTIM", victim));
        Response second = log(TestReport.anonymousAt(place).receivedDaysAgo(40).subject("VICTIM", victim));
        Response third = log(TestReport.anonymousAt(place).receivedDaysAgo(1).subject("VICTIM", victim));

        assertThat(flags(second)).doesNotContain("CASE_REVIEW_THRESHOLD");
        assertThat(flags(third)).contains("CASE_REVIEW_THRESHOLD");
    }

    @Test
    void unrelatedReportsOfTheSameVictimDoNotCountTowardsTheCaseReviewThreshold() {
        String victim = TestReport.newPerson();
        log(TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(50).subject("VICTIM", victim));
        log(TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(20).subject("VICTIM", victim));
        Response third = log(TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(1).subject("VICTIM", victim));

        assertThat(flags(third)).as("three places, no perpetrator in common: not the same behaviour")
                .doesNotContain("CASE_REVIEW_THRESHOLD");
    }

    @Test
    void theSameAllegedPerpetratorMakesReportsAtDifferentPlacesTheSameBehaviour() {
        String victim = TestReport.newPerson();
        String perpetrator = TestReport.newPerson();
        log(TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(50).subject("VICTIM", victim)
                .subject("ALLEGED_PERPETRATOR", perpetrator));
        log(TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(20).subject("VICTIM", victim)
                .subject("ALLEGED_PERPETRATOR", perpetrator));
        Response third = log(TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(1)
                .subject("VICTIM", victim).subject("ALLEGED_PERPETRATOR", perpetrator));

        assertThat(flags(third)).contains("CASE_REVIEW_THRESHOLD");
    }

    @Test
    void aComplaintMadeMoreThanAMonthAfterTheBehaviourDoesNotCountTowardsTheCaseReviewThreshold() {
        String victim = TestReport.newPerson();
        String place = TestReport.newPlace();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        log(TestReport.anonymousAt(place).receivedDaysAgo(30).subject("VICTIM", victim)
                .with("incidentDate", today.minusDays(95).toString()));
        log(TestReport.anonymousAt(place).receivedDaysAgo(20).subject("VICTIM", victim));
        Response third = log(TestReport.anonymousAt(place).receivedDaysAgo(1).subject("VICTIM", victim));

        assertThat(flags(third)).as("the first was made two months after the behaviour").doesNotContain("CASE_REVIEW_THRESHOLD");
    }

    @Test
    void reportsMadeAsReporterAndAsVictimCountTogetherTowardsTheCaseReviewThreshold() {
        String person = TestReport.newPerson();
        String place = TestReport.newPlace();
        log(TestReport.anonymousAt(place).receivedDaysAgo(120).reporter(person, "07700 900456"));
        log(TestReport.anonymousAt(place).receivedDaysAgo(50).subject("VICTIM", person));
        Response third = log(TestReport.anonymousAt(place).receivedDaysAgo(1).reporter(person, "07700 900456"));

        assertThat(flags(third)).contains("CASE_REVIEW_THRESHOLD");
    }

    @Test
    void beingNamedAsWitnessOrPerpetratorDoesNotCountTowardsTheCaseReviewThreshold() {
        String person = TestReport.newPerson();
        String place = TestReport.newPlace();
        log(TestReport.anonymousAt(place).receivedDaysAgo(120).subject("WITNESS", person));
        log(TestReport.anonymousAt(place).receivedDaysAgo(50).subject("ALLEGED_PERPETRATOR", person));
        Response third = log(TestReport.anonymousAt(place).receivedDaysAgo(1).subject("VICTIM", person));

        assertThat(flags(third)).doesNotContain("CASE_REVIEW_THRESHOLD").contains("TASK_AND_FINISH_SUGGESTED");
    }

    @Test
    void threeReportsFromOneReporterDoNotReachTheCaseReviewThresholdWhenTheFirstIsOlderThanSixMonths() {
        String reporter = TestReport.newPerson();
        String place = TestReport.newPlace();
        log(TestReport.anonymousAt(place).receivedDaysAgo(200).reporter(reporter, "07700 900789"));
        log(TestReport.anonymousAt(place).receivedDaysAgo(60).reporter(reporter, "07700 900789"));
        Response third = log(TestReport.anonymousAt(place).receivedDaysAgo(1).reporter(reporter, "07700 900789"));

        assertThat(flags(third)).doesNotContain("CASE_REVIEW_THRESHOLD");
    }

    @Test
    void aReportReachingTheCaseReviewThresholdIsFlaggedWithoutAProcessStepOfItsOwn() {
        String victim = TestReport.newPerson();
        String place = TestReport.newPlace();
        log(TestReport.anonymousAt(place).receivedDaysAgo(20).subject("VICTIM", victim));
        log(TestReport.anonymousAt(place).receivedDaysAgo(10).subject("VICTIM", victim));
        Response third = log(TestReport.anonymousAt(place).subject("VICTIM", victim));

        Response caseFile = api.get("caseworker", "/api/reports/" + third.text("/reference"));
        assertThat(caseFile.at("/openSteps").findValuesAsText("step")).containsExactly("reviewAtTasking");
        assertThat(textsOf(caseFile.at("/report/flags"))).contains("CASE_REVIEW_THRESHOLD");
    }

    // Linking to an open report

    @Test
    void aNewReportAboutAPlaceWithAnOpenReportIsLinkedToItAndShownWithIt() {
        String place = TestReport.newPlace();
        Response open = log(TestReport.anonymousAt(place).receivedDaysAgo(5));
        Response newer = log(TestReport.anonymousAt(place));

        String openReference = open.text("/reference");
        String newReference = newer.text("/reference");
        assertThat(api.get("caseworker", "/api/reports/" + newReference).text("/report/linkedTo"))
                .isEqualTo(openReference);
        assertThat(textsOf(api.get("caseworker", "/api/reports/" + openReference).at("/report/linkedReports")))
                .containsExactly(newReference);
    }

    @Test
    void aNewReportAboutAPersonWithAnOpenReportIsLinkedToIt() {
        String person = TestReport.newPerson();
        Response open = log(TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(5)
                .subject("ALLEGED_PERPETRATOR", person));
        Response newer = log(TestReport.anonymousAt(TestReport.newPlace()).subject("ALLEGED_PERPETRATOR", person));

        assertThat(api.get("caseworker", "/api/reports/" + newer.text("/reference")).text("/report/linkedTo"))
                .isEqualTo(open.text("/reference"));
    }

    @Test
    void aNewReportAboutAPlaceWhoseEarlierReportIsClosedIsARepeatButIsNotLinked() {
        String place = TestReport.newPlace();
        Response earlier = log(TestReport.anonymousAt(place).receivedDaysAgo(5));
        Response closing = api.post("caseworker", "/api/reports/" + earlier.text("/reference") + "/close",
                Map.of("outcomeCode", "RESOLVED"));
        assertThat(closing.status()).as("closing: %s", closing).isEqualTo(200);

        Response newer = log(TestReport.anonymousAt(place));

        assertThat(flags(newer)).contains("REPEAT_PLACE");
        Response caseFile = api.get("caseworker", "/api/reports/" + newer.text("/reference"));
        assertThat(caseFile.at("/report/linkedTo").isNull()).as("linkedTo in %s", caseFile.at("/report")).isTrue();
        assertThat(textsOf(api.get("caseworker", "/api/reports/" + earlier.text("/reference"))
                .at("/report/linkedReports"))).isEmpty();
    }

    private Response log(TestReport report) {
        return api.logReportChoosingKnownPeople("caseworker", report.body());
    }

    private static Set<String> flags(Response response) {
        return textsOf(response.at("/flags"));
    }

    private static Set<String> textsOf(JsonNode array) {
        Set<String> texts = new LinkedHashSet<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
