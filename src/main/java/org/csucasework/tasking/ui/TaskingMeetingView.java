package org.csucasework.tasking.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Style;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.csucasework.actions.ActionOwners;
import org.csucasework.intake.RepeatThresholds;
import org.csucasework.intake.ReportDetails;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportSummary;
import org.csucasework.reference.Agency;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.Names;
import org.csucasework.shared.ui.Notices;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.tasking.Agenda;
import org.csucasework.tasking.ReportReview;
import org.csucasework.tasking.TaskingMeetingService;
import org.csucasework.tasking.process.ReportProcess;
import org.springframework.security.access.AccessDeniedException;

/**
 * The CSU daily tasking meeting, made to be projected: the agenda (new reports, actions due and overdue by agency,
 * flagged reports), starting and ending the meeting, and a decision on each new report in turn, by keyboard.
 */
@Route("tasking")
@PageTitle("Daily tasking | CSU Casework")
@Menu(title = "Daily tasking", order = 20, icon = "vaadin:group")
@RolesAllowed({Role.SUPERVISOR_NAME, Role.CASEWORKER_NAME})
public class TaskingMeetingView extends VerticalLayout {

    static final String KEYBOARD_HELP = "Keyboard: Alt+N next report · Alt+P previous report · Alt+A add an action"
            + " · Ctrl+Enter save the decision · Tab and Shift+Tab move between fields; arrow keys choose an option.";

    private final TaskingMeetingService meetings;
    private final ReportService reports;
    private final UserService users;
    private final RepeatThresholds repeats;
    private final Clock clock;
    private final Map<String, List<CurrentUser>> officers = new HashMap<>();
    private final List<Agency> agencies;
    private final Names names;

    private final Div announcer = new Div();
    private final H2 agendaHeading = new H2();

    // Starting and running the meeting
    private final Div startForm = new Div();
    final DatePicker meetingDate = UkDates.picker("Meeting date");
    final CheckboxGroup<Agency> attending = new CheckboxGroup<>("Agencies attending");
    final Button start = new Button("Start the meeting", VaadinIcon.PLAY.create());
    private final Paragraph startError = new Paragraph();
    private final Div runningMeeting = new Div();
    final Paragraph meetingSummary = new Paragraph();
    final Button end = new Button("End the meeting", VaadinIcon.STOP.create());

    // New reports and the decision on the current one
    private final H3 newHeading = new H3();
    final Grid<ReportSummary> newReports = new Grid<>();
    private final Paragraph newNote = new Paragraph();
    private final Div reviewHolder = new Div();
    private final Div reviewPanel = new Div();
    private final Paragraph reviewIdle = new Paragraph();
    final Button save = new Button("Save the decision", VaadinIcon.CHECK.create());
    final Button previous = new Button("Previous report", VaadinIcon.ARROW_UP.create());
    final Button next = new Button("Next report", VaadinIcon.ARROW_DOWN.create());

    // Actions due and flagged reports
    private final DueAndFlagged dueAndFlagged;

    private Agenda.MeetingInfo meeting;
    private List<ReportSummary> waiting = List.of();
    private final Map<String, ReviewForm> drafts = new HashMap<>();
    private ReviewForm current;

    public TaskingMeetingView(TaskingMeetingService meetings, ReportService reports, ReferenceDataService referenceData,
                              UserService users, RepeatThresholds repeats, Names names, ActionOwners owners,
                              Clock clock) {
        this.meetings = meetings;
        this.reports = reports;
        this.users = users;
        this.repeats = repeats;
        this.clock = clock;
        // The agencies that attend every day come first, so that the usual choice is at the top of every list.
        this.agencies = referenceData.activeAgencies().stream()
                .sorted(Comparator.comparing((Agency a) -> !a.isAttendsDailyTasking()).thenComparing(Agency::getName))
                .toList();
        this.names = names;
        this.dueAndFlagged = new DueAndFlagged(names, owners);
        addClassName("tasking-meeting");
        setWidthFull();

        H1 title = new H1("Daily tasking");
        Paragraph help = new Paragraph(KEYBOARD_HELP);
        help.setId("keyboard-help");
        help.addClassName("keyboard-help");
        // Off until asked for: on a desk screen large text only hides the agenda (the projector is the exception).
        Checkbox largeText = new Checkbox("Large text for the projector", false);
        largeText.addValueChangeListener(e -> largeText(e.getValue()));
        announcer.setId("tasking-announcer");
        announcer.getElement().setAttribute("role", "status");
        announcer.getStyle().set("font-weight", "600");

        add(title, help, largeText, announcer, meetingSection(), agendaHeading, newReportsSection(),
                dueAndFlagged.due, dueAndFlagged.flags);
        registerShortcuts();
        refresh();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReportProcess.ZONE));
    }

    // The meeting ----------------------------------------------------------------------------------------------

    private Section meetingSection() {
        H2 heading = new H2("The meeting");
        meetingDate.setValue(today());
        meetingDate.setLocale(UkDates.LOCALE);
        meetingDate.setRequiredIndicatorVisible(true);
        meetingDate.setManualValidation(true);
        meetingDate.addValueChangeListener(e -> {
            clearInvalid(meetingDate);
            if (meeting == null && e.getValue() != null) {
                refresh();
            }
        });
        attending.setItems(agencies);
        attending.setItemLabelGenerator(Agency::getName);
        attending.setValue(agencies.stream().filter(Agency::isAttendsDailyTasking)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        attending.setRequiredIndicatorVisible(true);
        attending.setManualValidation(true);
        attending.setHelperText("Ticked: the agencies that attend the daily tasking. Change as needed.");
        attending.addValueChangeListener(e -> clearInvalid(attending));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> startMeeting());
        startError.getElement().setAttribute("role", "alert");
        startError.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        startForm.add(meetingDate, attending, startError, start);
        attending.getStyle().set("display", "flex");

        meetingSummary.setId("meeting-summary");
        end.addClickListener(e -> endMeeting());
        runningMeeting.add(meetingSummary, end);

        Section section = new Section(heading, startForm, runningMeeting);
        section.setWidthFull();
        return section;
    }

    private void startMeeting() {
        clearInvalid(meetingDate);
        clearInvalid(attending);
        startError.setText("");
        Set<String> codes = attending.getValue().stream().map(Agency::getCode)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        try {
            Agenda.MeetingInfo started = meetings.start(meetingDate.getValue(), codes);
            announce("The meeting of " + UkDates.weekday(started.date()) + " has started.");
            refresh();
            if (!waiting.isEmpty()) {
                showItem(0, true);
            }
        } catch (ValidationException e) {
            List<String> general = new ArrayList<>();
            for (FieldError error : e.errors()) {
                switch (error.field()) {
                    case "date" -> invalid(meetingDate, error.message());
                    case "agencies" -> invalid(attending, joined(attending.getErrorMessage(), error.message()));
                    default -> general.add(error.message());
                }
            }
            startError.setText(String.join(". ", general));
            if (meetingDate.isInvalid()) {
                meetingDate.focus();
            } else if (attending.isInvalid()) {
                attending.getElement().executeJs("this.focus()");
            }
        }
    }

    /** Asks first, saying how many reports are still undecided, and takes the minutes. */
    private void endMeeting() {
        if (meeting == null) {
            return;
        }
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle("End the meeting of " + UkDates.weekday(meeting.date()) + "?");
        int undecided = waiting.size();
        Paragraph question = new Paragraph(undecided == 0 ? "Every new report has a decision."
                : (undecided == 1 ? "1 new report has" : undecided + " new reports have")
                + " no decision yet: " + (undecided == 1 ? "it stays" : "they stay")
                + " on the list for the next meeting.");
        question.setId("end-meeting-undecided");
        minutes = new TextArea("Minutes");
        minutes.setWidthFull();
        minutes.setMinHeight("8em");
        minutes.setMaxLength(TaskingMeetingService.MINUTES_LENGTH);
        minutes.setHelperText("Who attended, what was agreed beyond the decisions, anything to follow up");
        confirm.add(question, minutes);
        Button endNow = new Button("End the meeting", e -> {
            if (FieldErrors.succeeded(Map.of("minutes", minutes), () -> endMeeting(minutes.getValue()))) {
                confirm.close();
            }
        });
        endNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        endNow.setId("end-meeting-confirm");
        Button keepGoing = new Button("Keep the meeting going", e -> confirm.close());
        confirm.getFooter().add(keepGoing, endNow);
        confirm.open();
        minutes.focus();
    }

    TextArea minutes;

    private void endMeeting(String minutesText) {
        Agenda.MeetingInfo ended = meeting;
        meetings.end(ended.id(), minutesText);
        refresh();
        announce("The meeting of " + UkDates.weekday(ended.date()) + " has ended: " + reviewedText(ended.reviewed())
                + ".");
        start.focus();
    }

    // New reports ----------------------------------------------------------------------------------------------

    private Section newReportsSection() {
        newReports.setId("new-reports");
        newReports.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        newReports.setAriaLabel("New reports since the last meeting");
        // The reference as text: choosing the row opens the report's decision panel, which links the report. A link
        // inside the grid's active cell would leave the rest of that cell (a tall, wrapped row) a target too small
        // to hit (WCAG 2.2 target size).
        newReports.addColumn(ReportSummary::reference).setHeader("Reference")
                .setKey("reference").setAutoWidth(true).setFlexGrow(0);
        newReports.addColumn(r -> UkDates.moment(r.receivedAt())).setHeader("Received").setKey("received")
                .setAutoWidth(true).setFlexGrow(0);
        newReports.addColumn(ReportSummary::categoryName).setHeader("Category").setKey("category");
        newReports.addColumn(ReportSummary::placeLabel).setHeader("Place").setKey("place");
        newReports.addColumn(r -> TaskingFormat.flags(r.flags())).setHeader("Flags").setKey("flags");
        newReports.setSelectionMode(Grid.SelectionMode.SINGLE);
        newReports.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                int index = indexOf(e.getValue().reference());
                if (index >= 0) {
                    showItem(index, true);
                }
            }
        });
        // Every row on the page, no scrolling inside the grid: a row half hidden under the grid's header is a link
        // too small to hit (WCAG 2.2 target size), and the meeting reads the agenda top to bottom anyway.
        newReports.setAllRowsVisible(true);
        newReports.setEmptyStateText("No new reports are waiting for the daily tasking.");
        newReports.getStyle().set("flex", "1 1 30em");
        newNote.addClassName("agenda-note");

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.getElement().setAttribute("aria-keyshortcuts", "Control+Enter");
        save.setTooltipText("Ctrl+Enter");
        save.addClickListener(e -> saveDecision());
        // Blurring the field in use first sends what was typed in it before the shortcut acts.
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).resetFocusOnActiveElement();
        previous.getElement().setAttribute("aria-keyshortcuts", "Alt+P");
        previous.setTooltipText("Alt+P");
        previous.addClickListener(e -> move(-1));
        next.getElement().setAttribute("aria-keyshortcuts", "Alt+N");
        next.setTooltipText("Alt+N");
        next.addClickListener(e -> move(1));
        HorizontalLayout toolbar = new HorizontalLayout(save, previous, next);
        toolbar.getStyle().set("flex-wrap", "wrap");
        reviewPanel.add(reviewHolder, toolbar);
        reviewPanel.setId("review-panel");
        reviewIdle.setId("review-idle");

        Div right = new Div(reviewPanel, reviewIdle);
        right.getStyle().set("flex", "1 1 36em").set("min-width", "0");
        FlexLayout body = new FlexLayout(newReports, right);
        body.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        body.getStyle().set("gap", "var(--lumo-space-l)");
        body.setWidthFull();

        Section section = new Section(newHeading, newNote, body);
        section.setWidthFull();
        return section;
    }

    private void registerShortcuts() {
        // Each shortcut first blurs the field in use, so that what was typed in it reaches the draft before moving on.
        Shortcuts.addShortcutListener(this, () -> move(1), Key.KEY_N, KeyModifier.ALT).resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(this, () -> move(-1), Key.KEY_P, KeyModifier.ALT).resetFocusOnActiveElement();
        Shortcuts.addShortcutListener(this, () -> {
            if (current != null && reviewPanel.isVisible()) {
                current.addAction();
            }
        }, Key.KEY_A, KeyModifier.ALT).resetFocusOnActiveElement();
    }

    /** Shows the report at the position (keeping anything already typed for it) and, if asked, moves focus to it. */
    private void showItem(int index, boolean focus) {
        if (waiting.isEmpty() || meeting == null) {
            return;
        }
        int bounded = Math.max(0, Math.min(index, waiting.size() - 1));
        ReportSummary report = waiting.get(bounded);
        current = drafts.computeIfAbsent(report.reference(), reference -> newForm(report));
        current.setPosition(bounded + 1, waiting.size());
        reviewHolder.removeAll();
        reviewHolder.add(current);
        newReports.select(report);
        newReports.scrollToIndex(bounded);
        previous.setEnabled(bounded > 0);
        next.setEnabled(bounded < waiting.size() - 1);
        if (focus) {
            current.focusHeading();
        }
    }

    private ReviewForm newForm(ReportSummary report) {
        ActionChoices choices = new ActionChoices(agencies, this::officersOf, today());
        ReportDetails details;
        try {
            details = reports.details(report.reference());
        } catch (NotFoundException e) {
            return new ReviewForm(report, null, List.of(), choices);
        }
        List<ReportDetails.Involved> people = details.subjects().stream()
                .filter(involved -> involved.person() != null).toList();
        return new ReviewForm(report, new ReportBriefing(details, reports::historyOfPerson, repeats.repeatWindow()),
                people, choices);
    }

    /** Read once per agency while the page is open: every action of the meeting may ask for the same agency. */
    private List<CurrentUser> officersOf(String agencyCode) {
        return officers.computeIfAbsent(agencyCode, users::activeOfficersOf);
    }

    private void move(int step) {
        if (current == null || meeting == null || !reviewPanel.isVisible()) {
            return;
        }
        int index = indexOf(current.report().reference());
        int target = index + step;
        if (target >= 0 && target < waiting.size()) {
            showItem(target, true);
        }
    }

    private int indexOf(String reference) {
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).reference().equals(reference)) {
                return i;
            }
        }
        return -1;
    }

    /** Records the decision; on success the report leaves the list and the next one comes up with the focus. */
    void saveDecision() {
        if (current == null || meeting == null) {
            return;
        }
        ReviewForm form = current;
        form.clearErrors();
        ReportReview review = form.toReview();
        int index = indexOf(review.reference());
        try {
            meetings.review(meeting.id(), review);
        } catch (ValidationException e) {
            form.showErrors(e.errors());
            form.focusFirstProblem();
            if (e.errors().stream().anyMatch(error -> "meeting".equals(error.field()))) {
                refresh();
            }
            return;
        } catch (NotFoundException | ConflictException | AccessDeniedException e) {
            form.showErrors(List.of(new FieldError("", e.getMessage())));
            form.focusFirstProblem();
            return;
        }
        drafts.remove(review.reference());
        current = null;
        refresh();
        String outcome = review.reference() + ": " + outcomeText(review) + ".";
        Notices.success("Decision saved. " + outcome);
        if (waiting.isEmpty()) {
            announce(outcome + " No more new reports to review.");
            reviewIdle.getElement().executeJs("this.focus()");
        } else {
            announce(outcome + " Next: " + waiting.get(Math.min(Math.max(index, 0), waiting.size() - 1)).reference()
                    + ".");
            showItem(Math.max(index, 0), true);
        }
    }

    private static String outcomeText(ReportReview review) {
        return switch (review.decision()) {
            case ACTIONS -> review.actions().size() == 1 ? "1 action assigned"
                    : review.actions().size() + " actions assigned";
            case REFERRED -> "referred to " + review.referralKind().label();
            case NO_FURTHER_ACTION -> "no further action";
        };
    }

    // Loading ------------------------------------------------------------------------------------------------

    /** Reloads the agenda (for the meeting's date, or the date chosen before it starts) and the meeting's state. */
    void refresh() {
        Agenda.MeetingInfo running = meetings.meetingInProgress().orElse(null);
        LocalDate day = running != null ? running.date() : Optional.ofNullable(meetingDate.getValue()).orElse(today());
        Agenda agenda = meetings.agenda(day);
        meeting = agenda.meeting();
        agendaHeading.setText("Agenda for " + UkDates.weekday(day));

        startForm.setVisible(meeting == null);
        runningMeeting.setVisible(meeting != null);
        if (meeting != null) {
            meetingSummary.setText("In progress: the meeting of " + UkDates.weekday(meeting.date())
                    + ", chaired by " + meeting.chair() + ". Agencies attending: "
                    + meeting.agencies().stream().map(names::agency).collect(Collectors.joining(", "))
                    + ". " + capitalised(reviewedText(meeting.reviewed())) + " so far.");
        }

        waiting = agenda.newReports();
        drafts.keySet().retainAll(waiting.stream().map(ReportSummary::reference).collect(Collectors.toSet()));
        newHeading.setText("New reports since the last meeting (" + waiting.size() + ")");
        newReports.setItems(waiting);
        newNote.setText(waiting.size() >= TaskingMeetingService.AGENDA_LIMIT
                ? "Showing the " + TaskingMeetingService.AGENDA_LIMIT
                + " reports that have waited longest; more follow as these are dealt with." : "");
        newNote.setVisible(!newNote.getText().isEmpty());
        boolean reviewing = meeting != null && !waiting.isEmpty();
        reviewPanel.setVisible(reviewing);
        reviewIdle.setVisible(!reviewing);
        reviewIdle.getElement().setAttribute("tabindex", "-1");
        reviewIdle.setText(meeting == null ? "Start the meeting to record a decision on each new report."
                : "No new reports are waiting for the daily tasking.");
        if (!reviewing) {
            current = null;
            reviewHolder.removeAll();
            newReports.deselectAll();
        } else if (current != null && indexOf(current.report().reference()) >= 0) {
            showItem(indexOf(current.report().reference()), false);
        } else {
            showItem(0, false);
        }

        dueAndFlagged.show(agenda, day);
    }

    // Helpers ------------------------------------------------------------------------------------------------

    private void announce(String message) {
        announcer.setText(message);
    }

    String announcement() {
        return announcer.getText();
    }

    /** The decision form on show, for tests and for the shortcuts. */
    ReviewForm currentForm() {
        return current;
    }

    List<ReportSummary> waitingReports() {
        return waiting;
    }

    private static String reviewedText(int reviewed) {
        return reviewed == 1 ? "1 report reviewed" : reviewed + " reports reviewed";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String joined(String earlier, String message) {
        return earlier == null || earlier.isBlank() ? message : earlier + ". " + message;
    }

    private void largeText(boolean on) {
        Style style = getStyle();
        Map<String, String> large = Map.of(
                "--lumo-font-size-xxs", "1rem",
                "--lumo-font-size-xs", "1.1rem",
                "--lumo-font-size-s", "1.2rem",
                "--lumo-font-size-m", "1.375rem",
                "--lumo-font-size-l", "1.6rem",
                "--lumo-font-size-xl", "1.9rem",
                "--lumo-font-size-xxl", "2.3rem",
                "--lumo-font-size-xxxl", "2.8rem",
                "--lumo-size-m", "2.75rem",
                "--lumo-size-s", "2.4rem");
        if (on) {
            large.forEach(style::set);
            // Projectors wash out pale text: secondary text gets the body colour.
            style.set("--lumo-secondary-text-color", "var(--lumo-body-text-color)");
            style.set("font-size", "var(--lumo-font-size-m)");
        } else {
            large.keySet().forEach(style::remove);
            style.remove("--lumo-secondary-text-color");
            style.remove("font-size");
        }
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private static void clearInvalid(HasValidation field) {
        field.setInvalid(false);
        field.setErrorMessage(null);
    }
}
