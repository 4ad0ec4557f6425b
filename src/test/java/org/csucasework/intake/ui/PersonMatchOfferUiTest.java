package org.csucasework.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import org.csucasework.people.PeopleService;
import org.csucasework.people.Person;
import org.csucasework.people.PersonDetails;
import org.csucasework.support.TestReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Is this the same person?" on the report form (issue 16): offered under a typed name, chosen with one button. */
class PersonMatchOfferUiTest extends IntakeUiTestSupport {

    @Autowired
    PeopleService people;
    @Autowired
    org.csucasework.intake.ReportService reports;

    @Test
    void aTypedNameOffersThePersonOnRecordWithWhatMatchesAndChoosingItLinksTheRecord() {
        String name = "Hazel Offer " + TestReport.unique();
        Person onRecord = people.resolvePerson(new PersonDetails(null, name, null, "07700 900333", null, null));
        signInAs("caseworker");
        navigateTo("reports/new");
        @SuppressWarnings("unchecked")
        ComboBox<PersonOption> reporter = _get(ComboBox.class, spec -> spec.withLabel("Reporter's name"));

        ComboBoxKt._fireCustomValueSet(reporter, name);

        PersonMatchOffer offer = _get(PersonMatchOffer.class);
        assertThat(offer.isVisible()).isTrue();
        assertThat(offer.getElement().getTextRecursively()).contains("Is this the same person?", name, "same name");
        _click(_find(Button.class, spec -> spec.withClasses("same-person")).get(0));

        assertThat(reporter.getValue().personId()).isEqualTo(onRecord.getId());
        assertThat(offer.isVisible()).isFalse();
    }

    @Test
    void aPersonOfferedIsShownWithWhatTheirReportsMarkThemAs() {
        String name = "Jude Offer " + TestReport.unique();
        Person onRecord = people.resolvePerson(PersonDetails.named(name));
        signInAs("caseworker");
        for (int i = 0; i < 2; i++) {
            reports.log(new org.csucasework.intake.NewReport(java.time.Instant.now().minusSeconds(3600 * (i + 1)),
                    "NOIMUS", "E05005008", null, "7 Offer Road", "SDC_CSU", true, null, java.util.List.of(
                    new org.csucasework.intake.NewReport.Subject(org.csucasework.intake.SubjectRole.VICTIM,
                            new PersonDetails(onRecord.getId(), name, null, null, null, null))), "Eggs thrown"), null);
        }
        navigateTo("reports/new");
        @SuppressWarnings("unchecked")
        ComboBox<PersonOption> reporter = _get(ComboBox.class, spec -> spec.withLabel("Reporter's name"));

        ComboBoxKt._fireCustomValueSet(reporter, name);

        PersonMatchOffer offer = _get(PersonMatchOffer.class);
        assertThat(_get(offer, PersonMarkerBadges.class).getElement().getTextRecursively()).contains("Repeat victim");
    }

    @Test
    void aDifferentPersonClosesTheOfferAndLeavesTheNameUnlinked() {
        String name = "Ivan Offer " + TestReport.unique();
        people.resolvePerson(PersonDetails.named(name));
        signInAs("caseworker");
        navigateTo("reports/new");
        @SuppressWarnings("unchecked")
        ComboBox<PersonOption> reporter = _get(ComboBox.class, spec -> spec.withLabel("Reporter's name"));
        ComboBoxKt._fireCustomValueSet(reporter, name);
        PersonMatchOffer offer = _get(PersonMatchOffer.class);
        assertThat(offer.isVisible()).isTrue();

        _click(_get(offer, Button.class, spec -> spec.withClasses("different-person")));

        assertThat(offer.isVisible()).isFalse();
        assertThat(reporter.getValue().personId()).as("a new record will be made").isNull();
    }
}
