package org.csucasework.casereview.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.csucasework.casehistory.HistoryItem;
import org.csucasework.casereview.CaseReviewFixtures;
import org.csucasework.casereview.CaseReviewService;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ui.IntakeUiTestSupport;
import org.csucasework.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The review page browserless: the coordinator's forms keep what was typed and mark the refused field; a caseworker
 * is told who takes the next step instead of being offered buttons the service would refuse; the one history is
 * the shared panel.
 */
class CaseReviewViewUiTest extends IntakeUiTestSupport {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    ReportService reports;
    @Autowired
    CaseReviewService applications;

    private String metThreshold() {
        SignedIn signedIn = new SignedIn(accounts);
        CaseReviewFixtures fixtures = new CaseReviewFixtures(signedIn, reports, applications);
        String reference = fixtures.apply(List.of(fixtures.complaint(20, 1), fixtures.complaint(10, 1),
                fixtures.complaint(2, 1))).reference();
        signedIn.run("supervisor", () -> applications.decide(reference, true, null, -1));
        return reference;
    }

    @Test
    void theCoordinatorsFormsMarkTheRefusedFieldAndKeepWhatWasTyped() {
        String reference = metThreshold();
        signInAs("supervisor");
        navigateTo("case-reviews/" + reference);

        _click(_get(Button.class, spec -> spec.withText("Save the meeting")));
        DatePicker meetingDate = _get(DatePicker.class, spec -> spec.withLabel("Date of the review meeting"));
        assertThat(meetingDate.isInvalid()).isTrue();
        assertThat(meetingDate.getErrorMessage()).isEqualTo("Enter the date of the review meeting");
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withLabel("Agencies invited to the review"))
                .isInvalid()).isTrue();

        TextArea recommendation = _get(TextArea.class,
                spec -> spec.withLabel("Recommendation (the action the agency is to take)"));
        _setValue(recommendation, "Visit with the landlord");
        _click(_get(Button.class, spec -> spec.withText("Add the recommendation")));
        assertThat(recommendation.getValue()).as("kept after the refusal").isEqualTo("Visit with the landlord");
        assertThat(_get(Select.class, spec -> spec.withLabel("Agency to carry out the recommendation")).isInvalid())
                .isTrue();
        assertThat(_find(Grid.class, spec -> spec.withClasses("history-grid"))).as("the one history panel")
                .hasSize(1);
        @SuppressWarnings("unchecked")
        Grid<HistoryItem> history = _get(Grid.class, spec -> spec.withClasses("history-grid"));
        assertThat(history.getGenericDataView().getItems().map(HistoryItem::code).toList())
                .contains("THRESHOLD_DECIDED", "LETTER_DECISION", "APPLIED");
    }

    @Test
    void aCaseworkerIsToldWhoTakesTheNextStepAndOfferedNoStep() {
        String reference = metThreshold();
        signInAs("caseworker");
        navigateTo("case-reviews/" + reference);

        assertThat(_find(Button.class, spec -> spec.withText("Save the meeting"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Record the outcome (review held)"))).isEmpty();
        assertThat(currentView().getElement().getTextRecursively())
                .contains("For the Case Review coordinators (supervisors): Hold the review and record its outcome.");
    }
}
