package org.csucasework.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportSummary;
import org.csucasework.shared.ValidationException;
import org.csucasework.support.ApiTestBase;
import org.csucasework.support.ApiTestClient.Response;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.TestReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The supervisors' duplicates review (issue 16, decision 0020) on PostgreSQL: a merge moves every report to the record
 * kept, and its undo restores exactly what it moved; a split moves the chosen reports to a new record.
 */
@IntegrationTest
class DuplicatesReviewIntegrationTests extends ApiTestBase {

    @Autowired
    DuplicatesService duplicates;
    @Autowired
    ReportService reports;
    @Autowired
    PeopleService people;

    @Test
    void aMergeMovesEveryReportToTheRecordKeptAndAnUndoRestoresThem() {
        String name = TestReport.newPerson();
        Response first = log(TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(20).subject("VICTIM", name));
        Response second = log(TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(10)
                .reporter(name, "07700 900321"));
        long kept = first.at("/people/subjects/0").asLong();
        long merged = second.at("/people/reporter").asLong();
        assertThat(merged).isNotEqualTo(kept);

        PersonMerge merge = signedIn.as("supervisor", () -> duplicates.merge(kept, merged, "Same date of birth on file"));

        assertThat(referencesAbout(kept)).containsExactlyInAnyOrder(first.text("/reference"), second.text("/reference"));
        assertThat(referencesAbout(merged)).isEmpty();
        assertThat(signedIn.as("caseworker", () -> people.person(merged)).orElseThrow().getMergedIntoId()).isEqualTo(kept);
        Response third = log(TestReport.anonymousAt(TestReport.newPlace()).subjectOnRecord("VICTIM", merged));
        assertThat(third.at("/people/subjects/0").asLong()).as("a merged record chosen links the record kept")
                .isEqualTo(kept);
        assertThat(texts(third)).contains("REPEAT_PERSON");

        signedIn.run("supervisor", () -> duplicates.undo(merge.getId()));

        assertThat(referencesAbout(kept)).containsExactlyInAnyOrder(first.text("/reference"), third.text("/reference"));
        assertThat(referencesAbout(merged)).containsExactly(second.text("/reference"));
        assertThat(signedIn.as("caseworker", () -> people.person(merged)).orElseThrow().getMergedIntoId()).isNull();
    }

    @Test
    void anOlderMergeIsUndoneWhileALaterOneStaysAndTheListSaysWhichCanStillBeUndone() {
        long[] older = twoRecords();
        long[] later = twoRecords();
        PersonMerge first = signedIn.as("supervisor", () -> duplicates.merge(older[0], older[1], "Older merge"));
        PersonMerge second = signedIn.as("supervisor", () -> duplicates.merge(later[0], later[1], "Later merge"));
        assertThat(signedIn.as("supervisor", duplicates::undoable)).extracting(DuplicatesService.RecentChange::id)
                .containsSubsequence(second.getId(), first.getId());

        signedIn.run("supervisor", () -> duplicates.undo(first.getId()));

        assertThat(signedIn.as("caseworker", () -> people.person(older[1])).orElseThrow().getMergedIntoId()).isNull();
        assertThat(signedIn.as("caseworker", () -> people.person(later[1])).orElseThrow().getMergedIntoId())
                .isEqualTo(later[0]);
        List<DuplicatesService.RecentChange> undoable = signedIn.as("supervisor", duplicates::undoable);
        assertThat(undoable).extracting(DuplicatesService.RecentChange::id).contains(second.getId())
                .doesNotContain(first.getId());
        DuplicatesService.RecentChange listed = undoable.stream().filter(c -> c.id().equals(second.getId()))
                .findFirst().orElseThrow();
        assertThat(listed.doneBy()).isEqualTo("supervisor");
        assertThat(listed.reason()).isEqualTo("Later merge");
        assertThat(listed.from().getId()).isEqualTo(later[1]);
        assertThat(listed.to().getId()).isEqualTo(later[0]);
    }

    /** Two records of one new name, each with a report. */
    private long[] twoRecords() {
        String name = TestReport.newPerson();
        long one = log(TestReport.anonymousAt(TestReport.newPlace()).subject("WITNESS", name))
                .at("/people/subjects/0").asLong();
        long other = log(TestReport.anonymousAt(TestReport.newPlace()).subject("WITNESS", name))
                .at("/people/subjects/0").asLong();
        assertThat(other).isNotEqualTo(one);
        return new long[] {one, other};
    }

    @Test
    void aSplitMovesTheChosenReportsToANewRecord() {
        String name = TestReport.newPerson();
        Response first = log(TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(20).subject("WITNESS", name));
        long person = first.at("/people/subjects/0").asLong();
        Response second = log(TestReport.anonymousAt(TestReport.newPlace()).receivedDaysAgo(10)
                .subjectOnRecord("WITNESS", person));

        PersonMerge split = signedIn.as("supervisor", () -> duplicates.split(person,
                List.of(second.at("/id").asLong()), "A different man: lives in Edenbridge"));

        assertThat(referencesAbout(person)).containsExactly(first.text("/reference"));
        assertThat(referencesAbout(split.getToPersonId())).containsExactly(second.text("/reference"));
    }

    @Test
    void aMergeWithoutAReasonOrOfARecordWithItselfIsRefusedAtTheFields() {
        long person = log(TestReport.anonymousAt(TestReport.newPlace()).subject("WITNESS", TestReport.newPerson()))
                .at("/people/subjects/0").asLong();

        assertThatThrownBy(() -> signedIn.run("supervisor", () -> duplicates.merge(person, person, " ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(org.csucasework.shared.FieldError::field).contains("reason", "mergedId"));
    }

    private List<String> referencesAbout(long personId) {
        return signedIn.as("supervisor", () -> reports.historyOfPerson(personId)).stream()
                .map(ReportSummary::reference).toList();
    }

    private Response log(TestReport report) {
        return api.logReport("caseworker", report.body());
    }

    private static List<String> texts(Response response) {
        List<String> flags = new java.util.ArrayList<>();
        response.at("/flags").forEach(n -> flags.add(n.asText()));
        return flags;
    }
}
