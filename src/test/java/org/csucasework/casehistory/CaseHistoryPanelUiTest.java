package org.csucasework.casehistory;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.csucasework.intake.LoggedReport;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ui.IntakeUiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The one history on the report page, browserless: notes, contacts, corrections and documents. */
class CaseHistoryPanelUiTest extends IntakeUiTestSupport {

    @Autowired
    ReportService reports;

    private String openNewReport() {
        signInAs("caseworker");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        LoggedReport report = reports.log(new NewReport(Instant.now().minus(1, ChronoUnit.HOURS), "NOIMUS",
                "E05005008", null, "9 History Lane " + unique, "SDC_CSU", true, null, List.of(),
                "Shouting in the street at night."), null);
        navigateTo("reports/" + report.reference());
        return report.reference();
    }

    @SuppressWarnings("unchecked")
    private static Grid<HistoryItem> grid() {
        return _get(Grid.class, spec -> spec.withClasses("history-grid"));
    }

    private static String what(int row) {
        return GridKt._getCellComponent(grid(), row, "what").getElement().getTextRecursively();
    }

    @Test
    void aNoteAndItsCorrectionAreShownNewestFirstWithNamesAndUkDates() {
        openNewReport();

        _setValue(_get(TextArea.class, spec -> spec.withId("history-note-text")), "Visited number 5 at 10pm.");
        _click(_get(Button.class, spec -> spec.withText("Add note")));

        assertThat(GridKt._getFormatted(grid(), 0, "kind")).isEqualTo("Note");
        assertThat(GridKt._getFormatted(grid(), 0, "who")).isEqualTo("Casey Caseworker");
        assertThat(GridKt._getFormatted(grid(), 0, "when")).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}");
        assertThat(what(0)).isEqualTo("Visited number 5 at 10pm.");

        _click((Button) GridKt._getCellComponent(grid(), 0, "correct"));
        _setValue(_get(TextArea.class, spec -> spec.withId("history-note-text")), "It was number 7.");
        _click(_get(Button.class, spec -> spec.withText("Add correction")));

        assertThat(what(0)).startsWith("It was number 7.").contains("Corrects the note of");
        assertThat(what(1)).startsWith("Visited number 5 at 10pm.").contains("Corrected by a later note");
        assertThat(_find(Button.class, spec -> spec.withText("Add correction"))).isEmpty();
    }

    @Test
    void aContactNeedsHowItWasMadeAndIsThenInTheHistory() {
        openNewReport();
        _setValue(_get(TextArea.class, spec -> spec.withId("history-note-text")), "Rang the reporter.");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel(
                "This note records a contact with the reporter or victim")), true);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Contact with")), "the reporter");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Outcome of the contact")), "Happy with the plan.");

        _click(_get(Button.class, spec -> spec.withText("Add note")));
        @SuppressWarnings("unchecked")
        Select<ContactMethod> how = _get(Select.class, spec -> spec.withLabel("How"));
        assertThat(how.isInvalid()).isTrue();
        assertThat(how.getErrorMessage()).isEqualTo("Say how the contact was made");
        assertThat(_get(TextArea.class, spec -> spec.withId("history-note-text")).getValue())
                .as("nothing typed is lost").isEqualTo("Rang the reporter.");

        _setValue(how, ContactMethod.PHONE);
        _click(_get(Button.class, spec -> spec.withText("Add note")));

        assertThat(GridKt._getFormatted(grid(), 0, "kind")).isEqualTo("Contact");
        assertThat(what(0)).contains("Rang the reporter.", "Contact with the reporter by phone",
                "Outcome: Happy with the plan.");
    }

    @Test
    void aPhotoIsAttachedWithADownloadLinkAndAProgramCalledPdfIsRefusedNamingIt() throws Exception {
        openNewReport();
        Upload upload = _get(Upload.class);

        UploadKt._upload(upload, "damage.jpg", "image/jpeg", CaseDocumentsApiTests.png());
        MockVaadin.clientRoundtrip();

        assertThat(GridKt._getFormatted(grid(), 0, "kind")).isEqualTo("Document");
        assertThat(what(0)).startsWith("Attached damage.jpg (PNG image,");
        assertThat(GridKt._getCellComponent(grid(), 0, "correct")).isInstanceOf(Anchor.class);

        byte[] program = Files.readAllBytes(Files.exists(Path.of("/usr/bin/true")) ? Path.of("/usr/bin/true")
                : Path.of("/bin/true"));
        UploadKt._upload(upload, "minutes.pdf", "application/pdf", program);
        MockVaadin.clientRoundtrip();

        Paragraph error = _get(Paragraph.class, spec -> spec.withClasses("attach-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("\"minutes.pdf\" cannot be attached");
        assertThat(GridKt._findAll(grid())).filteredOn(item -> item.kind() == EntryKind.DOCUMENT)
                .as("no second document").hasSize(1);
    }
}
