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

/** Editing a report on screen: a correction saved; a conflict keeps what was typed; a fault marks its field. */
class ReportEditViewTest extends KaribuUiTest {

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
    void anEditSavesTheCorrectionAndAConflictKeepsWhatWasTypedUntilTheUserSavesOverIt() {
        String reference = logAbout("caseworker", TestReport.newPerson());
        login("caseworker", Role.CASEWORKER);
        navigate("reports/" + reference + "/edit");
        ReportEditView edit = _get(ReportEditView.class);

        // Someone else corrects the report while the page is open.
        long version = api.get("supervisor", "/api/reports/" + reference).at("/report/version").asLong();
        assertThat(api.patch("supervisor", "/api/reports/" + reference,
                Map.of("version", version, "description", "The supervisor's correction")).status()).isEqualTo(200);

        _setValue(edit.description, "My correction: it was at the back of the flats");
        _click(edit.save);
        assertThat(edit.message.getElement().getText()).contains("Someone else changed report " + reference);
        assertThat(edit.description.getValue()).isEqualTo("My correction: it was at the back of the flats");
        assertThat(api.get("caseworker", "/api/reports/" + reference).at("/report/description").asText())
                .isEqualTo("The supervisor's correction");

        _click(_get(edit.message, Button.class, spec -> spec.withText("Save my changes over theirs")));
        assertThat(api.get("caseworker", "/api/reports/" + reference).at("/report/description").asText())
                .isEqualTo("My correction: it was at the back of the flats");
    }

    @Test
    void anEditWithAFaultMarksTheFieldAndSavesNothing() {
        String reference = logAbout("caseworker", TestReport.newPerson());
        login("caseworker", Role.CASEWORKER);
        navigate("reports/" + reference + "/edit");
        ReportEditView edit = _get(ReportEditView.class);

        _setValue(edit.description, " ");
        _click(edit.save);

        assertThat(edit.description.isInvalid()).isTrue();
        assertThat(edit.description.getErrorMessage()).isEqualTo("Describe what was reported");
        assertThat(api.get("caseworker", "/api/reports/" + reference).at("/report/description").asText())
                .isEqualTo(TestReport.anonymousAt("x").body().get("description"));
    }
}
