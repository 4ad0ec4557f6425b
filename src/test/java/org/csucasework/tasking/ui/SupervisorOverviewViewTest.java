package org.csucasework.tasking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import org.csucasework.intake.ReportSummary;
import org.csucasework.support.IntegrationTest;
import org.junit.jupiter.api.Test;

@IntegrationTest
class SupervisorOverviewViewTest extends TaskingUiTestSupport {

    @Test
    void theSupervisorSeesOpenReportsOldestFirstWithTheirAge() {
        String reference = logReport("Fly-tipping behind the shops");
        signIn("supervisor");
        UI.getCurrent().navigate(SupervisorOverviewView.class);
        SupervisorOverviewView view = _get(SupervisorOverviewView.class);

        var open = GridKt._findAll(view.openReports);
        assertThat(open).extracting(ReportSummary::receivedAt).isSorted();
        if (open.size() < SupervisorOverviewView.OPEN_REPORTS_SHOWN) {
            assertThat(open).extracting(ReportSummary::reference).contains(reference);
        }
        assertThat(GridKt._findAll(view.ageBands)).extracting(SupervisorOverviewView.AgeBand::band)
                .containsExactly("Up to 7 days", "8 to 28 days", "29 to 90 days", "Over 90 days");
        assertThat(GridKt._findAll(view.byAgency)).allSatisfy(row -> assertThat(row.count()).isPositive());
    }

    @Test
    void aPartnerOfficerIsTurnedAwayFromTheOverviewByTheRoute() {
        signIn("police");
        assertThatThrownBy(() -> UI.getCurrent().navigate(SupervisorOverviewView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
