package org.csucasework.marac.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csucasework.actions.ActionEntry;
import org.csucasework.actions.ActionsGrid;
import org.csucasework.actions.NewAction;
import org.csucasework.marac.CaseDecision;
import org.csucasework.marac.MaracFieldLimits;
import org.csucasework.marac.MaracMeetingService;
import org.csucasework.marac.MeetingPage;
import org.csucasework.reference.Agency;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.Names;
import org.csucasework.shared.ui.Notices;
import org.csucasework.shared.ui.UkDates;
import org.springframework.security.access.AccessDeniedException;

/**
 * A Community MARAC meeting: the pack to download, the attendance, and the agenda with each case's decision and the
 * actions agreed as they are taken. The chair records; members read. Nobody else finds the meeting.
 */
@Route("marac/meetings/:id")
@PageTitle("Community MARAC meeting | CSU Casework")
@RolesAllowed({Role.MARAC_MEMBER_NAME, Role.MARAC_CHAIR_NAME})
public class MeetingView extends VerticalLayout implements BeforeEnterObserver {

    private final MaracMeetingService meetings;
    private final Names names;
    private final List<Agency> agencies;

    private Long meetingId;
    MeetingPage page;
    Anchor pack;
    MultiSelectComboBox<String> agenciesPresent;
    TextArea attendees;
    Button saveAttendance;
    DatePicker moveTo;
    TextArea minutes;
    Button hold;
    final List<CaseEntry> entries = new ArrayList<>();

    public MeetingView(MaracMeetingService meetings, ReferenceDataService referenceData, Names names) {
        this.meetings = meetings;
        this.names = names;
        this.agencies = referenceData.activeAgencies();
        addClassName("marac-meeting");
        setMaxWidth("75em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            meetingId = Long.parseLong(event.getRouteParameters().get("id").orElse("-1"));
        } catch (NumberFormatException e) {
            meetingId = -1L;
        }
        render();
    }

    void render() {
        removeAll();
        entries.clear();
        try {
            page = meetings.meeting(meetingId);
        } catch (NotFoundException e) {
            page = null;
            add(new H1("Meeting not found"), new Paragraph("There is no Community MARAC meeting that you can see."));
            return;
        }
        add(new H1("Community MARAC meeting, " + UkDates.weekday(page.date())));
        add(new Paragraph(page.meeting().status().label() + ". Referral deadline "
                + UkDates.weekday(page.meeting().referralDeadline()) + ". " + page.agenda().size()
                + " case(s) on the agenda."));
        Long id = meetingId;
        pack = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = meetings.pack(id);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "marac-meeting-" + id + ".pdf",
                    "application/pdf", bytes.length);
        }), "Download the meeting pack (PDF)");
        pack.getElement().setAttribute("download", "marac-meeting-" + id + ".pdf");
        add(pack);
        if (page.canRun()) {
            add(moving());
        }
        add(attendance());
        add(new H2("Agenda"));
        if (page.agenda().isEmpty()) {
            add(new Paragraph("No case is on the agenda yet."));
        }
        for (MeetingPage.Item item : page.agenda()) {
            CaseEntry entry = new CaseEntry(item);
            entries.add(entry);
            add(entry);
        }
        if (page.canRun()) {
            add(holding());
        } else if (page.minutes() != null) {
            add(new H2("Minutes"), new Paragraph(page.minutes()));
        }
    }

    private HorizontalLayout moving() {
        moveTo = UkDates.picker("Move the meeting to");
        Button move = new Button("Move", e -> run(() -> meetings.move(meetingId, page.meeting().version(),
                moveTo.getValue()), Map.of("date", moveTo), "Meeting moved"));
        HorizontalLayout row = new HorizontalLayout(moveTo, move);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private VerticalLayout attendance() {
        VerticalLayout section = new VerticalLayout(new H2("Attendance"));
        section.setPadding(false);
        agenciesPresent = new MultiSelectComboBox<>("Agencies present");
        agenciesPresent.setItems(agencies.stream().map(Agency::getCode).toList());
        agenciesPresent.setItemLabelGenerator(names::agency);
        agenciesPresent.setValue(page.agenciesPresent());
        agenciesPresent.setWidthFull();
        attendees = new TextArea("Attendees (names and roles)");
        attendees.setMaxLength(MaracFieldLimits.ATTENDEES);
        attendees.setValue(page.attendees() == null ? "" : page.attendees());
        attendees.setWidthFull();
        boolean canRun = page.canRun();
        agenciesPresent.setReadOnly(!canRun);
        attendees.setReadOnly(!canRun);
        section.add(agenciesPresent, attendees);
        if (canRun) {
            saveAttendance = new Button("Record attendance", e -> run(() -> meetings.recordAttendance(meetingId,
                    page.meeting().version(), agenciesPresent.getValue(), attendees.getValue()),
                    Map.of("agencies", agenciesPresent, "attendees", attendees), "Attendance recorded"));
            section.add(saveAttendance);
        }
        return section;
    }

    private VerticalLayout holding() {
        VerticalLayout section = new VerticalLayout(new H2("Close the meeting"),
                new Paragraph("Cases not decided on are carried over to the next meeting."));
        section.setPadding(false);
        minutes = new TextArea("Minutes");
        minutes.setMaxLength(MaracFieldLimits.MINUTES);
        minutes.setWidthFull();
        hold = new Button("Record the meeting as held", e -> run(() -> meetings.hold(meetingId,
                page.meeting().version(), minutes.getValue()), Map.of("minutes", minutes, "agencies",
                agenciesPresent), "Meeting recorded as held"));
        hold.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(minutes, hold);
        return section;
    }

    /** Runs a change; on success the page is drawn again, on refusal the fields keep their values and say why. */
    private void run(Runnable change, Map<String, ? extends com.vaadin.flow.component.HasValidation> fields,
                     String done) {
        try {
            change.run();
            Notices.success(done);
            render();
        } catch (ValidationException e) {
            Notices.refused(FieldErrors.show(e.errors(), fields));
        } catch (ConflictException | AccessDeniedException | NotFoundException e) {
            Notices.error(e.getMessage());
        }
    }

    /** One case on the agenda: its decision (or the form to take it) and its actions (and the form to add one). */
    class CaseEntry extends VerticalLayout {

        final MeetingPage.Item item;
        RadioButtonGroup<CaseDecision> decision;
        TextArea note;
        Button decide;
        ActionsGrid actions;
        ActionEntry actionEntry;

        CaseEntry(MeetingPage.Item item) {
            this.item = item;
            setPadding(false);
            addClassName("marac-agenda-item");
            add(new H3(item.referral().reference() + ": " + item.referral().subjectLabel()
                    + (item.carriedOver() ? " (carried over)" : " (new)")));
            add(new Anchor("marac/cases/" + item.referral().reference(), "The case's MARAC history"));
            actions = new ActionsGrid("Actions for " + item.referral().reference(), names);
            actions.setItems(item.actions());
            add(actions);
            if (item.decision() != null) {
                add(new Paragraph("Decision: " + item.decision().label()
                        + (item.note() == null ? "" : ". " + item.note())));
            }
            if (!page.canRun()) {
                return;
            }
            // Every case on the agenda has the same fields: each label names its case, so that a screen reader
            // user moving from field to field knows which case a "Decision" is for (WCAG 2.4.6, 1.3.1).
            String reference = item.referral().reference();
            if (item.decision() == null || item.decision() == CaseDecision.STAY_ON_LIST) {
                actionEntry = new ActionEntry(agencies).labelled(reference)
                        .withAddButton("Add the action", "Add the action for " + reference);
                actionEntry.addAddListener(e -> addAction());
                add(new Details("Agree an action for " + reference, actionEntry));
            }
            if (item.decision() == null) {
                decision = new RadioButtonGroup<>("Decision on " + reference);
                decision.setItems(CaseDecision.values());
                decision.setItemLabelGenerator(CaseDecision::label);
                note = new TextArea("Note on " + reference + " (the reason when closing)");
                note.setMaxLength(MaracFieldLimits.NOTE);
                note.setWidthFull();
                decide = new Button("Record the decision", e -> run(() -> meetings.decide(meetingId,
                        item.referral().reference(), decision.getValue(), note.getValue()),
                        Map.of("decision", decision, "note", note), "Decision recorded for "
                                + item.referral().reference()));
                // The accessible name starts with the visible text (WCAG 2.5.3) and says which case.
                decide.setAriaLabel("Record the decision on " + reference);
                add(decision, note, decide);
            }
        }

        private void addAction() {
            NewAction action = actionEntry.value();
            try {
                meetings.addAction(meetingId, item.referral().reference(), action);
                Notices.success("Action agreed for " + names.agency(action.agencyCode()));
                render();
            } catch (ValidationException e) {
                Notices.refused(actionEntry.showErrors(e.errors(), ""));
            } catch (ConflictException | AccessDeniedException | NotFoundException e) {
                Notices.error(e.getMessage());
            }
        }
    }
}
