package org.csucasework.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.SubjectRole;
import org.csucasework.reference.Agency;
import org.csucasework.reference.Category;
import org.csucasework.reference.Ward;
import org.csucasework.shared.FieldError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The intake form on its own: no Spring, no database; suggestions and choices are handed to it. */
class ReportFormTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final List<Category> categories = List.of(
            new Category("NOIMUS", "Loud music", "NOISE", "NUISANCE"),
            new Category("ASB_GRAFFITI", "Graffiti", "ASB", "ENVIRONMENTAL"));
    private final List<Ward> wards = List.of(new Ward("E05005008", "Ash"), new Ward("E05005009", "Brasted"));
    private final List<Agency> agencies = List.of(new Agency("SDC_CSU", "Community Safety", true),
            new Agency("KENT_POLICE", "Kent Police", true));
    private final List<PlaceOption> placesOnRecord = List.of(new PlaceOption(7L, "1 High Street, Ash", "E05005009", "Brasted"));
    private final List<PersonOption> peopleOnRecord = List.of(
            new PersonOption(11L, "Jo Bloggs", LocalDate.of(1980, 2, 3), "01732 123456", null, null));

    private final List<ReportDraft> saved = new ArrayList<>();
    private ReportForm form;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private ReportForm form(boolean withPeopleSuggestions) {
        ReportDraft draft = new ReportDraft();
        draft.setReceivedAt(LocalDateTime.of(2026, 3, 1, 14, 30));
        form = new ReportForm(draft, categories, wards, agencies,
                text -> placesOnRecord.stream().filter(p -> p.label().toLowerCase().contains(text.toLowerCase())).toList(),
                withPeopleSuggestions ? text -> peopleOnRecord : null);
        form.addSaveListener(e -> saved.add(e.getDraft()));
        UI.getCurrent().add(form);
        return form;
    }

    @Test
    void savingFiresOneSaveEventAndDisablesTheButtonUntilTheOwnerAnswers() {
        form(true);
        _click(form.saveButton());

        assertThat(saved).hasSize(1);
        assertThat(form.saveButton().isEnabled()).isFalse();
        assertThatThrownBy(() -> _click(form.saveButton())).isInstanceOf(IllegalStateException.class);
        assertThat(saved).hasSize(1);

        form.showErrors(List.of(new FieldError("description", "Describe what was reported")));
        assertThat(form.saveButton().isEnabled()).isTrue();
    }

    @Test
    void aDraftKeepsOneIdempotencyKeyAcrossSaves() {
        form(true);
        _click(form.saveButton());
        form.showProblem("The connection was lost");
        _click(form.saveButton());

        assertThat(saved).hasSize(2);
        assertThat(saved.get(0).getIdempotencyKey()).isEqualTo(saved.get(1).getIdempotencyKey()).isNotBlank();
        assertThat(new ReportDraft().getIdempotencyKey()).isNotEqualTo(saved.get(0).getIdempotencyKey());
    }

    @Test
    void errorsAreShownAtTheirFieldsAndWhatWasTypedIsKept() {
        form(false);
        _setValue(form.descriptionField(), "Loud music every night");
        _setValue((TextField) form.reporterNameField(), "Jo Bloggs");
        _click(form.addSubjectButton());   // left empty: not sent
        _click(form.addSubjectButton());
        SubjectRow second = form.subjectRows().get(1);
        _setValue((TextField) second.name, "Sam Noisy");
        _click(form.saveButton());

        form.showErrors(List.of(
                new FieldError("categoryCode", "Choose a category"),
                new FieldError("location", "Enter the address or the name of the place"),
                new FieldError("reporter.phone", "Enter a phone number or an e-mail address"),
                new FieldError("subjects[0].role", "Choose how this person is involved"),
                new FieldError("Idempotency-Key", "At most 100 characters")));

        assertInvalid(form.categoryField(), "Choose a category");
        assertInvalid(form.placeField(), "Enter the address or the name of the place");
        assertInvalid(form.reporterPhoneField(), "Enter a phone number or an e-mail address");
        assertInvalid(second.role, "Choose how this person is involved");
        assertThat(form.subjectRows().get(0).role.isInvalid()).isFalse();
        assertThat(form.descriptionField().isInvalid()).isFalse();
        assertThat(form.descriptionField().getValue()).isEqualTo("Loud music every night");
        assertThat(((TextField) form.reporterNameField()).getValue()).isEqualTo("Jo Bloggs");
        assertThat(((TextField) second.name).getValue()).isEqualTo("Sam Noisy");
        assertThat(form.errorSummary().isVisible()).isTrue();
        assertThat(form.errorSummary().getElement().getTextRecursively())
                .contains("There are 5 problems", "Category: Choose a category", "Person 2, role: Choose how",
                        "At most 100 characters");

        // Changing a field clears its message; the others stay until the next save.
        _setValue(form.categoryField(), categories.get(0));
        assertThat(form.categoryField().isInvalid()).isFalse();
        assertThat(form.placeField().isInvalid()).isTrue();
    }

    @Test
    void theDraftBecomesTheServicesNewReport() {
        form(true);
        _setValue(form.categoryField(), categories.get(1));
        ComboBoxKt._fireCustomValueSet(form.placeField(), "Rear of 4 Mill Lane");
        _setValue(form.wardField(), wards.get(0));
        _setValue(form.sourceAgencyField(), agencies.get(1));
        @SuppressWarnings("unchecked")
        ComboBox<PersonOption> reporter = (ComboBox<PersonOption>) form.reporterNameField();
        _setValue(reporter, peopleOnRecord.get(0));
        _click(form.addSubjectButton());
        SubjectRow row = form.subjectRows().get(0);
        _setValue(row.role, SubjectRole.ALLEGED_PERPETRATOR);
        @SuppressWarnings("unchecked")
        ComboBox<PersonOption> name = (ComboBox<PersonOption>) row.name;
        ComboBoxKt._fireCustomValueSet(name, "Sam Noisy");
        _setValue(row.dateOfBirth, LocalDate.of(2001, 5, 6));
        _setValue(form.descriptionField(), "Graffiti on the garage doors");
        _setValue(form.incidentDateField(), LocalDate.of(2026, 2, 27));

        assertThat(form.reporterPhoneField().getValue()).as("filled from the person on record").isEqualTo("01732 123456");
        NewReport report = form.getDraft().toNewReport(LONDON);
        assertThat(report.categoryCode()).isEqualTo("ASB_GRAFFITI");
        assertThat(report.placeId()).isNull();
        assertThat(report.location()).isEqualTo("Rear of 4 Mill Lane");
        assertThat(report.wardCode()).isEqualTo("E05005008");
        assertThat(report.sourceAgencyCode()).isEqualTo("KENT_POLICE");
        assertThat(report.receivedAt()).isEqualTo(LocalDateTime.of(2026, 3, 1, 14, 30).atZone(LONDON).toInstant());
        assertThat(report.reporter().personId()).isEqualTo(11L);
        assertThat(report.subjects()).singleElement().satisfies(s -> {
            assertThat(s.role()).isEqualTo(SubjectRole.ALLEGED_PERPETRATOR);
            assertThat(s.person().personId()).isNull();
            assertThat(s.person().fullName()).isEqualTo("Sam Noisy");
            assertThat(s.person().dateOfBirth()).isEqualTo(LocalDate.of(2001, 5, 6));
        });
        assertThat(report.description()).isEqualTo("Graffiti on the garage doors");
        assertThat(report.incidentDate()).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void choosingAPlaceOnRecordLinksItAndFillsItsWard() {
        form(true);
        ComboBoxKt.setUserInput(form.placeField(), "high st");
        assertThat(ComboBoxKt.getSuggestionItems(form.placeField())).containsExactly(placesOnRecord.get(0));
        _setValue(form.placeField(), placesOnRecord.get(0));

        assertThat(form.wardField().getValue().getName()).isEqualTo("Brasted");
        NewReport report = form.getDraft().toNewReport(LONDON);
        assertThat(report.placeId()).isEqualTo(7L);
        assertThat(form.placeField().getHelperText()).contains("Linked to the place on record");
    }

    @Test
    void anAnonymousReportHidesAndDropsTheReporter() {
        form(true);
        @SuppressWarnings("unchecked")
        ComboBox<PersonOption> reporter = (ComboBox<PersonOption>) form.reporterNameField();
        ComboBoxKt._fireCustomValueSet(reporter, "Jo Bloggs");
        _setValue(form.anonymousField(), true);

        assertThat(shown(reporter)).isFalse();
        assertThat(shown(form.reporterPhoneField())).isFalse();
        NewReport report = form.getDraft().toNewReport(LONDON);
        assertThat(report.anonymous()).isTrue();
        assertThat(report.reporter()).isNull();
    }

    @Test
    void removingAPersonRenumbersTheOthers() {
        form(false);
        _click(form.addSubjectButton());
        _click(form.addSubjectButton());
        _click(form.addSubjectButton());
        _setValue((TextField) form.subjectRows().get(2).name, "Third");
        _click(form.subjectRows().get(0).remove);

        assertThat(form.subjectRows()).hasSize(2);
        assertThat(form.subjectRows().get(1).getLegend().getText()).isEqualTo("Person 2");
        assertThat(form.subjectRows().get(1).remove.getAriaLabel()).contains("Remove person 2");
        assertThat(form.getDraft().getSubjects()).hasSize(2);
        assertThat(form.getDraft().getSubjects().get(1).getPerson().fullName()).isEqualTo("Third");
        assertThat(_get(form, TextField.class, spec -> spec.withValue("Third"))).isNotNull();
    }

    private static void assertInvalid(HasValidation field, String message) {
        assertThat(field.isInvalid()).as("marked invalid").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }

    /** Whether the component and every one of its ancestors are visible: what the user sees. */
    private static boolean shown(com.vaadin.flow.component.Component component) {
        for (com.vaadin.flow.component.Component c = component; c != null; c = c.getParent().orElse(null)) {
            if (!c.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @org.junit.jupiter.api.Test
    void aPersonOnRecordReadsDifferentlyFromATypedNameSoThatEnterKeepsWhatWasTyped() {
        org.assertj.core.api.Assertions.assertThat(PersonNameField.personLabel(PersonOption.typed("John Smith")))
                .isEqualTo("John Smith");
        org.assertj.core.api.Assertions.assertThat(PersonNameField.personLabel(
                new PersonOption(7L, "John Smith", null, null, null, null))).isEqualTo("John Smith (on record)");
        org.assertj.core.api.Assertions.assertThat(PersonNameField.personLabel(new PersonOption(7L, "John Smith",
                java.time.LocalDate.of(1980, 1, 1), null, null, null)))
                .isEqualTo("John Smith (on record, born 1 Jan 1980)");
    }
}
