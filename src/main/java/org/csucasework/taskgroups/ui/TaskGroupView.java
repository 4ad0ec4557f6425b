package org.csucasework.taskgroups.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csucasework.actions.ActionEntry;
import org.csucasework.actions.ActionOutcomeDialog;
import org.csucasework.actions.ActionStatus;
import org.csucasework.actions.ActionView;
import org.csucasework.actions.ActionsGrid;
import org.csucasework.casehistory.CaseDocuments;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseHistoryPanel;
import org.csucasework.casehistory.CaseRef;
import org.csucasework.diagram.ProcessDiagramPanel;
import org.csucasework.diagram.ProcessDiagramService;
import org.csucasework.reference.Agency;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.MeetingStatus;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.Names;
import org.csucasework.shared.ui.Notices;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.taskgroups.CloseGroup;
import org.csucasework.taskgroups.GroupActionPlan;
import org.csucasework.taskgroups.GroupMeetings;
import org.csucasework.taskgroups.GroupOutcome;
import org.csucasework.taskgroups.GroupPage;
import org.csucasework.taskgroups.GroupStatus;
import org.csucasework.taskgroups.GroupSummary;
import org.csucasework.taskgroups.MeetingRecord;
import org.csucasework.taskgroups.SiteVisitService;
import org.csucasework.taskgroups.SiteVisitView;
import org.csucasework.taskgroups.SubjectKind;
import org.csucasework.taskgroups.SubjectOption;
import org.csucasework.taskgroups.TaskAndFinishGroupProcess;
import org.csucasework.taskgroups.TaskGroupService;
import org.csucasework.taskgroups.process.GroupProcess;
import org.springframework.security.access.AccessDeniedException;

/**
 * A group's page: what it is about and who works on it, where its process stands (the open steps), the supervisor's
 * decision, set-up, the action plan, meetings, linked reports, site visits, closing, and the timeline. Every change
 * goes through the group's services, which decide what the user may do; the page offers only what they may.
 */
@Route("task-groups/:reference")
@PageTitle("Task and Finish Group | CSU Casework")
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME, Role.PARTNER_NAME, Role.ANALYST_NAME, Role.ADMIN_NAME})
public class TaskGroupView extends VerticalLayout implements BeforeEnterObserver {

    private final Names names;

    private final TaskGroupService groups;
    private final GroupMeetings groupMeetings;
    private final GroupActionPlan groupActionPlan;
    private final SiteVisitService siteVisits;
    private final Clock clock;
    private final List<Agency> agencyList;

    private String reference;
    private GroupPage page;

    // The parts tests and keyboard users reach; rebuilt with the page.
    GroupForm form;
    TextArea decisionNote;
    Button approve;
    Button decline;
    ActionsGrid actionPlan;
    ActionEntry actionEntry;
    Paragraph actionPlanMessage;
    DatePicker scheduleDate;
    Select<Long> meetingToRecord;
    DatePicker heldOn;
    MultiSelectComboBox<String> attending;
    TextArea minutes;
    Button recordMeeting;
    TextField linkReport;
    RadioButtonGroup<GroupOutcome> outcome;
    TextArea closeReason;
    Button close;
    Paragraph closeMessage;
    SiteVisitForm siteVisitForm;
    private final ProcessDiagramService diagrams;
    private final CaseHistory history;
    private final CaseDocuments documents;

    public TaskGroupView(TaskGroupService groups, GroupMeetings groupMeetings, GroupActionPlan groupActionPlan, SiteVisitService siteVisits, ProcessDiagramService diagrams,
                         Clock clock, Names names, CaseHistory history, CaseDocuments documents) {
        this.groups = groups;
        this.groupMeetings = groupMeetings;
        this.groupActionPlan = groupActionPlan;
        this.names = names;
        this.history = history;
        this.documents = documents;
        this.diagrams = diagrams;
        this.siteVisits = siteVisits;
        this.clock = clock;
        this.agencyList = groups.agencies();
        addClassName("task-group");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElse("");
        render();
    }

    void render() {
        removeAll();
        try {
            page = groups.page(reference);
        } catch (NotFoundException e) {
            add(new H1("Group not found"), new Paragraph("There is no group " + reference
                    + " that you can see. Groups are shared with their member agencies."),
                    new Anchor("task-groups", "Back to the groups"));
            return;
        }
        GroupSummary group = page.group();
        add(new H1(group.reference() + " " + group.title()));
        add(summary(group));
        add(openSteps());
        add(processSection(group));
        if (page.permissions().decide()) {
            add(decision());
        }
        if (page.permissions().setUp()) {
            add(setUp());
        }
        add(actionPlanSection(group));
        add(meetingsSection(group));
        add(reportsSection());
        add(siteVisitsSection(group));
        if (page.permissions().manage() && group.status() == GroupStatus.OPEN) {
            add(closeSection());
        }
        if (page.permissions().manage() && group.status().isActive() && !page.permissions().setUp()) {
            add(editSection());
        }
        add(timeline());
    }

    private Component summary(GroupSummary group) {
        Div summary = new Div();
        summary.addClassName("group-summary");
        summary.add(line("Status", group.status().label() + (group.status() == GroupStatus.OPEN && group.setUpAt() == null
                ? " (approved, waiting to be set up)" : "")));
        Div about = new Div(new Span("About: "), GroupFormat.subjectLink(group));
        summary.add(about);
        summary.add(line("Lead officer", group.leadName() == null ? "Not chosen yet" : group.leadName()));
        summary.add(line("Member agencies", group.memberAgencies().isEmpty() ? "None yet"
                : names.agencies(group.memberAgencies())));
        summary.add(line("Reviews", "every " + group.reviewIntervalWeeks() + " weeks"));
        summary.add(line("Proposed", group.proposalSource().label() + ", " + UkDates.moment(group.proposedAt())
                + " by " + group.proposedBy() + ": " + group.proposalReason()));
        if (page.decidedAt() != null) {
            summary.add(line(group.status() == GroupStatus.DECLINED ? "Declined" : "Approved",
                    UkDates.moment(page.decidedAt()) + " by " + page.decidedBy()
                            + (page.decisionNote() == null ? "" : ": " + page.decisionNote())));
        }
        if (group.outcome() != null) {
            summary.add(line("Closed", UkDates.moment(group.closedAt()) + ": " + group.outcome().label() + " - "
                    + page.outcomeReason()));
        }
        return summary;
    }

    private static Paragraph line(String label, String value) {
        Paragraph line = new Paragraph();
        Span name = new Span(label + ": ");
        name.getStyle().set("font-weight", "600");
        line.add(name, new Span(value));
        line.getStyle().set("margin", "0.2em 0");
        return line;
    }

    /** Where the group's process stands: the steps now open (a plain list; no second diagram renderer). */
    private Component openSteps() {
        VerticalLayout section = section("Where the group's process stands");
        if (page.nextReviewDue() != null) {
            section.add(new Paragraph("Next review due " + UkDates.moment(page.nextReviewDue())
                    + " (a meeting held before then starts a new cycle)."));
        }
        if (page.openSteps().isEmpty()) {
            if (page.nextReviewDue() == null) {
                section.add(new Paragraph(page.group().status().isActive() ? "No step is open."
                        : "The process has ended."));
            }
        } else {
            UnorderedList steps = new UnorderedList();
            steps.setId("group-steps");
            page.openSteps().forEach(step -> steps.add(new ListItem(step.name()
                    + (step.assignee() == null ? "" : ", for " + step.assignee())
                    + (step.due() == null ? "" : ", due " + UkDates.moment(step.due())))));
            section.add(steps);
        }
        return section;
    }

    private Component decision() {
        VerticalLayout section = section("Approve or decline");
        decisionNote = new TextArea("Note, or the reason for declining");
        decisionNote.setWidthFull();
        decisionNote.setHelperText("A reason is required to decline");
        approve = new Button("Approve", e -> act(() -> groups.approve(reference, decisionNote.getValue()),
                "Approved: set the group up next."));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decline = new Button("Decline", e -> {
            try {
                groups.decline(reference, decisionNote.getValue());
                Notices.success("Declined.");
                render();
            } catch (ValidationException ex) {
                FieldErrors.show(ex.errors(), Map.of("reason", decisionNote));
            } catch (ConflictException | AccessDeniedException ex) {
                Notices.error(ex.getMessage());
            }
        });
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        section.add(decisionNote, new HorizontalLayout(approve, decline));
        return section;
    }

    private Component setUp() {
        form = new GroupForm(groups.leadCandidates(), agencyList, text -> List.of());
        form.edit(groups.draftOf(reference), GroupForm.Mode.SET_UP);
        form.cancel.setVisible(false);
        form.addSaveListener(e -> {
            try {
                groups.setUp(e.draft());
                Notices.success("The group is set up; the lead holds the first meeting.");
                render();
            } catch (ValidationException ex) {
                form.showErrors(ex.errors());
            } catch (ConflictException | AccessDeniedException ex) {
                Notices.error(ex.getMessage());
            }
        });
        return form;
    }

    private Component editSection() {
        GroupForm edit = new GroupForm(groups.leadCandidates(), agencyList, text -> List.of());
        edit.edit(groups.draftOf(reference), GroupForm.Mode.EDIT);
        Details details = new Details("Change the group's title, lead, members or review cycle", edit);
        edit.addCancelListener(e -> details.setOpened(false));
        edit.addSaveListener(e -> {
            try {
                groups.update(e.draft());
                Notices.success("Saved.");
                render();
            } catch (ValidationException ex) {
                edit.showErrors(ex.errors());
            } catch (ConflictException | AccessDeniedException ex) {
                Notices.error(ex.getMessage());
            }
        });
        if (form == null) {
            form = edit;
        }
        return details;
    }

    private Component actionPlanSection(GroupSummary group) {
        VerticalLayout section = section("Action plan");
        section.add(new Paragraph("Each action belongs to an agency, appears in its \"My actions\" and on the daily "
                + "tasking agenda, and is chased by a supervisor when overdue."));
        actionPlan = new ActionsGrid("Action plan", names);
        actionPlan.setId("action-plan");
        if (page.permissions().manage()) {
            actionPlan.withWork(this::actionButtons);
        }
        actionPlan.setItems(page.actions());
        actionPlanMessage = new Paragraph();
        actionPlanMessage.getElement().setAttribute("role", "status");
        section.add(actionPlan, actionPlanMessage);
        if (page.permissions().manage() && group.status() == GroupStatus.OPEN && group.setUpAt() != null) {
            actionEntry = new ActionEntry(agencyList).withAddButton("Add to the action plan", null);
            actionEntry.addAddListener(e -> {
                try {
                    ActionView added = groupActionPlan.add(reference, e.action());
                    actionEntry.clear();
                    page = groups.page(reference);
                    actionPlan.setItems(page.actions());
                    actionPlanMessage.setText("Action for " + names.agency(added.agencyCode()) + " added to the plan.");
                } catch (ValidationException ex) {
                    List<FieldError> rest = actionEntry.showErrors(ex.errors(), "");
                    actionPlanMessage.setText(Notices.messages(rest));
                } catch (ConflictException | AccessDeniedException ex) {
                    Notices.error(ex.getMessage());
                }
            });
            section.add(actionEntry);
        }
        return section;
    }

    private Component actionButtons(ActionView action) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (action.status() != ActionStatus.OPEN) {
            return buttons;
        }
        Button complete = new Button("Complete", e -> outcomeDialog(action, true));
        complete.getElement().setAttribute("aria-label", "Complete the action: " + action.description());
        Button cancel = new Button("Cancel", e -> outcomeDialog(action, false));
        cancel.getElement().setAttribute("aria-label", "Cancel the action: " + action.description());
        buttons.add(complete, cancel);
        return buttons;
    }

    private void outcomeDialog(ActionView action, boolean complete) {
        (complete ? ActionOutcomeDialog.complete(action, names,
                outcome -> groupActionPlan.complete(reference, action.id(), outcome), done -> render())
                : ActionOutcomeDialog.cancel(action, names,
                reason -> groupActionPlan.cancel(reference, action.id(), reason), done -> render())).open();
    }

    private Component meetingsSection(GroupSummary group) {
        VerticalLayout section = section("Meetings");
        Grid<GroupPage.MeetingView> meetings = new Grid<>();
        meetings.setId("group-meetings");
        meetings.setAriaLabel("Meetings");
        meetings.setAllRowsVisible(true);
        meetings.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        meetings.addColumn(m -> UkDates.weekday(m.date())).setHeader("Date").setAutoWidth(true);
        meetings.addColumn(m -> m.kind().label()).setHeader("Meeting").setAutoWidth(true);
        meetings.addColumn(m -> m.status().label()).setHeader("Status").setAutoWidth(true);
        meetings.addColumn(m -> names.agencies(m.attendingAgencies())).setHeader("Attended");
        meetings.addColumn(m -> m.minutes() == null ? "" : m.minutes()).setHeader("Minutes").setFlexGrow(3);
        meetings.setItems(page.meetings());
        section.add(meetings);
        if (!(page.permissions().manage() && group.status() == GroupStatus.OPEN && group.setUpAt() != null)) {
            return section;
        }
        scheduleDate = UkDates.picker("Schedule a meeting on");
        scheduleDate.setMin(today());
        Button schedule = new Button("Schedule", e -> {
            try {
                groupMeetings.schedule(reference, scheduleDate.getValue());
                Notices.success("Meeting scheduled.");
                render();
            } catch (ValidationException ex) {
                FieldErrors.show(ex.errors(), Map.of("date", scheduleDate));
            } catch (ConflictException | AccessDeniedException ex) {
                Notices.error(ex.getMessage());
            }
        });
        HorizontalLayout scheduling = new HorizontalLayout(scheduleDate, schedule);
        scheduling.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        Map<Long, String> scheduled = new LinkedHashMap<>();
        scheduled.put(0L, "A meeting not scheduled here");
        page.meetings().stream().filter(m -> m.status() == MeetingStatus.SCHEDULED)
                .forEach(m -> scheduled.put(m.id(), m.kind().label() + " of " + UkDates.weekday(m.date())));
        meetingToRecord = new Select<>();
        meetingToRecord.setLabel("Meeting");
        meetingToRecord.setItems(scheduled.keySet());
        meetingToRecord.setItemLabelGenerator(id -> scheduled.getOrDefault(id, ""));
        meetingToRecord.setValue(scheduled.keySet().stream().skip(scheduled.size() > 1 ? 1 : 0).findFirst().orElse(0L));
        heldOn = UkDates.picker("Held on");
        heldOn.setValue(today());
        heldOn.setMax(today());
        attending = new MultiSelectComboBox<>("Agencies attending");
        attending.setItems(agencyList.stream().map(Agency::getCode).toList());
        attending.setItemLabelGenerator(names::agency);
        minutes = new TextArea("Minutes");
        minutes.setWidthFull();
        minutes.setMinHeight("6em");
        minutes.setHelperText("What was discussed and agreed; add the agreed actions to the action plan above");
        recordMeeting = new Button("Record the meeting", e -> {
            Long id = meetingToRecord.getValue() == null || meetingToRecord.getValue() == 0L ? null
                    : meetingToRecord.getValue();
            try {
                groupMeetings.record(reference, new MeetingRecord(id, heldOn.getValue(), attending.getValue(),
                        minutes.getValue()));
                Notices.success("Meeting recorded.");
                render();
            } catch (ValidationException ex) {
                List<FieldError> rest = FieldErrors.show(ex.errors(), Map.of("meetingId", meetingToRecord, "date", heldOn,
                        "attendingAgencies", attending, "minutes", minutes));
                if (!rest.isEmpty()) {
                    Notices.error(Notices.messages(rest));
                }
            } catch (ConflictException | AccessDeniedException ex) {
                Notices.error(ex.getMessage());
            }
        });
        recordMeeting.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout recordFields = new HorizontalLayout(meetingToRecord, heldOn, attending);
        recordFields.getStyle().set("flex-wrap", "wrap");
        Span recordHeading = new Span("Record a meeting held");
        recordHeading.getStyle().set("font-weight", "600");
        section.add(scheduling, recordHeading, recordFields, minutes, recordMeeting);
        return section;
    }

    private Component reportsSection() {
        VerticalLayout section = section("Linked reports");
        Grid<GroupPage.LinkedReport> grid = new Grid<>();
        grid.setId("group-reports");
        grid.setAriaLabel("Linked reports");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(l -> GroupFormat.reportLink(l.report().reference())).setHeader("Report")
                .setAutoWidth(true);
        grid.addColumn(l -> UkDates.moment(l.report().receivedAt())).setHeader("Received").setAutoWidth(true);
        grid.addColumn(l -> l.report().categoryName()).setHeader("Category");
        grid.addColumn(l -> l.report().placeLabel()).setHeader("Place");
        grid.addColumn(l -> l.report().status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(GroupPage.LinkedReport::reason).setHeader("Why linked");
        grid.setItems(page.reports());
        section.add(grid);
        if (page.permissions().manage()) {
            linkReport = new TextField("Link a report by its reference");
            linkReport.setPlaceholder("CSU-2026-000123");
            Button link = new Button("Link", e -> {
                try {
                    groups.linkReport(reference, linkReport.getValue());
                    render();
                } catch (ValidationException ex) {
                    FieldErrors.show(ex.errors(), Map.of("reportReference", linkReport));
                } catch (ConflictException | AccessDeniedException ex) {
                    Notices.error(ex.getMessage());
                }
            });
            HorizontalLayout linking = new HorizontalLayout(linkReport, link);
            linking.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            section.add(linking);
        }
        return section;
    }

    private Component siteVisitsSection(GroupSummary group) {
        VerticalLayout section = section("Partnership site visits");
        List<SiteVisitView> visits = siteVisits.visitsOf(reference);
        if (visits.isEmpty()) {
            section.add(new Paragraph("No site visits recorded for this group."));
        }
        UnorderedList list = new UnorderedList();
        visits.forEach(v -> list.add(new ListItem(UkDates.weekday(v.visitDate()) + ", " + v.placeLabel() + ", with "
                + names.agencies(v.agencies()) + ": " + v.findings()
                + (v.actions().isEmpty() ? "" : " (" + v.actions().size() + " follow-up actions)"))));
        section.add(list);
        if (page.permissions().manage() && group.status() == GroupStatus.OPEN && group.setUpAt() != null) {
            SubjectOption fixedPlace = group.subjectKind() == SubjectKind.PLACE
                    ? new SubjectOption(SubjectKind.PLACE, group.subjectId(), group.subjectLabel()) : null;
            siteVisitForm = new SiteVisitForm(agencyList, List.of(group), fixedPlace, groups::suggestSubjects,
                    group.reference());
            siteVisitForm.addSaveListener(e -> {
                try {
                    siteVisits.record(e.visit());
                    Notices.success("Site visit recorded.");
                    render();
                } catch (ValidationException ex) {
                    siteVisitForm.showErrors(ex.errors());
                } catch (ConflictException | AccessDeniedException ex) {
                    Notices.error(ex.getMessage());
                }
            });
            section.add(siteVisitForm);
        }
        return section;
    }

    private Component closeSection() {
        VerticalLayout section = section("Close the group");
        outcome = new RadioButtonGroup<>("Outcome");
        outcome.setItems(GroupOutcome.values());
        outcome.setItemLabelGenerator(GroupOutcome::label);
        closeReason = new TextArea("Reason");
        closeReason.setWidthFull();
        closeMessage = new Paragraph();
        closeMessage.getElement().setAttribute("role", "alert");
        closeMessage.getStyle().set("color", "var(--lumo-error-text-color)");
        close = new Button("Close the group", e -> {
            try {
                groups.close(reference, new CloseGroup(outcome.getValue(), closeReason.getValue(),
                        page.group().version()));
                Notices.success("The group is closed.");
                render();
            } catch (ValidationException ex) {
                List<FieldError> rest = FieldErrors.show(ex.errors(),
                        Map.of("outcome", outcome, "reason", closeReason));
                closeMessage.setText(Notices.messages(rest));
            } catch (ConflictException | AccessDeniedException ex) {
                Notices.error(ex.getMessage());
            }
        });
        section.add(outcome, closeReason, closeMessage, close);
        return section;
    }

    private Component timeline() {
        VerticalLayout section = section("History");
        section.add(new CaseHistoryPanel(history, documents, CaseRef.taskGroup(page.group().id()),
                "group " + page.group().reference()));
        return section;
    }

    /** The group's process drawn, after {@link TaskGroupService#page} has checked the user may see the group. */
    private Component processSection(GroupSummary group) {
        VerticalLayout section = section("Process");
        section.add(new ProcessDiagramPanel(() -> diagrams.diagramOf(TaskAndFinishGroupProcess.KEY,
                group.reference(), "group " + group.reference()), "This group has no process."));
        return section;
    }

    private VerticalLayout section(String title) {
        VerticalLayout section = new VerticalLayout(new H2(title));
        section.setPadding(false);
        section.addClassName("group-section");
        return section;
    }

    private void act(Runnable action, String success) {
        try {
            action.run();
            Notices.success(success);
            render();
        } catch (ValidationException e) {
            Notices.error(Notices.messages(e.errors()));
        } catch (ConflictException | AccessDeniedException e) {
            Notices.error(e.getMessage());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(GroupProcess.ZONE));
    }
}
