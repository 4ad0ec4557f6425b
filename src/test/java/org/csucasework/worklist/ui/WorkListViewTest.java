package org.csucasework.worklist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.time.LocalDate;
import org.csucasework.shared.Role;
import org.csucasework.support.CaseRecordUiTest;
import org.csucasework.support.TestReport;
import org.csucasework.worklist.WorkItem;
import org.junit.jupiter.api.Test;

/** The work list: steps for the role, actions for the agency, each linked to its case. */
class WorkListViewTest extends CaseRecordUiTest {

    @Test
    void theWorkListShowsTheReviewOfANewReportAndAnActionOfTheAgencyLinkedToTheirCases() {
        String reference = logAbout("caseworker", TestReport.newPerson());
        api.addAction("caseworker", reference, "WKHA", LocalDate.now().plusDays(2));

        login("caseworker", Role.CASEWORKER);
        WorkListView view = navigate(WorkListView.class);
        assertThat(GridKt._findAll(view.grid)).anySatisfy(item -> {
            assertThat(item.reference()).isEqualTo(reference);
            assertThat(item.kind()).isEqualTo(WorkItem.Kind.STEP);
            assertThat(item.url()).isEqualTo("reports/" + reference);
        });

        logout();
        login("housing", Role.PARTNER);
        WorkListView housing = navigate(WorkListView.class);
        assertThat(GridKt._findAll(housing.grid)).anySatisfy(item -> {
            assertThat(item.reference()).isEqualTo(reference);
            assertThat(item.kind()).isEqualTo(WorkItem.Kind.ACTION);
            assertThat(item.url()).isEqualTo("reports/" + reference);
            assertThat(item.note()).isEqualTo("For West Kent Housing Association");
        });
        assertThat(GridKt._findAll(housing.grid)).noneSatisfy(item ->
                assertThat(item.what()).isEqualTo("Review at daily tasking"));
    }
}
