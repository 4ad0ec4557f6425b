package org.csucasework.tasking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.github.mvysny.kaributools.NotificationsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.csucasework.actions.ActionEntry;
import org.csucasework.actions.ActionView;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportSummary;
import org.csucasework.intake.SubjectRole;
import org.csucasework.people.PersonDetails;
import org.csucasework.reference.Agency;
import org.csucasework.reference.Outcome;
import org.csucasework.security.CurrentUser;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.support.IntegrationTest;
import org.csucasework.tasking.Agenda;
import org.csucasework.tasking.ReferralKind;
import org.csucasework.tasking.ReportReview;
import org.csucasework.tasking.ReviewDecision;
import org.junit.jupiter.api.Test;

@IntegrationTest
class TaskingMeetingViewTest extends TaskingUiTestSupport {

    @Test
    void aMeetingAssignsActionsToTwoAgenciesAndTheReportLeavesTheNewList() {
        String reference = logReport("Youths gathering and shouting late at night");
        TaskingMeetingView view = openAs("supervisor");

        assertThat(view.waitingReports()).extracting(ReportSummary::reference).contains(reference);
        assertThat(view.attending.getValue()).extracting(Agency::getCode)
                .contains("SDC_CSU", "KENT_POLICE", "WKHA").doesNotContain("SDC_LICENSING");
        assertThat(_get(Paragraph.class, spec -> spec.withId("keyboard-help")).getText()).contains("Alt+N", "Alt+A");
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("Large text for the projector")).getValue())
                .as("large text is for the projector only, off by default").isFalse();

        _click(view.start);
        assertThat(view.meetingSummary.getText()).startsWith("In progress");
        ReviewForm form = goTo(view, reference);

        ActionEntry police = form.entries().get(0);
        assertThat(police.dueDate().getValue()).isEqualTo(today().plusDays(7));
        String policeTask = "Patrol the area at night " + UUID.randomUUID();
        _setValue(police.agency(), agency(police, "KENT_POLICE"));
        _setValue(police.description(), policeTask);
        _setValue(police.dueDate(), today());

        ShortcutsKt.fireShortcut(Key.KEY_A, KeyModifier.ALT);
        assertThat(form.entries()).hasSize(2);
        ActionEntry housing = form.entries().get(1);
        String housingTask = "Write to the tenants " + UUID.randomUUID();
        _setValue(housing.agency(), agency(housing, "WKHA"));
        _setValue(housing.description(), housingTask);

        _click(view.save);

        assertThat(view.waitingReports()).extracting(ReportSummary::reference).doesNotContain(reference);
        assertThat(GridKt._findAll(view.newReports)).extracting(ReportSummary::reference).doesNotContain(reference);
        assertThat(view.announcement()).contains(reference, "2 actions assigned");
        assertThat(getNotifications()).extracting(NotificationsKt::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Decision saved").contains(reference));
        if (!view.waitingReports().isEmpty()) {
            assertThat(view.currentForm().report().reference()).isNotEqualTo(reference);
        }
        assertThat(view.meetingSummary.getText()).contains("1 report reviewed");
        // Due today: on today's agenda under Kent Police. Due in a week: not yet under the housing association.
        assertThat(dueDescriptions("KENT_POLICE")).contains(policeTask);
        assertThat(dueDescriptions("WKHA")).doesNotContain(housingTask);

        Long meetingId = meetings.meetingInProgress().orElseThrow().id();
        _click(view.end);
        assertThat(meetings.meetingInProgress()).as("ending asks first").isPresent();
        _setValue(view.minutes, "Police to brief the ward councillor.");
        _click(_get(Button.class, spec -> spec.withId("end-meeting-confirm")));
        assertThat(meetings.meetingInProgress()).isEmpty();
        assertThat(meetings.minutesOf(meetingId)).contains("Police to brief the ward councillor.");
        assertThat(view.announcement()).contains("has ended", "1 report reviewed");
        _setValue(view.meetingDate, today().plusDays(7));
        assertThat(dueDescriptions("WKHA")).contains(housingTask);
        assertThat(dueDescriptions("KENT_POLICE")).contains(policeTask);
    }

    @Test
    void theDecisionPanelShowsTheDescriptionThePeopleAndTheirHistory() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String victimName = "Vera Victim " + unique;
        Instant earlierAt = Instant.now(clock).minus(40, ChronoUnit.DAYS);
        String earlier = logReport(new NewReport(earlierAt, "NOIDOG", "E05005008", null, "Earlier place " + unique,
                "SDC_CSU", true, null, List.of(new NewReport.Subject(SubjectRole.VICTIM, PersonDetails.named(
                victimName))), "A dog barking all night"));
        Long victimId = reports.details(earlier).subjects().get(0).person().id();
        String description = "Stones thrown at the window of number 4 " + unique;
        String reference = logReport(new NewReport(Instant.now(clock).minus(1, ChronoUnit.HOURS), "ASB_NUISANCE",
                "E05005008", null, "UI test place " + unique, "SDC_CSU", true, null, List.of(
                new NewReport.Subject(SubjectRole.VICTIM, new PersonDetails(victimId, victimName, null, null, null,
                        null)),
                new NewReport.Subject(SubjectRole.ALLEGED_PERPETRATOR, PersonDetails.named("Percy Perp " + unique))),
                description));

        TaskingMeetingView view = openAs("supervisor");
        _click(view.start);
        ReviewForm form = goTo(view, reference);

        String briefing = _get(form, ReportBriefing.class).text();
        assertThat(briefing).contains(description, victimName + " — Victim",
                "Repeat victim: 1 earlier report in the last 12 months", earlier,
                "received " + UkDates.day(UkDates.dayOf(earlierAt)) + ", Barking dog",
                "Percy Perp " + unique + " — Alleged perpetrator", "No other reports that you can see.");
        assertThat(briefing).as("the report itself is not its own history").doesNotContain(reference + ", received");
        assertThat(_find(form, org.csucasework.intake.ui.PersonMarkerBadges.class).stream()
                .filter(com.vaadin.flow.component.Component::isVisible)
                .map(org.csucasework.intake.ui.PersonMarkerBadges::text))
                .as("two reports as victim mark her, in the badge every screen uses; not the perpetrator")
                .containsExactly("Repeat victim");
        assertThat(form.referralPerson.getListDataView().getItems()
                .map(form.referralPerson.getItemLabelGenerator())).contains(victimName + " (Victim)")
                .allSatisfy(label -> assertThat(label).doesNotContain("VICTIM", "ALLEGED_PERPETRATOR"));
    }

    @Test
    void theNamedOfficerIsChosenFromTheChosenAgencysUsers() {
        String reference = logReport("Cars racing on the industrial estate");
        TaskingMeetingView view = openAs("supervisor");
        _click(view.start);
        ReviewForm form = goTo(view, reference);
        ActionEntry action = form.entries().get(0);
        assertThat(action.assignee().isEnabled()).as("no agency, no officers to choose from").isFalse();

        _setValue(action.agency(), agency(action, "KENT_POLICE"));
        assertThat(officers(action)).contains("police").doesNotContain("housing", "caseworker");
        _setValue(action.assignee(), officer(action, "police"));

        _setValue(action.agency(), agency(action, "WKHA"));
        assertThat(action.assignee().getValue()).as("the police officer is not the housing association's").isNull();
        assertThat(officers(action)).contains("housing").doesNotContain("police");
        _setValue(action.assignee(), officer(action, "housing"));
        String task = "Visit the tenants on the estate " + UUID.randomUUID();
        _setValue(action.description(), task);
        _setValue(action.dueDate(), today());
        _click(view.save);

        assertThat(getNotifications()).extracting(NotificationsKt::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Decision saved").contains(reference));
        assertThat(dueActions("WKHA")).filteredOn(a -> a.description().equals(task))
                .extracting(ActionView::assignee).containsExactly("housing");
    }

    @Test
    void noFurtherActionCarriesThroughToTheReportsStatusAndItsClosing() {
        String reference = logReport("A single complaint of a barking dog");
        signIn("supervisor");
        Agenda.MeetingInfo meeting = meetings.start(today(), Set.of("SDC_CSU", "KENT_POLICE"));
        meetings.review(meeting.id(), new ReportReview(reference, ReviewDecision.NO_FURTHER_ACTION, List.of(), null,
                null, "One-off; the owner has moved"));
        meetings.end(meeting.id());

        UI.getCurrent().navigate("reports/" + reference);
        ReportView page = _get(ReportView.class);
        assertThat(page.getElement().getTextRecursively()).contains("No further action decided")
                .doesNotContain("In progress");
        _click(_get(Button.class, spec -> spec.withText("Close the report")));

        @SuppressWarnings("unchecked")
        Select<Outcome> outcome = _get(Select.class, spec -> spec.withLabel("Outcome"));
        assertThat(outcome.getValue().getCode()).isEqualTo("NO_FURTHER_ACTION");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Note")).getValue())
                .isEqualTo("One-off; the owner has moved");
    }

    @Test
    void invalidDecisionsAreMarkedAtTheirFieldsAndWhatWasTypedIsKept() {
        String reference = logReport("Graffiti on the bus shelter");
        TaskingMeetingView view = openAs("caseworker");
        _click(view.start);
        ReviewForm form = goTo(view, reference);

        // No further action without a reason.
        _setValue(form.decision, ReviewDecision.NO_FURTHER_ACTION);
        _click(view.save);
        assertThat(form.note.isInvalid()).isTrue();
        assertThat(form.note.getErrorMessage()).isEqualTo("Give the reason for no further action");
        assertThat(form.decision.getValue()).isEqualTo(ReviewDecision.NO_FURTHER_ACTION);
        assertThat(view.waitingReports()).extracting(ReportSummary::reference).contains(reference);

        // A referral without where to.
        _setValue(form.decision, ReviewDecision.REFERRED);
        _setValue(form.note, "Third report about this shelter this month");
        _click(view.save);
        assertThat(form.referralKind.isInvalid()).isTrue();
        assertThat(form.note.isInvalid()).isFalse();
        assertThat(form.note.getValue()).isEqualTo("Third report about this shelter this month");

        // An action due in the past.
        _setValue(form.decision, ReviewDecision.ACTIONS);
        ActionEntry action = form.entries().get(0);
        _setValue(action.agency(), agency(action, "SDC_DIRECT"));
        _setValue(action.description(), "Remove the graffiti");
        _setValue(action.dueDate(), today().minusDays(1));
        _click(view.save);
        assertThat(action.dueDate().isInvalid()).isTrue();
        assertThat(action.dueDate().getErrorMessage()).isEqualTo("The due date cannot be in the past");
        assertThat(action.agency().getValue().getCode()).isEqualTo("SDC_DIRECT");
        assertThat(action.description().getValue()).isEqualTo("Remove the graffiti");
        assertThat(form.note.getValue()).isEqualTo("Third report about this shelter this month");
        assertThat(view.waitingReports()).extracting(ReportSummary::reference).contains(reference);
        assertThat(view.currentForm()).isSameAs(form);

        // Moving away and back keeps the draft.
        if (view.waitingReports().size() > 1) {
            ShortcutsKt.fireShortcut(Key.KEY_P, KeyModifier.ALT);
            ShortcutsKt.fireShortcut(Key.KEY_N, KeyModifier.ALT);
            assertThat(view.currentForm()).isSameAs(form);
        }

        // Corrected, the decision goes through.
        _setValue(action.dueDate(), today());
        _click(view.save);
        assertThat(view.waitingReports()).extracting(ReportSummary::reference).doesNotContain(reference);
        assertThat(view.announcement()).contains(reference, "1 action assigned");
    }

    @Test
    void aReferralNeedsWhereToAndWhy() {
        String reference = logReport("Repeated harassment of a neighbour");
        TaskingMeetingView view = openAs("supervisor");
        _click(view.start);
        ReviewForm form = goTo(view, reference);

        _setValue(form.decision, ReviewDecision.REFERRED);
        _setValue(form.referralKind, ReferralKind.COMMUNITY_MARAC);
        _click(view.save);
        assertThat(form.note.isInvalid()).isTrue();
        assertThat(form.note.getErrorMessage()).isEqualTo("Say why the report is referred");
        assertThat(form.referralKind.getValue()).isEqualTo(ReferralKind.COMMUNITY_MARAC);

        _setValue(form.note, "Vulnerable victim, repeat perpetrator");
        _click(view.save);
        assertThat(view.waitingReports()).extracting(ReportSummary::reference).doesNotContain(reference);
        assertThat(view.announcement()).contains(reference, "referred to Community MARAC");
    }

    @Test
    void startingNeedsAgenciesAndKeepsTheChoice() {
        TaskingMeetingView view = openAs("supervisor");
        _setValue(view.attending, java.util.Set.of());
        _click(view.start);
        assertThat(view.attending.isInvalid()).isTrue();
        assertThat(view.attending.getErrorMessage()).isEqualTo("Tick the agencies attending");
        assertThat(meetings.meetingInProgress()).isEmpty();
        assertThat(view.meetingDate.getValue()).isEqualTo(today());
    }

    private TaskingMeetingView openAs(String username) {
        signIn(username);
        UI.getCurrent().navigate(TaskingMeetingView.class);
        return _get(TaskingMeetingView.class);
    }

    /** Moves through the new reports with Alt+N until the report is the one on show. */
    private ReviewForm goTo(TaskingMeetingView view, String reference) {
        assertThat(view.waitingReports()).extracting(ReportSummary::reference).contains(reference);
        for (int i = 0; i <= view.waitingReports().size()
                && !view.currentForm().report().reference().equals(reference); i++) {
            ShortcutsKt.fireShortcut(Key.KEY_N, KeyModifier.ALT);
        }
        assertThat(view.currentForm().report().reference()).isEqualTo(reference);
        assertThat(view.currentForm().headingText()).endsWith(reference);
        return view.currentForm();
    }

    private static Agency agency(ActionEntry entry, String code) {
        return entry.agency().getListDataView().getItems().filter(a -> a.getCode().equals(code)).findFirst()
                .orElseThrow();
    }

    private static List<String> officers(ActionEntry entry) {
        return entry.assignee().getListDataView().getItems().map(CurrentUser::username).toList();
    }

    private static CurrentUser officer(ActionEntry entry, String username) {
        return entry.assignee().getListDataView().getItems().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow();
    }

    private static List<String> dueDescriptions(String agencyCode) {
        return dueActions(agencyCode).stream().map(ActionView::description).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<ActionView> dueActions(String agencyCode) {
        List<Div> blocks = _find(Div.class, spec -> spec.withId("due-" + agencyCode));
        if (blocks.isEmpty()) {
            return List.of();
        }
        Grid<ActionView> grid = _get(blocks.get(0), Grid.class);
        return GridKt._findAll(grid);
    }
}
