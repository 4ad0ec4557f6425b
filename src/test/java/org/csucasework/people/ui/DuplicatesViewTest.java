package org.csucasework.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.SubjectRole;
import org.csucasework.people.DuplicatesService;
import org.csucasework.people.PersonFacts;
import java.util.UUID;
import org.csucasework.people.PeopleService;
import org.csucasework.people.Person;
import org.csucasework.people.PersonDetails;
import org.csucasework.shared.Role;
import org.csucasework.support.KaribuUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The duplicates review in a mocked browser on PostgreSQL: pairs side by side, a merge with its reason, and undo. */
class DuplicatesViewTest extends KaribuUiTest {

    @Autowired
    PeopleService people;
    @Autowired
    DuplicatesService duplicates;
    @Autowired
    ReportService reports;

    @Test
    void aSupervisorFindsAPairByPartOfTheNameMergesItWithAReasonAndUndoesIt() {
        // The test database is never reset: earlier runs' records may pair with these, so this run's pair is told
        // by its phones.
        String surname = "Dupliview" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        String digits = String.valueOf(100_000 + new java.util.Random().nextInt(900_000));
        String firstPhone = "01732 1" + digits;
        String secondPhone = "01732 2" + digits;
        Person first = people.resolvePerson(new PersonDetails(null, "John " + surname, null, firstPhone, null,
                "1 Pair Road"));
        Person second = people.resolvePerson(new PersonDetails(null, "John " + surname, null, secondPhone, null,
                "2 Pair Road"));
        login("supervisor", Role.SUPERVISOR);
        DuplicatesView view = navigate(DuplicatesView.class);

        _setValue(view.name, surname.toLowerCase());
        _click(view.search);

        List<Section> pairs = thisRunsPairs(view, firstPhone, secondPhone);
        assertThat(pairs).hasSize(1);
        String text = pairs.get(0).getElement().getTextRecursively();
        assertThat(text).contains("John " + surname + " and John " + surname, "Matches: same name",
                "different phone", firstPhone, "2 Pair Road", "Not recorded");

        _click(_find(pairs.get(0), Button.class, spec -> spec.withClasses("keep-record")).get(0));
        _click(_get(Button.class, spec -> spec.withText("Merge")));
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Why these are the same person"));
        assertThat(reason.isInvalid()).as("a merge needs its reason").isTrue();
        _setValue(reason, "Same person: the reporter confirmed both phones are hers");
        _click(_get(Button.class, spec -> spec.withText("Merge")));

        assertThat(thisRunsPairs(view, firstPhone, secondPhone)).isEmpty();
        assertThat(people.person(second.getId()).orElseThrow().getMergedIntoId()).isEqualTo(first.getId());

        HorizontalLayout change = undoable(view, "the reporter confirmed both phones are hers");
        assertThat(change.getElement().getTextRecursively()).contains("Merged John " + surname + " (recorded ",
                " into John " + surname + " (recorded ", " by supervisor: ");
        _click(_get(change, Button.class, spec -> spec.withText("Undo")));
        assertThat(people.person(second.getId()).orElseThrow().getMergedIntoId()).isNull();
        assertThat(_find(view.changes, HorizontalLayout.class).stream().filter(row -> row.getElement()
                .getTextRecursively().contains("the reporter confirmed both phones are hers"))).isEmpty();
        assertThat(thisRunsPairs(view, firstPhone, secondPhone)).hasSize(1);
    }

    @Test
    void aSupervisorSplitsReportsOffARecordSeesItsMarkersAndUndoesTheSplitFromTheList() {
        String surname = "Splitview" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        String digits = String.valueOf(100_000 + new java.util.Random().nextInt(900_000));
        String firstPhone = "01732 3" + digits;
        String secondPhone = "01732 4" + digits;
        Person mixed = people.resolvePerson(new PersonDetails(null, "Ann " + surname, null, firstPhone, null, null));
        people.resolvePerson(new PersonDetails(null, "Ann " + surname, null, secondPhone, null, null));
        login("supervisor", Role.SUPERVISOR);
        String kept = logAbout(mixed, "Her neighbour's dog barks all night");
        String moved = logAbout(mixed, "Someone else of the same name: a broken fence");
        DuplicatesView view = navigate(DuplicatesView.class);
        _setValue(view.name, surname);
        _click(view.search);
        Section pair = thisRunsPairs(view, firstPhone, secondPhone).get(0);
        assertThat(pair.getElement().getTextRecursively()).as("two reports as victim this year")
                .contains("Repeat victim");

        Button split = _find(pair, Button.class, spec -> spec.withClasses("split-record")).get(0);
        _click(split);
        @SuppressWarnings("unchecked")
        CheckboxGroup<PersonFacts.PersonReport> reports = _get(CheckboxGroup.class,
                spec -> spec.withLabel("Reports about the other person"));
        assertThat(reports.getListDataView().getItems().map(reports.getItemLabelGenerator()))
                .anySatisfy(label -> assertThat(label).startsWith(moved + ", received ").endsWith("(Victim)"))
                .hasSize(2);
        _setValue(reports, Set.of(reports.getListDataView().getItems().filter(r -> r.reference().equals(moved))
                .findFirst().orElseThrow()));
        _click(_get(Button.class, spec -> spec.withText("Split")));
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Why these reports are about another person"));
        assertThat(reason.isInvalid()).as("a split needs its reason").isTrue();
        _setValue(reason, "A different date of birth in the fence report");
        _click(_get(Button.class, spec -> spec.withText("Split")));

        assertThat(reportsOf(mixed.getId())).containsExactly(kept);
        HorizontalLayout change = undoable(view, "A different date of birth in the fence report");
        assertThat(change.getElement().getTextRecursively()).contains("Split reports off Ann " + surname
                + " (recorded ", " to a new record, ", " by supervisor: ");

        _click(_get(change, Button.class, spec -> spec.withText("Undo")));
        assertThat(reportsOf(mixed.getId())).containsExactlyInAnyOrder(kept, moved);
    }

    private List<String> reportsOf(Long personId) {
        return duplicates.reportsOf(personId).stream().map(PersonFacts.PersonReport::reference).toList();
    }

    private String logAbout(Person person, String description) {
        return reports.log(new NewReport(Instant.now().minusSeconds(3600), "NOIMUS", "E05005008", null,
                "5 Split Road", "SDC_CSU", true, null, List.of(new NewReport.Subject(SubjectRole.VICTIM,
                new PersonDetails(person.getId(), person.getFullName(), null, null, null, null))), description),
                null).reference();
    }

    private static HorizontalLayout undoable(DuplicatesView view, String reason) {
        return _find(view.changes, HorizontalLayout.class).stream()
                .filter(row -> row.getElement().getTextRecursively().contains(reason)).findFirst().orElseThrow();
    }

    private static List<Section> thisRunsPairs(DuplicatesView view, String firstPhone, String secondPhone) {
        return _find(view.pairs, Section.class).stream().filter(section -> section.getElement().getTextRecursively()
                .contains(firstPhone) && section.getElement().getTextRecursively().contains(secondPhone)).toList();
    }

    @Test
    void aCaseworkerCannotOpenTheReview() {
        login("caseworker", Role.CASEWORKER);
        assertThatThrownBy(() -> navigate(DuplicatesView.class)).isInstanceOf(MockAccessDeniedException.class);
    }
}
