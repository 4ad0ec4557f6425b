package org.csucasework.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csucasework.intake.HateCharacteristic;
import org.csucasework.shared.Role;
import org.csucasework.support.CaseRecordUiTest;
import org.csucasework.support.TestReport;
import org.junit.jupiter.api.Test;

/** Editing a report on screen: a correction saved; a conflict keeps what was typed; a fault marks its field. */
class ReportEditViewTest extends CaseRecordUiTest {

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
        assertThat(edit.message.getElement().getTextRecursively()).contains("Someone else changed report " + reference);
        assertThat(edit.description.getValue()).isEqualTo("My correction: it was at the back of the flats");
        assertThat(api.get("caseworker", "/api/reports/" + reference).at("/report/description").asText())
                .isEqualTo("The supervisor's correction");

        _click(_get(edit.message, Button.class, spec -> spec.withText("Save my changes over theirs")));
        assertThat(api.get("caseworker", "/api/reports/" + reference).at("/report/description").asText())
                .isEqualTo("My correction: it was at the back of the flats");
    }

    @Test
    void theProtectedCharacteristicsAreTickedByNameChangedByAnEditAndShownByNameOnTheReportPage() {
        String reference = api.logReport("caseworker", TestReport.anonymousAt(TestReport.newPlace())
                .subject("VICTIM", TestReport.newPerson()).with("hateCharacteristics", List.of("RACE")).body())
                .text("/reference");
        login("caseworker", Role.CASEWORKER);
        navigate("reports/" + reference + "/edit");
        ReportEditView edit = _get(ReportEditView.class);
        assertThat(edit.targetedFor.getValue()).containsExactly(HateCharacteristic.RACE);
        assertThat(edit.targetedFor.getItemLabelGenerator().apply(HateCharacteristic.RACE))
                .isEqualTo("Race or ethnicity");

        _setValue(edit.targetedFor, Set.of(HateCharacteristic.DISABILITY, HateCharacteristic.SEXUAL_ORIENTATION));
        _click(edit.save);

        navigate("reports/" + reference);
        String page = _get(org.csucasework.tasking.ui.ReportView.class).getElement().getTextRecursively();
        assertThat(page).contains("Possible hate incident: targeted for")
                .contains("Disability, Sexual orientation").doesNotContain("Race or ethnicity")
                .doesNotContain("SEXUAL_ORIENTATION");
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
