package org.csucasework.shared.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.csucasework.shared.personaldata.SubjectAccessRecords.ActionRecord;
import org.csucasework.shared.personaldata.SubjectAccessRecords.Note;
import org.csucasework.shared.personaldata.SubjectAccessRecords.ReportRecord;
import org.junit.jupiter.api.Test;

/**
 * The modules are called in no set order: a section added before the parts other modules hold of it still has them
 * when the export is read.
 */
class SubjectAccessTest {

    private final SubjectAccess access = new SubjectAccess(7, Map.of(RecordType.REPORT, List.of(11L)));

    @Test
    void aSectionReadsThePartsAddedAfterIt() {
        access.addReport(() -> report(access.referrals(11), access.actions(RecordType.REPORT, 11),
                access.timeline(RecordType.REPORT, 11)));
        ActionRecord action = new ActionRecord("SDC_CSU", "Visit", LocalDate.of(2026, 1, 5), "OPEN", null);
        Note logged = new Note(Instant.parse("2026-01-02T10:00:00Z"), "LOGGED", "Logged");
        access.actions(RecordType.REPORT, 11, List.of(action));
        access.timeline(RecordType.REPORT, 11, List.of(logged));

        assertThat(access.reports()).singleElement().satisfies(report -> {
            assertThat(report.actions()).containsExactly(action);
            assertThat(report.timeline()).containsExactly(logged);
            assertThat(report.referrals()).isEmpty();
        });
    }

    @Test
    void theRecordsOfATypeTheyAreNotInAreNone() {
        assertThat(access.records(RecordType.REPORT)).containsExactly(11L);
        assertThat(access.records(RecordType.CASE_REVIEW)).isEmpty();
        assertThat(access.reports()).isEmpty();
    }

    private static ReportRecord report(List<Note> referrals, List<ActionRecord> actions, List<Note> timeline) {
        return new ReportRecord("R-1", null, "NOIALM", null, null, List.of("REPORTER"), "OPEN", "About", null, null,
                null, referrals, actions, timeline);
    }
}
