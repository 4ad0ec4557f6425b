package org.csucasework.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportSummary;
import org.csucasework.intake.SubjectRole;
import org.csucasework.people.PeopleService;
import org.csucasework.people.Place;
import org.csucasework.reference.Agency;
import org.csucasework.tasking.ui.ReportView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The "Log a report" page in a browserless UI, against the running application and its database. */
class ReportFormViewUiTest extends IntakeUiTestSupport {

    @Autowired
    ReportService reports;

    @Autowired
    PeopleService people;

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> comboBox(String label) {
        return _get(ComboBox.class, spec -> spec.withLabel(label));
    }

    @Test
    void invalidInputIsKeptAndTheFailingFieldsShowTheServicesMessages() {
        signInAs("caseworker");
        navigateTo("reports/new");
        ComboBox<PersonOption> reporter = comboBox("Reporter's name");
        ComboBoxKt._fireCustomValueSet(reporter, "Jo Bloggs");
        TextArea description = _get(TextArea.class, spec -> spec.withLabel("What was reported"));
        _setValue(description, "Music until 3am every night");
        _click(_get(Button.class, spec -> spec.withText("Log report")));

        assertThat(currentView()).isInstanceOf(ReportFormView.class);
        ComboBox<?> category = comboBox("Category");
        assertThat(category.isInvalid()).isTrue();
        assertThat(category.getErrorMessage()).isEqualTo("Choose a category");
        ComboBox<?> place = comboBox("Place");
        assertThat(place.isInvalid()).isTrue();
        assertThat(place.getErrorMessage()).isEqualTo("Enter the address or the name of the place");
        TextField phone = _get(TextField.class, spec -> spec.withLabel("Reporter's phone"));
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage())
                .isEqualTo("Enter a phone number or an e-mail address, so the reporter can be told the outcome");
        assertThat(description.isInvalid()).isFalse();

        assertThat(description.getValue()).isEqualTo("Music until 3am every night");
        assertThat(reporter.getValue().fullName()).isEqualTo("Jo Bloggs");
        assertThat(comboBox("Reported to or through").getValue()).as("defaults to the user's agency").isNotNull();
        assertThat(_get(Button.class, spec -> spec.withText("Log report")).isEnabled()).as("can try again").isTrue();
    }

    @Test
    void aNulCharacterAndTheYearMinus5000AreShownAtTheirFieldsNotAsAnErrorPage() {
        signInAs("caseworker");
        navigateTo("reports/new");
        com.vaadin.flow.component.datetimepicker.DateTimePicker receivedAt =
                _get(com.vaadin.flow.component.datetimepicker.DateTimePicker.class,
                        spec -> spec.withLabel("Date and time received"));
        _setValue(receivedAt, java.time.LocalDateTime.of(-5000, 1, 1, 10, 0));
        TextArea description = _get(TextArea.class, spec -> spec.withLabel("What was reported"));
        _setValue(description, "Music until 3am\u0000 every night");
        _click(_get(Button.class, spec -> spec.withText("Log report")));

        assertThat(currentView()).isInstanceOf(ReportFormView.class);
        assertThat(receivedAt.isInvalid()).isTrue();
        assertThat(receivedAt.getErrorMessage()).contains("1 Jan 1990");
        assertThat(description.isInvalid()).isTrue();
        assertThat(description.getErrorMessage()).contains("NUL");
        assertThat(description.getValue()).as("nothing typed is lost").isEqualTo("Music until 3am\u0000 every night");
    }

    @Test
    void aMalformedEmailAndAPhoneThatIsNotOneAreNamedAndTheSummaryMatchesTheFieldsAfterEachSave() {
        signInAs("caseworker");
        navigateTo("reports/new");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        ComboBoxKt.selectByLabel(comboBox("Category"), "Noise: Loud music");
        ComboBoxKt._fireCustomValueSet(comboBox("Place"), "15 Karibu Close " + unique);
        ComboBoxKt.selectByLabel(comboBox("Ward"), "Ash");
        ComboBoxKt._fireCustomValueSet(comboBox("Reporter's name"), "Jo Typo " + unique);
        TextField phone = _get(TextField.class, spec -> spec.withLabel("Reporter's phone"));
        EmailField email = _get(EmailField.class, spec -> spec.withLabel("Reporter's e-mail"));
        assertThat(phone.getHelperText()).startsWith("Required: a phone number or an e-mail address");
        assertThat(email.getHelperText()).startsWith("Required: a phone number or an e-mail address");
        _setValue(phone, "call me maybe");
        _setValue(email, "jo@@example");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What was reported")), "Loud music " + unique);
        Button save = _get(Button.class, spec -> spec.withText("Log report"));

        _click(save);

        assertThat(currentView()).isInstanceOf(ReportFormView.class);
        assertThat(email.isInvalid()).as("the malformed e-mail is not dropped").isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter an e-mail address like name@example.com");
        assertThat(email.getValue()).isEqualTo("jo@@example");
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).startsWith("Enter a phone number, like");
        ReportForm form = ((ReportFormView) currentView()).form();
        assertThat(form.errorSummary().getElement().getTextRecursively())
                .contains("There are 2 problems", "Reporter's e-mail", "Reporter's phone");

        _setValue(phone, "01732 227000");
        _click(save);

        assertThat(phone.isInvalid()).isFalse();
        assertThat(form.errorSummary().getElement().getTextRecursively())
                .as("the summary names only what is still wrong").contains("There is a problem", "Reporter's e-mail")
                .doesNotContain("Reporter's phone");

        _setValue(email, "jo@example.org");
        _click(save);

        assertThat(currentView()).isInstanceOf(ReportView.class);
        assertThat(_get(Button.class, spec -> spec.withText("Add an action")).getThemeNames())
                .as("a new report's main button is the next step").contains("primary");
        assertThat(_get(Button.class, spec -> spec.withText("Close the report")).getThemeNames())
                .doesNotContain("primary");
    }

    @Test
    void aPersonWithoutARoleIsMarkedInTheirRow() {
        signInAs("caseworker");
        navigateTo("reports/new");
        _click(_get(Button.class, spec -> spec.withText("Add a person involved")));
        ComboBox<PersonOption> name = comboBox("Name");
        ComboBoxKt._fireCustomValueSet(name, "Sam Noisy");
        _click(_get(Button.class, spec -> spec.withText("Log report")));

        Select<?> role = _get(Select.class, spec -> spec.withLabel("Role"));
        assertThat(role.isInvalid()).isTrue();
        assertThat(role.getErrorMessage()).isEqualTo("Choose how this person is involved");
        assertThat(name.isInvalid()).isFalse();
        assertThat(name.getValue().fullName()).isEqualTo("Sam Noisy");
    }

    @Test
    void aValidReportIsLoggedOnceEvenWhenSaveIsClickedTwice() {
        signInAs("caseworker");
        navigateTo("reports/new");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String placeLabel = "14 Karibu Close " + unique;
        ComboBoxKt.selectByLabel(comboBox("Category"), "Noise: Loud music");
        ComboBoxKt._fireCustomValueSet(comboBox("Place"), placeLabel);
        ComboBoxKt.selectByLabel(comboBox("Ward"), "Ash");
        ComboBoxKt._fireCustomValueSet(comboBox("Reporter's name"), "Jo Reporter " + unique);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Reporter's phone")), "01732 227000");
        _click(_get(Button.class, spec -> spec.withText("Add a person involved")));
        @SuppressWarnings("unchecked")
        Select<SubjectRole> role = _get(Select.class, spec -> spec.withLabel("Role"));
        _setValue(role, SubjectRole.ALLEGED_PERPETRATOR);
        ComboBoxKt._fireCustomValueSet(comboBox("Name"), "Sam Neighbour " + unique);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What was reported")), "Loud music from number 12");
        Button save = _get(Button.class, spec -> spec.withText("Log report"));

        _click(save);

        assertThat(currentView()).isInstanceOf(ReportView.class);
        String heading = _get(H1.class).getText();
        assertThat(heading).startsWith("Report CSU-");
        String reference = heading.substring("Report ".length());
        assertThat(notificationTexts()).anyMatch(text -> text.contains("Report " + reference + " logged"));
        assertThat(save.isEnabled()).as("disabled by the click, so the browser sends no second one").isFalse();

        // Should a second click reach the server anyway, the draft's idempotency key answers with the same report.
        ComponentUtil.fireEvent(save, new ClickEvent<>(save));
        assertThat(notificationTexts()).anyMatch(text -> text.contains("already been logged as " + reference));

        List<Place> places = people.suggestPlaces(placeLabel);
        assertThat(places).hasSize(1);
        List<ReportSummary> reportsAboutThePlace = reports.historyOfPlace(places.get(0).getId());
        assertThat(reportsAboutThePlace).extracting(ReportSummary::reference).containsExactly(reference);
        assertThat(reportsAboutThePlace.get(0).wardCode()).isEqualTo("E05005008");
    }

    @Test
    void partnerOfficersTypeNamesWithoutSuggestionsOfPeopleOnRecord() {
        signInAs("police");
        navigateTo("reports/new");

        assertThat(currentView()).isInstanceOf(ReportFormView.class);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Reporter's name"))).isNotNull();
        ComboBox<Agency> source = comboBox("Reported to or through");
        assertThat(source.getValue().getCode()).isEqualTo("KENT_POLICE");
    }

    @Test
    void aProtectedCharacteristicTickedOnTheFormMakesAPossibleHateIncident() {
        signInAs("caseworker");
        navigateTo("reports/new");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        ComboBoxKt.selectByLabel(comboBox("Category"), "Noise: Loud music");
        ComboBoxKt._fireCustomValueSet(comboBox("Place"), "15 Karibu Close " + unique);
        ComboBoxKt.selectByLabel(comboBox("Ward"), "Ash");
        ComboBoxKt._fireCustomValueSet(comboBox("Reporter's name"), "Jo Targeted " + unique);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Reporter's phone")), "01732 227001");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What was reported")), "Slurs shouted at the door");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.checkbox.CheckboxGroup<org.csucasework.intake.HateCharacteristic> targeted =
                _get(com.vaadin.flow.component.checkbox.CheckboxGroup.class, spec -> spec.withClasses(
                        "hate-characteristics"));
        assertThat(targeted.getLabel()).contains("a possible hate incident");
        assertThat(targeted.getItemLabelGenerator().apply(org.csucasework.intake.HateCharacteristic.RACE))
                .isEqualTo("Race or ethnicity");
        _setValue(targeted, java.util.Set.of(org.csucasework.intake.HateCharacteristic.RACE));

        _click(_get(Button.class, spec -> spec.withText("Log report")));

        assertThat(currentView()).isInstanceOf(ReportView.class);
        String reference = _get(H1.class).getText().substring("Report ".length());
        assertThat(reports.details(reference).reporter().markers())
                .containsExactly(org.csucasework.intake.PersonMarker.POSSIBLE_HATE_INCIDENT);
    }
}
