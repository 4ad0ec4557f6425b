package org.csucasework.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.csucasework.intake.ReportListItem;
import org.csucasework.intake.ui.ReportEditView;
import org.csucasework.intake.ui.ReportsView;
import org.csucasework.search.ui.SearchView;
import org.csucasework.shared.Role;
import org.csucasework.support.ApiTestClient;
import org.csucasework.support.KaribuUiTest;
import org.csucasework.support.TestReport;
import org.csucasework.worklist.WorkItem;
import org.csucasework.worklist.ui.WorkListView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The reports list: my cases first, filters. */
class ReportsViewTest extends KaribuUiTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;
    private ApiTestClient api;

    @BeforeEach
    void client() {
        api = new ApiTestClient(mvc, json);
    }

    private String logAbout(String user, String name) {
        return api.logReport(user, TestReport.anonymousAt(TestReport.newPlace()).subject("ALLEGED_PERPETRATOR", name)
                .body()).text("/reference");
    }

    private List<String> resultTitles() {
        return _find(Anchor.class).stream().filter(a -> a.hasClassName("search-hit-title")).map(Anchor::getText)
                .toList();
    }

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
}
