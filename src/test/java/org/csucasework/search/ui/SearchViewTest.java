package org.csucasework.search.ui;

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

/** The search results page: cases found with links, nothing of another agency's for a partner. */
class SearchViewTest extends KaribuUiTest {

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
    void theSearchPageListsTheCasesFoundWithLinksAndAPartnerOfAnotherAgencySeesNone() {
        String surname = TestReport.newSurname();
        String reference = logAbout("caseworker", "Jo " + surname);

        login("caseworker", Role.CASEWORKER);
        navigate("search?q=" + TestReport.misspelt(surname));
        SearchView view = _get(SearchView.class);
        assertThat(resultTitles()).singleElement().asString().startsWith(reference);
        assertThat(view.summary.getText()).startsWith("1 case found");
        assertThat(_find(Anchor.class).stream().filter(a -> a.hasClassName("search-hit-title")).findFirst()
                .orElseThrow().getHref()).isEqualTo("/reports/" + reference);

        logout();
        login("housing", Role.PARTNER);
        navigate("search?q=" + surname);
        assertThat(resultTitles()).isEmpty();
        assertThat(_get(SearchView.class).summary.getText()).startsWith("Nothing found");

        navigate("search?q=x");
        assertThat(_get(SearchView.class).query.isInvalid()).isTrue();
    }
}
