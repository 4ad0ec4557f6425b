package org.csucasework.actions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.csucasework.actions.ActionOutcomeDialog;
import org.csucasework.actions.ActionStatus;
import org.csucasework.actions.ActionView;
import org.csucasework.actions.NewAction;
import org.csucasework.support.IntegrationTest;
import org.csucasework.tasking.Agenda;
import org.csucasework.tasking.ReportReview;
import org.csucasework.tasking.ReviewDecision;
import org.csucasework.tasking.ui.TaskingUiTestSupport;
import org.junit.jupiter.api.Test;

@IntegrationTest
class MyActionsViewTest extends TaskingUiTestSupport {

    @Test
    void aPoliceOfficerSeesOnlyKentPoliceActionsAndCompletesOneWithItsOutcome() {
        String reference = logReport("Cars racing in the car park");
        String policeTask = "Speed check in the car park " + UUID.randomUUID();
        String housingTask = "Letter to residents " + UUID.randomUUID();
        signIn("supervisor");
        Agenda.MeetingInfo meeting = meetings.start(today(), Set.of("SDC_CSU", "KENT_POLICE", "WKHA"));
        meetings.review(meeting.id(), new ReportReview(reference, ReviewDecision.ACTIONS, List.of(
                new NewAction("KENT_POLICE", policeTask, today(), null),
                new NewAction("WKHA", housingTask, today().plusDays(7), null)), null, null, null));
        meetings.end(meeting.id());

        MyActionsView view = openAs("police");
        List<ActionView> shown = GridKt._findAll(view.grid);
        assertThat(shown).isNotEmpty();
        assertThat(shown).allSatisfy(action ->
                assertThat(action.agencyCode().equals("KENT_POLICE") || "police".equals(action.assignee())).isTrue());
        assertThat(shown).extracting(ActionView::description).contains(policeTask).doesNotContain(housingTask);
        assertThat(shown).extracting(ActionView::dueDate).isSorted();

        _setValue(view.search, policeTask);
        assertThat(GridKt._findAll(view.grid)).extracting(ActionView::description).containsExactly(policeTask);

        assertThat(view.grid.getColumnByKey("complete").isFrozenToEnd())
                .as("on a 390 px screen the Complete button stays in view").isTrue();
        Div cell = (Div) GridKt._getCellComponent(view.grid, 0, "complete");
        _click(_get(cell, Button.class));
        ActionOutcomeDialog dialog = _get(ActionOutcomeDialog.class);
        _click(dialog.confirm());
        assertThat(dialog.text().isInvalid()).isTrue();
        assertThat(dialog.text().getErrorMessage()).isEqualTo("Say what was done");
        assertThat(dialog.isOpened()).isTrue();

        _setValue(dialog.text(), "Patrol done, two drivers warned");
        _click(dialog.confirm());
        LocatorJ._assertNone(ActionOutcomeDialog.class);
        assertThat(GridKt._findAll(view.grid)).isEmpty();

        _setValue(view.show, MyActionsView.ALL);
        assertThat(GridKt._findAll(view.grid)).singleElement().satisfies(action -> {
            assertThat(action.status()).isEqualTo(ActionStatus.DONE);
            assertThat(action.outcome()).isEqualTo("Patrol done, two drivers warned");
        });
    }

    @Test
    void overdueOnlyShowsOnlyOverdueActions() {
        MyActionsView view = openAs("police");
        _setValue(view.overdueOnly, true);
        assertThat(GridKt._findAll(view.grid)).allSatisfy(action -> assertThat(action.overdue()).isTrue());
    }

    private MyActionsView openAs(String username) {
        signIn(username);
        UI.getCurrent().navigate(MyActionsView.class);
        return _get(MyActionsView.class);
    }
}
