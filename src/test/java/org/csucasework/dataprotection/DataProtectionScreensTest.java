package org.csucasework.dataprotection;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.csucasework.dataprotection.ui.RetentionView;
import org.csucasework.dataprotection.ui.SubjectAccessView;
import org.csucasework.escalation.EscalationService;
import org.csucasework.escalation.EscalationCases;
import org.csucasework.escalation.EscalationProposals;
import org.csucasework.intake.ReportService;
import org.csucasework.shared.Role;
import org.csucasework.support.KaribuUiTest;
import org.csucasework.taskgroups.TaskGroupService;
import org.csucasework.tasking.ReportClosingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The retention and subject access screens, in a mocked browser against the real services and PostgreSQL. */
class DataProtectionScreensTest extends KaribuUiTest {

    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ReportService reports;
    @Autowired
    ReportClosingService closing;
    @Autowired
    EscalationService escalation;
    @Autowired
    EscalationCases cases;
    @Autowired
    EscalationProposals proposals;
    @Autowired
    org.csucasework.escalation.EscalationDeadlines deadlines;
    @Autowired
    TaskGroupService groups;
    @Autowired
    JdbcTemplate jdbc;

    private CaseWorld world() {
        CaseWorld world = new CaseWorld(userDetailsService, reports, closing, escalation, cases, proposals, deadlines, groups, jdbc).build();
        return world;
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorLooksAtTheDryRunThenRunsItAfterConfirming() {
        CaseWorld world = world().sevenYearsOn();
        login("admin", Role.ADMIN);
        navigate(RetentionView.class);
        Button runNow = _get(Button.class, spec -> spec.withText("Run now"));
        assertThat(runNow.isEnabled()).as("run now waits for a dry run").isFalse();

        _click(_get(Button.class, spec -> spec.withText("Dry run")));

        Grid<RetentionCandidate> candidates = _get(Grid.class, spec -> spec.withId("retention-candidates"));
        assertThat(GridKt._findAll(candidates)).extracting(RetentionCandidate::reference)
                .contains(world.old.reference(), world.caseReference, world.groupReference);
        assertThat(_get(Paragraph.class, spec -> spec.withId("retention-summary")).getText())
                .startsWith("A run now would anonymise");
        assertThat(jdbc.queryForObject("select full_name from person where id = ?", String.class, world.xavierId))
                .isEqualTo(world.xavier.name());

        _click(runNow);
        _click(_get(Button.class, spec -> spec.withText("Anonymise now")));

        assertThat(jdbc.queryForObject("select full_name from person where id = ?", String.class, world.xavierId))
                .isEqualTo("Anonymised person");
        assertThat(GridKt._findAll(candidates)).isEmpty();
    }

    @Test
    void supervisorsDoNotOpenTheRetentionScreenAndCaseworkersNotSubjectAccess() {
        login("supervisor", Role.SUPERVISOR);
        assertThatThrownBy(() -> navigate(RetentionView.class)).isInstanceOf(MockAccessDeniedException.class);
        login("caseworker", Role.CASEWORKER);
        assertThatThrownBy(() -> navigate(SubjectAccessView.class)).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSupervisorFindsThePersonOffersTheExportsAndErasesWithAReason() {
        CaseWorld world = world();
        login("supervisor", Role.SUPERVISOR);
        navigate(SubjectAccessView.class);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Person's name")), world.xavier.name());
        _click(_get(Button.class, spec -> spec.withText("Find")));
        Grid<PersonMatch> people = _get(Grid.class, spec -> spec.withId("people-found"));
        List<PersonMatch> found = GridKt._findAll(people);
        assertThat(found).extracting(PersonMatch::id).containsExactly(world.xavierId);
        people.select(found.get(0));

        assertThat(_get(Anchor.class, spec -> spec.withText("Download PDF")).getHref()).isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withText("Download JSON")).getHref()).isNotBlank();

        // Too short a reason: said at the field, nothing erased, nothing typed lost.
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Reason for the erasure"));
        _setValue(reason, "asked");
        _click(_get(Button.class, spec -> spec.withText("Erase this person…")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("reason");
        assertThat(reason.getValue()).isEqualTo("asked");

        _setValue(reason, "Erasure request of 3 May, agreed by the DPO " + world.suffix);
        _click(_get(Button.class, spec -> spec.withText("Erase this person…")));
        _click(_get(Button.class, spec -> spec.withText("Erase")));

        assertThat(jdbc.queryForObject("select full_name from person where id = ?", String.class, world.xavierId))
                .isEqualTo("Anonymised person");
        assertThat(jdbc.queryForObject("select reason from data_protection_event where person_id = ? and kind ="
                + " 'ERASURE'", String.class, world.xavierId)).endsWith(world.suffix);
    }
}
