package org.csucasework.taskgroups.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.csucasework.actions.ActionEntry;
import org.csucasework.actions.ActionView;
import org.csucasework.actions.ui.MyActionsView;
import org.csucasework.diagram.ProcessDiagramPanel;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportService;
import org.csucasework.people.PeopleService;
import org.csucasework.people.Place;
import org.csucasework.shared.Role;
import org.csucasework.support.KaribuUiTest;
import org.csucasework.taskgroups.GroupActionPlan;
import org.csucasework.taskgroups.GroupFilter;
import org.csucasework.taskgroups.GroupMeetings;
import org.csucasework.taskgroups.GroupStatus;
import org.csucasework.taskgroups.GroupSummary;
import org.csucasework.taskgroups.SubjectKind;
import org.csucasework.taskgroups.SubjectOption;
import org.csucasework.taskgroups.TaskGroupFixtures;
import org.csucasework.taskgroups.TaskGroupService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The group screens in a mocked browser session, on the real services and database. */
class TaskGroupViewTest extends KaribuUiTest {

    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PeopleService people;
    @Autowired
    TaskGroupService groups;

    @Autowired
    GroupMeetings groupMeetings;

    @Autowired
    GroupActionPlan actionPlan;
    @Autowired
    ReportService reports;

    private TaskGroupFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new TaskGroupFixtures(userDetailsService, people, groups, groupMeetings);
    }

    @Test
    @DisplayName("Proposing a group without a subject, a lead or a member agency marks each field and keeps what was typed")
    void proposalWithoutSubjectLeadOrMembersIsMarkedAndKept() {
        login("caseworker", Role.CASEWORKER);
        ProposeGroupView view = navigate(ProposeGroupView.class);
        GroupForm form = view.form;
        _setValue(form.title, "Unfinished proposal " + fixtures.suffix);
        _setValue(form.reason, "Repeated fires in the woods");
        _setValue(form.members, Set.of());

        _click(form.save);

        assertThat(form.subject.isInvalid()).isTrue();
        assertThat(form.subject.getErrorMessage()).isEqualTo("Choose the place or person the group is about");
        assertThat(form.lead.isInvalid()).isTrue();
        assertThat(form.lead.getErrorMessage()).isEqualTo("Choose the lead officer");
        assertThat(form.members.isInvalid()).isTrue();
        assertThat(form.members.getErrorMessage()).isEqualTo("Choose at least one member agency");
        assertThat(form.title.getValue()).isEqualTo("Unfinished proposal " + fixtures.suffix);
        assertThat(form.reason.getValue()).isEqualTo("Repeated fires in the woods");
        assertThat(groups.list(GroupFilter.all())).extracting(GroupSummary::title)
                .doesNotContain("Unfinished proposal " + fixtures.suffix);
    }

    @Test
    @DisplayName("A complete proposal is saved and opens the new group's page")
    void completeProposalOpensTheGroupPage() {
        fixtures.runAs("caseworker");
        Place place = fixtures.newPlace("Proposal Page Park");
        login("caseworker", Role.CASEWORKER);
        UI.getCurrent().navigate(ProposeGroupView.class,
                QueryParameters.simple(Map.of("place", String.valueOf(place.getId()))));
        GroupForm form = _get(ProposeGroupView.class).form;
        assertThat(form.subject.getValue()).isEqualTo(new SubjectOption(SubjectKind.PLACE, place.getId(), place.getLabel()));
        assertThat(form.title.getValue()).isEqualTo(place.getLabel());
        _setValue(form.lead, "police");
        _setValue(form.members, Set.of("KENT_POLICE"));
        _setValue(form.reason, "Drug dealing from the car park");

        _click(form.save);

        TaskGroupView page = _get(TaskGroupView.class);
        assertThat(_get(page, H1.class, spec -> { }).getText()).startsWith("TFG-").endsWith(place.getLabel());
        assertThat(groups.groupsAtPlace(place.getId())).singleElement()
                .satisfies(g -> assertThat(g.status()).isEqualTo(GroupStatus.PROPOSED));
    }

    @Test
    @DisplayName("An action added on the group's page joins the action plan; an invalid one is marked at its field and kept")
    void actionPlanTakesNewActionsAndMarksInvalidOnes() {
        GroupSummary group = fixtures.working("Action Plan Page Lane", null);
        login("caseworker", Role.CASEWORKER);
        navigate("task-groups/" + group.reference());
        TaskGroupView view = _get(TaskGroupView.class);
        ActionEntry entry = view.actionEntry;
        _setValue(entry.agency(), entry.agency().getListDataView().getItems()
                .filter(a -> a.getCode().equals("WKHA")).findFirst().orElseThrow());
        _setValue(entry.description(), "Replace the broken lighting " + fixtures.suffix);
        _setValue(entry.dueDate(), TaskGroupFixtures.today().minusDays(1));

        _click(entry.addButton());

        assertThat(entry.dueDate().isInvalid()).isTrue();
        assertThat(entry.dueDate().getErrorMessage()).isEqualTo("The due date cannot be in the past");
        assertThat(entry.description().getValue()).isEqualTo("Replace the broken lighting " + fixtures.suffix);
        assertThat(entry.agency().getValue().getCode()).isEqualTo("WKHA");
        assertThat(GridKt._size(view.actionPlan)).isZero();

        _setValue(entry.dueDate(), TaskGroupFixtures.today().plusDays(7));
        _click(entry.addButton());

        assertThat(rows(view)).extracting(ActionView::description)
                .containsExactly("Replace the broken lighting " + fixtures.suffix);
        assertThat(rows(view).get(0).agencyCode()).isEqualTo("WKHA");
        assertThat(entry.description().getValue()).isEmpty();
        assertThat(view.actionPlanMessage.getText()).contains("added to the plan");
    }

    @Test
    @DisplayName("The group's page draws its process at the current step")
    void groupPageDrawsItsProcess() {
        GroupSummary group = fixtures.working("Diagram Drive", null);
        login("caseworker", Role.CASEWORKER);

        navigate("task-groups/" + group.reference());

        ProcessDiagramPanel panel = _get(ProcessDiagramPanel.class);
        assertThat(_get(panel, Paragraph.class, spec -> spec.withClasses("diagram-legend")).getText())
                .startsWith("Task and Finish Group. Current step");
        Div drawing = _get(panel, Div.class, spec -> spec.withClasses("process-diagram"));
        assertThat(drawing.getElement().getAttribute("aria-label")).contains("group " + group.reference());
        assertThat(drawing.getElement().getAttribute("data-current")).as("the current step's id, for bpmn-js to mark")
                .isNotBlank();
    }

    @Test
    @DisplayName("A group's action in My actions links to the group's page, not to a report")
    void groupActionLinksToTheGroup() {
        GroupSummary group = fixtures.working("Link Lane", null);
        fixtures.runAs("caseworker");
        String task = "Patrol the lane " + fixtures.suffix;
        actionPlan.add(group.reference(), new org.csucasework.actions.NewAction("KENT_POLICE", task,
                TaskGroupFixtures.today().plusDays(3), null));
        login("police", Role.PARTNER);

        navigate(MyActionsView.class);

        @SuppressWarnings("unchecked")
        Grid<ActionView> grid = _get(Grid.class, spec -> spec.withId("my-actions-grid"));
        List<ActionView> rows = GridKt._findAll(grid);
        int row = rows.indexOf(rows.stream().filter(a -> a.description().equals(task)).findFirst().orElseThrow());
        Anchor link = (Anchor) GridKt._getCellComponent(grid, row, "report");
        assertThat(link.getHref()).isEqualTo("task-groups/" + group.reference());
        assertThat(link.getText()).isEqualTo(group.reference());
    }

    @Test
    @DisplayName("Closing a group with an open action shows why it cannot close yet and keeps the reason typed")
    void closingWithAnOpenActionShowsTheMessage() {
        GroupSummary group = fixtures.working("Close Page Close", null);
        fixtures.runAs("caseworker");
        actionPlan.add(group.reference(), new org.csucasework.actions.NewAction("KENT_POLICE", "Patrol",
                TaskGroupFixtures.today().plusDays(3), null));
        login("caseworker", Role.CASEWORKER);
        navigate("task-groups/" + group.reference());
        TaskGroupView view = _get(TaskGroupView.class);
        _setValue(view.outcome, org.csucasework.taskgroups.GroupOutcome.RESOLVED);
        _setValue(view.closeReason, "No reports for two months");

        _click(view.close);

        assertThat(view.closeMessage.getText()).contains("still open").contains("reassign or close");
        assertThat(view.closeReason.getValue()).isEqualTo("No reports for two months");
        assertThat(groups.summary(group.reference()).status()).isEqualTo(GroupStatus.OPEN);
    }

    @Test
    @DisplayName("A partner whose agency is not a member is told the group is not found")
    void otherAgencySeesNotFound() {
        GroupSummary group = fixtures.proposed("Hidden Page Hollow");
        login("housing", Role.PARTNER);
        navigate("task-groups/" + group.reference());
        assertThat(_get(H1.class, spec -> spec.withText("Group not found"))).isNotNull();
    }

    @Test
    @DisplayName("A proposal from a report comes with the report's place and the report itself")
    void proposalFromAReportIsPrefilled() {
        fixtures.runAs("caseworker");
        var report = reports.log(new NewReport(Instant.now().minus(2, ChronoUnit.HOURS), "ASB_NUISANCE", "E05005008",
                null, "From Report Row " + fixtures.suffix, "SDC_CSU", true, null, List.of(), "Fires"), null);
        login("caseworker", Role.CASEWORKER);
        UI.getCurrent().navigate(ProposeGroupView.class,
                QueryParameters.simple(Map.of("report", report.reference())));

        GroupForm form = _get(ProposeGroupView.class).form;
        assertThat(form.subject.getValue().label()).isEqualTo("From Report Row " + fixtures.suffix);
        assertThat(form.reportReference.getValue()).isEqualTo(report.reference());
        assertThat(form.reportReference.isVisible()).isTrue();
    }

    @Test
    @DisplayName("In the approval queue a decline without a reason is marked at the reason; an approval leaves the queue")
    void supervisorDecidesFromTheQueue() {
        GroupSummary group = fixtures.proposed("Queue Quay");
        login("supervisor", Role.SUPERVISOR);
        navigate(GroupApprovalsView.class);
        TextArea note = _get(TextArea.class, spec -> spec.withLabel("Note, or the reason for declining "
                + group.reference()));

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Decline " + group.reference())));

        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Give the reason for declining the group");
        assertThat(groups.summary(group.reference()).status()).isEqualTo(GroupStatus.PROPOSED);

        _setValue(note, "Agreed: the play area needs a partnership plan");
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Approve " + group.reference())));

        assertThat(groups.summary(group.reference()).status()).isEqualTo(GroupStatus.OPEN);
        assertThat(_find(Button.class, spec -> spec.withAttribute("aria-label", "Approve " + group.reference())))
                .isEmpty();
    }

    @Test
    @DisplayName("On a place's page a visit with one agency is marked and kept; a proper one is listed")
    void siteVisitOnThePlacePage() {
        fixtures.runAs("caseworker");
        Place place = fixtures.newPlace("Visited Verge");
        login("caseworker", Role.CASEWORKER);
        navigate("places/" + place.getId());
        SiteVisitForm form = _get(PlaceView.class).form;
        _setValue(form.visitDate, TaskGroupFixtures.today());
        _setValue(form.agencies, Set.of("SDC_CSU"));
        _setValue(form.findings, "Abandoned car, fly-tipping " + fixtures.suffix);
        _setValue(form.followUp, "Direct Services to clear");

        _click(form.save);

        assertThat(form.agencies.isInvalid()).isTrue();
        assertThat(form.findings.getValue()).isEqualTo("Abandoned car, fly-tipping " + fixtures.suffix);
        assertThat(form.followUp.getValue()).isEqualTo("Direct Services to clear");

        _setValue(form.agencies, Set.of("SDC_CSU", "KENT_POLICE"));
        _click(form.save);

        assertThat(_get(UnorderedList.class, spec -> spec.withId("place-visits")).getElement().getTextRecursively())
                .contains("Abandoned car, fly-tipping " + fixtures.suffix).contains("Direct Services to clear");
    }

    @Test
    @DisplayName("The groups list filters by place")
    void groupsListFiltersByPlace() {
        GroupSummary group = fixtures.proposed("Filtered Fields");
        login("caseworker", Role.CASEWORKER);
        TaskGroupsView view = navigate(TaskGroupsView.class);

        _setValue(view.place, "Filtered Fields " + fixtures.suffix);

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).reference()).isEqualTo(group.reference());
    }

    private static List<ActionView> rows(TaskGroupView view) {
        return IntStream.range(0, GridKt._size(view.actionPlan)).mapToObj(i -> GridKt._get(view.actionPlan, i))
                .toList();
    }
}
