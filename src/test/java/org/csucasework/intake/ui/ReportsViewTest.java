package org.csucasework.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.List;
import org.csucasework.intake.ReportFilter;
import org.csucasework.intake.ReportListItem;
import org.csucasework.shared.Role;
import org.csucasework.support.CaseRecordUiTest;
import org.csucasework.support.TestReport;
import org.junit.jupiter.api.Test;

/** The reports list: my cases first, filters. */
class ReportsViewTest extends CaseRecordUiTest {

    @Test
    void theReportsListOpensOnMyCasesAndFiltersByCategory() {
        String reference = logAbout("caseworker", TestReport.newPerson());

        login("caseworker", Role.CASEWORKER);
        ReportsView view = navigate(ReportsView.class);
        assertThat(GridKt._findAll(view.grid)).extracting(ReportListItem::reference).contains(reference);
        assertThat(GridKt._findAll(view.grid)).extracting(ReportListItem::caseOfficer).containsOnly("caseworker");
        assertThat(view.total.getText()).endsWith("reports").doesNotStartWith("0 ");

        _setValue(view.category, view.category.getListDataView().getItems()
                .filter(c -> c.getCode().equals("ASB_DRUGS")).findFirst().orElseThrow());
        assertThat(GridKt._findAll(view.grid)).extracting(ReportListItem::reference).doesNotContain(reference);
    }

    @Test
    void theListIsTurnedPageByPageWithEveryRowOfAPageShown() {
        for (int i = 0; i < ReportFilter.DEFAULT_SIZE + 1; i++) {
            logAbout("caseworker", TestReport.newPerson());
        }

        login("caseworker", Role.CASEWORKER);
        ReportsView view = navigate(ReportsView.class);
        List<String> first = GridKt._findAll(view.grid).stream().map(ReportListItem::reference).toList();
        assertThat(first).hasSize(ReportFilter.DEFAULT_SIZE);
        assertThat(view.grid.isAllRowsVisible()).as("no scrolling inside the grid").isTrue();
        assertThat(view.pageOf.getText()).startsWith("Page 1 of ");
        assertThat(view.previous.isEnabled()).isFalse();

        _click(view.next);
        assertThat(view.pageOf.getText()).startsWith("Page 2 of ");
        assertThat(GridKt._findAll(view.grid)).extracting(ReportListItem::reference).doesNotContainAnyElementsOf(first)
                .isNotEmpty();
        _click(view.previous);
        assertThat(GridKt._findAll(view.grid)).extracting(ReportListItem::reference).containsExactlyElementsOf(first);
    }
}
