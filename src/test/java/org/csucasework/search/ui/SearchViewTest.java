package org.csucasework.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.csucasework.shared.Role;
import org.csucasework.support.CaseRecordUiTest;
import org.csucasework.support.TestReport;
import org.junit.jupiter.api.Test;

/** The search results page: cases found with links, nothing of another agency's for a partner. */
class SearchViewTest extends CaseRecordUiTest {

    /** Opens the results page as the search box does. */
    private static void search(String text) {
        UI.getCurrent().navigate("search", QueryParameters.of("q", text));
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
        search(TestReport.misspelt(surname));
        SearchView view = _get(SearchView.class);
        assertThat(resultTitles()).singleElement().asString().startsWith(reference);
        assertThat(view.summary.getText()).startsWith("1 case found");
        assertThat(_find(Anchor.class).stream().filter(a -> a.hasClassName("search-hit-title")).findFirst()
                .orElseThrow().getHref()).isEqualTo("/reports/" + reference);

        logout();
        login("housing", Role.PARTNER);
        search(surname);
        assertThat(resultTitles()).isEmpty();
        assertThat(_get(SearchView.class).summary.getText()).startsWith("Nothing found");

        search("x");
        assertThat(_get(SearchView.class).query.isInvalid()).isTrue();
    }
}
