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
import java.util.List;
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

        _click(view.undo);
        assertThat(people.person(second.getId()).orElseThrow().getMergedIntoId()).isNull();
        assertThat(thisRunsPairs(view, firstPhone, secondPhone)).hasSize(1);
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
