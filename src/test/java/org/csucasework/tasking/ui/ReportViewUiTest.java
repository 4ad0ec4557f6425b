package org.csucasework.tasking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.csucasework.actions.ActionEntry;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionView;
import org.csucasework.actions.NewAction;
import org.csucasework.diagram.ProcessDiagramPanel;
import org.csucasework.intake.LoggedReport;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.SubjectRole;
import org.csucasework.intake.ui.IntakeUiTestSupport;
import org.csucasework.people.PersonDetails;
import org.csucasework.tasking.DailyTaskingProcess;
import org.csucasework.tasking.ReportActions;
import org.csucasework.tasking.ReportClosingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report page in a browserless UI, against the running application and its database. */
class ReportViewUiTest extends IntakeUiTestSupport {

    @Autowired
    ReportService reports;

    @Autowired
    ActionService actions;
    @Autowired
    ReportActions reportActions;

    @Autowired
    ReportClosingService closing;

    private String unique;

    /** A report logged by the signed-in user: loud music at a new place, a named reporter and neighbour. */
    private LoggedReport logReport() {
        unique = UUID.randomUUID().toString().substring(0, 8);
        return reports.log(new NewReport(Instant.now().minus(2, ChronoUnit.HOURS), "NOIMUS", "E05005008", null,
                "3 Page Test Road " + unique, "SDC_CSU", false,
                new PersonDetails(null, "Robin Reporter " + unique, null, "01732 100200", null, null),
                List.of(new NewReport.Subject(SubjectRole.ALLEGED_PERPETRATOR,
                        PersonDetails.named("Nico Neighbour " + unique))),
                "Loud music from the flat below, most nights after midnight."), null);
    }

    private static String day(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK).format(date);
    }

    /** The text of the page's content (without the navigation around it). */
    private static String pageText() {
        return currentView().getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ActionView> actionsGrid() {
        return _get(Grid.class, spec -> spec.withClasses("report-actions"));
    }

    @Test
    void aCaseworkerSeesTheSummaryActionsAndProcessOfAReport() {
        signInAs("caseworker");
        LoggedReport report = logReport();
        reportActions.assign(report.reference(), new NewAction("KENT_POLICE", "Visit the flat and speak to the tenant",
                LocalDate.now().plusDays(3), null));

        navigateTo("reports/" + report.reference());

        assertThat(_get(H1.class).getText()).isEqualTo("Report " + report.reference());
        assertThat(pageText()).contains("Loud music", "3 Page Test Road " + unique + ", Ash ward",
                "Robin Reporter " + unique, "01732 100200", "Nico Neighbour " + unique, "Alleged perpetrator",
                "Sevenoaks District Council - Community Safety", "Loud music from the flat below",
                "Other reports about 3 Page Test Road " + unique + ": none that you can see.");
        Grid<ActionView> grid = actionsGrid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "agency")).isEqualTo("Kent Police");
        assertThat(GridKt._getFormatted(grid, 0, "description")).isEqualTo("Visit the flat and speak to the tenant");
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("Open");
        assertThat(GridKt._getCellComponent(grid, 0, "due").getElement().getTextRecursively())
                .isEqualTo(day(LocalDate.now().plusDays(3)));

        assertThat(pageText()).contains("Current steps:", "Review at daily tasking", "Complete the action");
        Div drawing = _get(Div.class, spec -> spec.withClasses("process-diagram"));
        assertThat(drawing.getElement().getAttribute("data-current").split(" ")).as("the steps bpmn-js marks as current")
                .contains(DailyTaskingProcess.REVIEW_AT_TASKING, DailyTaskingProcess.COMPLETE_ACTION);
        assertThat(drawing.getElement().getAttribute("data-finished")).contains("reportLogged");
        assertThat(pageText()).contains("Complete the action: waiting since",
                "due by the end of " + ReportViewUiTest.day(LocalDate.now().plusDays(3)));
        @SuppressWarnings("unchecked")
        Grid<Object> timeline = _get(Grid.class, spec -> spec.withClasses("history-grid"));
        int oldest = GridKt._size(timeline) - 1;
        assertThat(GridKt._getFormatted(timeline, oldest, "who")).isEqualTo("Casey Caseworker");
        assertThat(GridKt._getFormatted(timeline, oldest, "kind")).isEqualTo("Event");
        assertThat(GridKt._findAll(timeline)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(GridKt._getCellComponent(timeline, oldest, "what").getElement().getTextRecursively())
                .isEqualTo("Report logged");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("refer-to-marac")).getHref())
                .isEqualTo("marac/referrals/new?report=" + report.reference());
        assertThat(_find(Button.class, spec -> spec.withText("Reporter updated"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Close the report"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Case Review considered"))).isEmpty();
    }

    @Test
    void anActionAddedOnTheReportPageNamesAnOfficerOfItsAgencyAndAPastDueDateIsMarkedAtItsField() {
        signInAs("caseworker");
        LoggedReport report = logReport();
        navigateTo("reports/" + report.reference());

        _click(_get(Button.class, spec -> spec.withText("Add an action")));
        ActionEntry entry = _get(ActionEntry.class);
        assertThat(entry.dueDate().getValue()).as("due in a week unless changed").isEqualTo(LocalDate.now().plusDays(7));
        _setValue(entry.agency(), entry.agency().getListDataView().getItems()
                .filter(a -> a.getCode().equals("KENT_POLICE")).findFirst().orElseThrow());
        assertThat(entry.assignee().getListDataView().getItems()).as("only the agency's own users may be named")
                .isNotEmpty().allSatisfy(officer -> assertThat(officer.agencyCode()).isEqualTo("KENT_POLICE"));
        _setValue(entry.assignee(), entry.assignee().getListDataView().getItems().findFirst().orElseThrow());
        _setValue(entry.description(), "Patrol the car park at night");
        _setValue(entry.dueDate(), LocalDate.now().minusDays(1));
        _click(_get(Button.class, spec -> spec.withText("Add the action")));

        assertThat(entry.dueDate().isInvalid()).isTrue();
        assertThat(entry.dueDate().getErrorMessage()).isEqualTo("The due date cannot be in the past");
        assertThat(entry.description().getValue()).as("nothing typed is lost").isEqualTo("Patrol the car park at night");

        _setValue(entry.dueDate(), LocalDate.now().plusDays(2));
        _click(_get(Button.class, spec -> spec.withText("Add the action")));

        _assertNone(Dialog.class);
        assertThat(GridKt._getFormatted(actionsGrid(), 0, "agency")).isEqualTo("Kent Police");
        assertThat(GridKt._getFormatted(actionsGrid(), 0, "description")).isEqualTo("Patrol the car park at night");
    }

    @Test
    void anActionIsCompletedWithAnOutcomeAndAMissingOutcomeIsMarkedAtItsField() {
        signInAs("caseworker");
        LoggedReport report = logReport();
        reportActions.assign(report.reference(), new NewAction("KENT_POLICE", "Patrol after midnight",
                LocalDate.now().plusDays(1), null));
        navigateTo("reports/" + report.reference());

        Component buttons = GridKt._getCellComponent(actionsGrid(), 0, "work");
        _click(_get(buttons, Button.class, spec -> spec.withText("Complete")));
        _click(_get(Button.class, spec -> spec.withText("Complete the action")));

        TextArea outcome = _get(TextArea.class, spec -> spec.withLabel("What was done (the outcome)"));
        assertThat(outcome.isInvalid()).isTrue();
        assertThat(outcome.getErrorMessage()).isEqualTo("Say what was done");

        _setValue(outcome, "Patrolled three nights; spoke to the tenant");
        _click(_get(Button.class, spec -> spec.withText("Complete the action")));

        _assertNone(Dialog.class);
        assertThat(GridKt._getFormatted(actionsGrid(), 0, "status")).isEqualTo("Done");
        assertThat(GridKt._getFormatted(actionsGrid(), 0, "outcome")).isEqualTo("Patrolled three nights; spoke to the tenant");
    }

    @Test
    void closingWithoutAReasonOrReportBackIsRefusedAtTheFields() {
        signInAs("caseworker");
        LoggedReport report = logReport();
        navigateTo("reports/" + report.reference());

        _click(_get(Button.class, spec -> spec.withText("Close the report")));
        @SuppressWarnings("unchecked")
        Select<org.csucasework.reference.Outcome> outcome = _get(Select.class, spec -> spec.withLabel("Outcome"));
        ComboBoxKt.selectByLabel(outcome, "No further action");
        _click(_get(Button.class, spec -> spec.withText("Close with this outcome")));

        TextArea note = _get(TextArea.class, spec -> spec.withLabel("Note"));
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Give the reason for \"No further action\"");
        Checkbox told = _get(Checkbox.class, spec -> spec.withLabel("The reporter has been told the outcome"));
        assertThat(told.isInvalid()).isTrue();

        _setValue(note, "The reporter withdrew the complaint");
        _setValue(told, true);
        _click(_get(Button.class, spec -> spec.withText("Close with this outcome")));

        _assertNone(Dialog.class);
        assertThat(pageText()).contains("Status: Closed", "No further action: The reporter withdrew the complaint");
        assertThat(_find(Button.class, spec -> spec.withText("Close the report"))).isEmpty();
        assertThat(pageText()).contains("The process has ended.");
    }

    @Test
    void aCloseThatRacesAnotherChangeSaysSoAndOffersAReload() {
        signInAs("caseworker");
        LoggedReport report = logReport();
        navigateTo("reports/" + report.reference());
        _click(_get(Button.class, spec -> spec.withText("Close the report")));
        @SuppressWarnings("unchecked")
        Select<org.csucasework.reference.Outcome> outcome = _get(Select.class, spec -> spec.withLabel("Outcome"));
        ComboBoxKt.selectByLabel(outcome, "Resolved");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("The reporter has been told the outcome")), true);

        closing.reporterUpdated(report.reference());   // someone else, meanwhile
        _click(_get(Button.class, spec -> spec.withText("Close with this outcome")));

        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getElement().getTextRecursively())
                .contains("Someone else changed report " + report.reference(), "Reload it and try again");
        assertThat(outcome.getValue().getCode()).as("the entry is kept").isEqualTo("RESOLVED");
        _click(_get(Button.class, spec -> spec.withText("Reload the report")));
        _assertNone(Dialog.class);
        assertThat(pageText()).contains("Reporter told the outcomeYes", "Awaiting daily tasking");
    }

    @Test
    void anOfficerRecordsThatTheVictimWasToldOfTheRightToACaseReviewWhenTheThresholdIsReached() {
        signInAs("caseworker");
        String reporter = "Rene Repeat " + UUID.randomUUID().toString().substring(0, 8);
        LoggedReport third = null;
        for (int i = 1; i <= 3; i++) {
            third = reports.log(new NewReport(Instant.now().minus(4 - i, ChronoUnit.HOURS), "ASB_NEIGHBOUR", null, null,
                    // The same place: complaints about the same behaviour (DESIGN.md 4.5).
                    "1 Repeat Row " + reporter, "SDC_CSU", false,
                    // Chosen from the record after the first report, as the form offers them (decision 0020).
                    new PersonDetails(third == null ? null : third.reporterPersonId(), reporter, null, "01732 300400",
                            null, null), List.of(),
                    "Shouting and threats from next door."), null);
        }
        assertThat(third.flags()).contains(org.csucasework.intake.ReportFlag.CASE_REVIEW_THRESHOLD);
        navigateTo("reports/" + third.reference());
        assertThat(pageText()).contains("ASB Case Review threshold reached",
                "Reporter not yet told of the right to an ASB Case Review");
        assertThat(_find(Anchor.class, spec -> spec.withText("Apply for an ASB Case Review"))).hasSize(1);

        _click(_get(Button.class, spec -> spec.withText("Victim told of the right to a Case Review")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("How and when they were told")),
                "Told by phone; no review requested");
        _click(_get(Button.class, spec -> spec.withText("Record that it was told")));

        _assertNone(Dialog.class);
        assertThat(pageText()).contains("Reporter told of the right to an ASB Case Review");
        assertThat(_find(Button.class, spec -> spec.withText("Victim told of the right to a Case Review"))).isEmpty();
    }

    @Test
    void theHousingPartnerGetsNotFoundForACsuReportLikeForAReportThatDoesNotExist() {
        signInAs("caseworker");
        LoggedReport report = logReport();

        signInAs("housing");
        navigateTo("reports/" + report.reference());

        assertThat(_get(H1.class).getText()).isEqualTo("Report not found");
        assertThat(pageText()).doesNotContain("Page Test Road", "Robin Reporter", "Loud music");
        _assertNone(Grid.class);
        _assertNone(ProcessDiagramPanel.class);
        String forbidden = pageText().replace(report.reference(), "REF");

        navigateTo("reports/CSU-1999-999999");
        assertThat(_get(H1.class).getText()).isEqualTo("Report not found");
        assertThat(pageText().replace("CSU-1999-999999", "REF")).isEqualTo(forbidden);
    }

    @Test
    void aRepeatComplainantNamedAsAnAllegedPerpetratorIsMarkedOnThePage() {
        signInAs("caseworker");
        String id = UUID.randomUUID().toString().substring(0, 8);
        String carla = "Carla Complainant " + id;
        Instant at = Instant.now().minus(3, ChronoUnit.DAYS);
        String first = reports.log(new NewReport(at, "NOIMUS", "E05005008", null, "1 Marker Road " + id, "SDC_CSU",
                true, null, List.of(new NewReport.Subject(SubjectRole.COMPLAINANT, PersonDetails.named(carla))),
                "Music from next door"), null).reference();
        Long carlaId = reports.details(first).subjects().get(0).person().id();
        PersonDetails chosen = new PersonDetails(carlaId, carla, null, null, null, null);
        // The second time she says she is targeted for who she is: a possible hate incident.
        reports.log(new NewReport(at.plus(1, ChronoUnit.DAYS), "NOIMUS", "E05005008", null, "1 Marker Road " + id,
                "SDC_CSU", true, null, List.of(new NewReport.Subject(SubjectRole.COMPLAINANT, chosen)),
                "Shouted at in the street", null, java.util.Map.of("TARGETED_IDENTITY", true)), null);
        String third = reports.log(new NewReport(at.plus(2, ChronoUnit.DAYS), "NOIMUS", "E05005008", null,
                "2 Marker Road " + id, "SDC_CSU", true, null, List.of(
                new NewReport.Subject(SubjectRole.ALLEGED_PERPETRATOR, chosen),
                new NewReport.Subject(SubjectRole.WITNESS, PersonDetails.named("Walter Witness " + id))),
                "Counter-complaint: she plays music late"), null).reference();

        navigateTo("reports/" + third);

        com.vaadin.flow.component.html.H3 carlaHeading = _get(com.vaadin.flow.component.html.H3.class,
                spec -> spec.withText(carla + " (Alleged perpetrator)"));
        org.csucasework.intake.ui.PersonMarkerBadges badges =
                _get(carlaHeading, org.csucasework.intake.ui.PersonMarkerBadges.class);
        assertThat(badges.isVisible()).isTrue();
        assertThat(badges.text()).contains("Repeat victim", "Possible hate incident");
        com.vaadin.flow.component.html.H3 walterHeading = _get(com.vaadin.flow.component.html.H3.class,
                spec -> spec.withText("Walter Witness " + id + " (Witness)"));
        _assertNone(walterHeading, org.csucasework.intake.ui.PersonMarkerBadges.class);
        assertThat(reports.details(first).subjects().get(0).person().markers())
                .as("markers are the person's, whichever report shows them")
                .containsExactlyInAnyOrder(org.csucasework.intake.PersonMarker.REPEAT_VICTIM,
                        org.csucasework.intake.PersonMarker.POSSIBLE_HATE_INCIDENT);
    }
}
