package org.csucasework.tasking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.csucasework.actions.Action;
import org.csucasework.actions.ActionOutcomeDialog;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionStatus;
import org.csucasework.actions.ActionView;
import org.csucasework.actions.ActionsGrid;
import org.csucasework.casehistory.CaseDocuments;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseHistoryPanel;
import org.csucasework.casehistory.CaseRef;
import org.csucasework.diagram.ProcessDiagramPanel;
import org.csucasework.diagram.ProcessDiagramService;
import org.csucasework.intake.ReportDetails;
import org.csucasework.intake.ReportFlag;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportSharing;
import org.csucasework.intake.ReportStatus;
import org.csucasework.intake.ReportSummary;
import org.csucasework.intake.ui.PersonMarkerBadges;
import org.csucasework.reference.Outcome;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.Names;
import org.csucasework.shared.ui.Notices;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.tasking.CaseFile;
import org.csucasework.tasking.CaseFileService;
import org.csucasework.tasking.DailyTaskingProcess;
import org.csucasework.tasking.ReportActions;
import org.csucasework.tasking.ReportClosingService;
import org.csucasework.tasking.ReviewDecision;
import org.csucasework.tasking.process.ReportProcess;
import org.springframework.security.access.AccessDeniedException;

/**
 * The report page: everything about one report on one page. Summary and flags; reporter, people and place, each with
 * their other reports; linked reports; actions (completed or cancelled here where the user may); open steps; the
 * process diagram with the current step; reviews, referrals and the timeline. The buttons that move the report on
 * (reporter updated, close, ASB Case Review considered, add an action) appear only for users who may use them, and
 * the services check again. A report that does not exist and one the user may not see look the same: "not found".
 */
@Route("reports/:" + ReportView.REFERENCE)
@PermitAll
public class ReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String REFERENCE = "reference";

    private static final Locale LOCALE = Locale.UK;

    private final CaseFileService caseFiles;
    private final ReportService reports;
    private final ActionService actions;
    private final ReportClosingService closing;
    private final ProcessDiagramService diagrams;
    private final ReferenceDataService referenceData;
    private final UserService users;
    private final CaseHistory caseHistory;
    private final CaseDocuments caseDocuments;
    private final Names names;
    private final ReportDialogs dialogs;

    private String reference = "";
    private CaseHistoryPanel history;
    private String pageTitle = "Report | CSU Casework";
    private CaseFile caseFile;
    private CurrentUser user;

    public ReportView(CaseFileService caseFiles, ReportService reports, ReportSharing sharing, ActionService actions,
                      ReportActions reportActions,
                      ReportClosingService closing, ProcessDiagramService diagrams,
                      ReferenceDataService referenceData, UserService users, CaseHistory caseHistory,
                      CaseDocuments caseDocuments, Names names) {
        this.caseFiles = caseFiles;
        this.reports = reports;
        this.actions = actions;
        this.closing = closing;
        this.diagrams = diagrams;
        this.referenceData = referenceData;
        this.users = users;
        this.caseHistory = caseHistory;
        this.caseDocuments = caseDocuments;
        this.names = names;
        this.dialogs = new ReportDialogs(sharing, reportActions, closing, referenceData, users, this::load);
        addClassName("report-view");
        setMaxWidth("80em");
    }

    /** The route parameters of a report's page, for links: {@code new RouterLink(text, ReportView.class, of(ref))}. */
    public static RouteParameters parametersFor(String reference) {
        return new RouteParameters(REFERENCE, reference);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get(REFERENCE).orElse("").trim();
        load();
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    /** Reads the case file again and rebuilds the page, for example after a change. */
    void load() {
        removeAll();
        user = users.currentUser().orElse(null);
        try {
            caseFile = caseFiles.caseFile(reference);
        } catch (NotFoundException | AccessDeniedException e) {
            caseFile = null;
            showNotFound();
            return;
        }
        pageTitle = "Report " + reference + " | CSU Casework";
        UI.getCurrent().getPage().setTitle(pageTitle);
        build();
    }

    private void showNotFound() {
        pageTitle = "Report not found | CSU Casework";
        UI.getCurrent().getPage().setTitle(pageTitle);
        add(new H1("Report not found"),
                new Paragraph("There is no report " + reference + " that you can open. Check the reference, or ask "
                        + "the Community Safety Unit."));
    }

    // The page

    private void build() {
        ReportDetails report = caseFile.report();
        add(header(report));
        add(summary(report));
        add(section("What was reported", paragraph(report.description())));
        add(reporterSection(report));
        add(peopleSection(report));
        add(placeSection(report));
        add(linkedSection(report));
        add(actionsSection(report));
        add(openStepsSection());
        add(diagramSection());
        add(reviewsAndReferralsSection());
        add(timelineSection());
    }

    private Component header(ReportDetails report) {
        H1 title = new H1("Report " + report.reference());
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(true);
        badges.getStyle().set("flex-wrap", "wrap");
        badges.add(badge("Status: " + statusText(report), report.status() == ReportStatus.CLOSED ? "success" : null));
        for (ReportFlag flag : report.flags().stream().sorted().toList()) {
            badges.add(badge(flag.label(), flag == ReportFlag.CASE_REVIEW_THRESHOLD ? "error" : null));
        }
        if (report.flags().contains(ReportFlag.CASE_REVIEW_THRESHOLD)) {
            badges.add(badge(report.caseReviewRightTold()
                    ? "Reporter told of the right to an ASB Case Review"
                    : "Reporter not yet told of the right to an ASB Case Review", null));
        }
        Div flags = new Div(badges);
        flags.getElement().setAttribute("aria-label", "Status and flags");
        return new Div(title, flags, toolbar(report));
    }

    private Component toolbar(ReportDetails report) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.getStyle().set("flex-wrap", "wrap");
        boolean open = report.status() != ReportStatus.CLOSED;
        if (open && canManage(report) && !report.anonymous() && !report.reporterUpdated()) {
            Button updated = new Button("Reporter updated", e -> reporterUpdated());
            updated.setDisableOnClick(true);
            updated.setTooltipText("Record that the reporter has been told the outcome");
            bar.add(updated);
        }
        if (canManage(report)) {
            bar.add(new Anchor("reports/" + report.reference() + "/edit", "Edit details"));
        }
        if (open && canManage(report)) {
            Button add = new Button("Add an action", e -> dialogs.addAction(reference));
            bar.add(add);
            bar.add(new Button("Share with an agency", e -> dialogs.share(report)));
            Button close = new Button("Close the report", e -> dialogs.close(report, noFurtherActionDecided()));
            // A report just logged is worked on, not closed: its main button is the next step, adding an action.
            (report.status() == ReportStatus.NEW ? add : close).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(close);
        }
        if (open && user != null && user.hasAny(Role.CASEWORKER, Role.SUPERVISOR, Role.PARTNER)) {
            // Any officer who can see the report may refer it; the referral form takes the report and its people.
            Anchor refer = new Anchor("marac/referrals/new?report=" + report.reference(), "Refer to Community MARAC");
            refer.addClassName("refer-to-marac");
            bar.add(refer);
        }
        if (user != null && user.hasAny(Role.SUPERVISOR, Role.CASEWORKER)
                && report.flags().contains(ReportFlag.CASE_REVIEW_THRESHOLD)) {
            if (!report.caseReviewRightTold()) {
                bar.add(new Button("Victim told of the right to a Case Review", e -> dialogs.caseReviewRight(report)));
            }
            // The application form takes the report as one of the complaints (the casereview module's route).
            bar.add(new Anchor("case-reviews/new?report=" + report.reference(), "Apply for an ASB Case Review"));
        }
        return bar;
    }

    private Component summary(ReportDetails report) {
        DescriptionList list = new DescriptionList();
        term(list, "Reference", report.reference());
        term(list, "Status", statusText(report));
        term(list, "Received", UkDates.MOMENT.format(report.receivedAt()));
        term(list, "Behaviour happened", UkDates.DAY.format(report.incidentDate()));
        term(list, "Category", report.categoryName());
        if (!report.hateCharacteristics().isEmpty()) {
            // By name, in the form's order: what the victim says they were targeted for.
            term(list, "Possible hate incident: targeted for", java.util.Arrays.stream(
                            org.csucasework.intake.HateCharacteristic.values())
                    .filter(report.hateCharacteristics()::contains)
                    .map(org.csucasework.intake.HateCharacteristic::label).collect(Collectors.joining(", ")));
        }
        term(list, "Place", placeText(report));
        term(list, "Reported to or through", agencyName(report.sourceAgencyCode()));
        term(list, "Owning agency", agencyName(report.owningAgencyCode()));
        term(list, "Logged", UkDates.MOMENT.format(report.createdAt()) + " by " + report.createdBy());
        if (!report.sharedWith().isEmpty()) {
            term(list, "Shared with", report.sharedWith().stream()
                    .map(s -> agencyName(s.agencyCode()) + " (" + s.reason() + ")")
                    .collect(Collectors.joining("; ")));
        }
        if (!report.anonymous()) {
            term(list, "Reporter told the outcome", report.reporterUpdated() ? "Yes" : "Not yet");
        }
        if (report.status() == ReportStatus.CLOSED) {
            term(list, "Outcome", outcomeLabel(report.outcomeCode())
                    + (report.outcomeNote() == null ? "" : ": " + report.outcomeNote()));
            if (report.closedAt() != null) {
                term(list, "Closed", UkDates.MOMENT.format(report.closedAt()) + " by " + report.closedBy());
            }
        }
        list.addClassName("report-summary");
        return section("Summary", list);
    }

    private Component reporterSection(ReportDetails report) {
        if (report.anonymous()) {
            return section("Reporter", new Paragraph("Anonymous: the reporter did not give their details, so there is "
                    + "no one to report back to."));
        }
        ReportDetails.PersonRef reporter = report.reporter();
        if (reporter == null) {
            return section("Reporter", new Paragraph("No reporter recorded."));
        }
        DescriptionList details = new DescriptionList();
        term(details, "Name", reporter.fullName());
        if (!reporter.markers().isEmpty()) {
            DescriptionList.Term dt = new DescriptionList.Term("Marked");
            dt.getStyle().set("font-weight", "600");
            PersonMarkerBadges badges = new PersonMarkerBadges(reporter.markers());
            badges.getStyle().set("margin-inline-start", "0");
            DescriptionList.Description dd = new DescriptionList.Description(badges);
            dd.getStyle().set("margin", "0");
            details.add(dt, dd);
        }
        if (reporter.phone() != null) {
            term(details, "Phone", reporter.phone());
        }
        if (reporter.email() != null) {
            term(details, "E-mail", reporter.email());
        }
        return section("Reporter", details, history("Other reports involving " + reporter.fullName(),
                () -> reports.historyOfPerson(reporter.id())));
    }

    private Component peopleSection(ReportDetails report) {
        if (report.subjects().isEmpty()) {
            return section("People involved", new Paragraph("No people recorded."));
        }
        Div people = new Div();
        for (ReportDetails.Involved involved : report.subjects()) {
            ReportDetails.PersonRef person = involved.person();
            if (person == null) {
                continue;
            }
            // Marked whatever the role here: a repeat complainant named as an alleged perpetrator shows it too.
            H3 name = new H3(person.fullName() + " (" + involved.role().label() + ")");
            name.add(new PersonMarkerBadges(person.markers()));
            Div card = new Div(name);
            if (person.dateOfBirth() != null) {
                card.add(new Paragraph("Born " + UkDates.DAY.format(person.dateOfBirth())));
            }
            card.add(history("Other reports involving " + person.fullName(),
                            () -> reports.historyOfPerson(person.id())));
            card.addClassName("report-person");
            people.add(card);
        }
        return section("People involved", people);
    }

    private Component placeSection(ReportDetails report) {
        if (report.placeId() == null) {
            return section("Place", new Paragraph(placeText(report)));
        }
        return section("Place", new Paragraph(placeText(report)),
                history("Other reports about " + report.placeLabel(), () -> reports.historyOfPlace(report.placeId())));
    }

    private Component linkedSection(ReportDetails report) {
        List<Component> content = new ArrayList<>();
        if (report.linkedTo() != null) {
            content.add(new Paragraph(new Span("This report is linked to the open report "), reportLink(report.linkedTo()),
                    new Span(" about the same place or person.")));
        }
        if (!report.linkedReports().isEmpty()) {
            UnorderedList list = new UnorderedList();
            report.linkedReports().forEach(ref -> list.add(new ListItem(reportLink(ref))));
            content.add(new Paragraph("Later reports linked to this one:"));
            content.add(list);
        }
        if (content.isEmpty()) {
            content.add(new Paragraph("No linked reports."));
        }
        return section("Linked reports", content.toArray(Component[]::new));
    }

    private Component actionsSection(ReportDetails report) {
        if (caseFile.actions().isEmpty()) {
            return section("Actions", new Paragraph("No actions yet."));
        }
        ActionsGrid grid = new ActionsGrid("Actions on report " + report.reference(), names)
                .withOfficers(this::officerName).withWork(this::actionButtons);
        grid.addClassName("report-actions");
        grid.setItems(caseFile.actions());
        long overdue = caseFile.actions().stream().filter(ActionView::overdue).count();
        Paragraph note = new Paragraph(overdue == 0 ? "No action is overdue."
                : overdue + (overdue == 1 ? " action is" : " actions are") + " overdue (marked \"Overdue\" in the Due column).");
        return section("Actions", note, grid);
    }

    private Component actionButtons(ActionView action) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(true);
        if (action.status() != ActionStatus.OPEN || user == null) {
            return buttons;
        }
        boolean staff = user.hasAny(Role.CASEWORKER, Role.SUPERVISOR);
        if (staff || action.agencyCode().equals(user.agencyCode())) {
            Button complete = new Button("Complete", e -> openCompleteDialog(action));
            complete.addThemeVariants(ButtonVariant.LUMO_SMALL);
            complete.setAriaLabel("Complete the action for " + agencyName(action.agencyCode()) + ": " + action.description());
            buttons.add(complete);
        }
        if (staff) {
            Button cancel = new Button("Cancel", e -> openCancelDialog(action));
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            cancel.setAriaLabel("Cancel the action for " + agencyName(action.agencyCode()) + ": " + action.description());
            buttons.add(cancel);
        }
        return buttons;
    }

    private Component openStepsSection() {
        if (caseFile.openSteps().isEmpty()) {
            return section("Open steps", new Paragraph("No step is waiting for anyone."));
        }
        UnorderedList steps = new UnorderedList();
        for (CaseFile.OpenStep step : caseFile.openSteps()) {
            String text = step.name() + ": waiting since " + UkDates.MOMENT.format(step.created())
                    + (step.due() == null ? "" : ", " + dueText(step.due().toInstant()));
            steps.add(new ListItem(text));
        }
        return section("Open steps", steps);
    }

    private Component diagramSection() {
        return section("Process", new ProcessDiagramPanel(() -> diagrams.diagramOf(DailyTaskingProcess.KEY, reference,
                "report " + reference),
                "This report has no process."));
    }

    private Component reviewsAndReferralsSection() {
        Div content = new Div();
        content.add(new H3("Reviews at the daily tasking"));
        if (caseFile.reviews().isEmpty()) {
            content.add(new Paragraph("Not reviewed yet."));
        } else {
            UnorderedList list = new UnorderedList();
            caseFile.reviews().forEach(r -> list.add(new ListItem(UkDates.MOMENT.format(r.reviewedAt()) + ", " + r.reviewedBy()
                    + ": " + r.decision().label() + (r.note() == null || r.note().isBlank() ? "" : " (" + r.note() + ")"))));
            content.add(list);
        }
        content.add(new H3("Referrals"));
        if (caseFile.referrals().isEmpty()) {
            content.add(new Paragraph("Not referred on."));
        } else {
            UnorderedList list = new UnorderedList();
            caseFile.referrals().forEach(r -> list.add(new ListItem(r.kind().label() + ", " + UkDates.MOMENT.format(r.referredAt())
                    + " by " + r.referredBy() + ": " + r.reason())));
            content.add(list);
        }
        return section("Reviews and referrals", content);
    }

    private Component timelineSection() {
        history = new CaseHistoryPanel(caseHistory, caseDocuments, CaseRef.report(caseFile.report().id()),
                "report " + reference);
        return section("History", history);
    }

    // Changes

    private void reporterUpdated() {
        try {
            closing.reporterUpdated(reference);
            Notices.success("Recorded that the reporter was told the outcome.");
        } catch (ValidationException e) {
            Notices.error(e.errors().get(0).message());
        } catch (NotFoundException | AccessDeniedException e) {
            Notices.error("You cannot change this report.");
        } catch (ConflictException e) {
            Notices.error(e.getMessage());
        }
        load();
    }

    private void openCompleteDialog(ActionView action) {
        ActionOutcomeDialog.complete(action, names, outcome -> actions.complete(action.id(), outcome),
                done -> changed("Action completed.")).open();
    }

    private void openCancelDialog(ActionView action) {
        ActionOutcomeDialog.cancel(action, names, reason -> actions.cancel(action.id(), reason),
                done -> changed("Action cancelled.")).open();
    }

    /** The latest review, when it decided no further action and the report is still open. */
    private Optional<CaseFile.Review> noFurtherActionDecided() {
        return caseFile.reviews().stream().max(java.util.Comparator.comparing(CaseFile.Review::reviewedAt))
                .filter(r -> r.decision() == ReviewDecision.NO_FURTHER_ACTION);
    }

    private String statusText(ReportDetails report) {
        if (report.status() != ReportStatus.CLOSED && noFurtherActionDecided().isPresent()) {
            return report.anonymous() || report.reporterUpdated()
                    ? "No further action decided: to be closed"
                    : "No further action decided: tell the reporter, then close";
        }
        return report.status().label();
    }

    private void changed(String success) {
        Notices.success(success);
        load();
    }

    // Pieces

    private Component history(String title, Supplier<List<ReportSummary>> source) {
        List<ReportSummary> others = source.get().stream().filter(r -> !r.reference().equals(reference)).toList();
        if (others.isEmpty()) {
            Paragraph none = new Paragraph(title + ": none that you can see.");
            none.addClassName("report-history");
            return none;
        }
        Details details = new Details(title + " (" + others.size() + ")",
                ReportHistory.list(others, others.size(), true));
        details.addClassName("report-history");
        return details;
    }

    static RouterLink reportLink(String reference) {
        return new RouterLink(reference, ReportView.class, parametersFor(reference));
    }

    private static Section section(String heading, Component... content) {
        Section section = new Section(new H2(heading));
        section.add(content);
        section.setWidthFull();
        return section;
    }

    private static Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph(text == null ? "" : text);
        paragraph.getStyle().set("white-space", "pre-wrap");
        return paragraph;
    }

    private static void term(DescriptionList list, String term, String description) {
        DescriptionList.Term dt = new DescriptionList.Term(term);
        dt.getStyle().set("font-weight", "600");
        DescriptionList.Description dd = new DescriptionList.Description(description == null ? "" : description);
        dd.getStyle().set("margin", "0");
        list.add(dt, dd);
        list.getStyle().set("display", "grid").set("grid-template-columns", "minmax(8em, max-content) 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-l)").set("margin", "0");
    }

    /**
     * A badge: Lumo's badge theme where the application theme loads it, and inline colours from Lumo's text colours
     * (contrast at least 4.5:1) so that it reads as one without. The text says what the colour means.
     */
    static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        String background = "var(--lumo-contrast-10pct)";
        String colour = "var(--lumo-body-text-color)";
        if ("error".equals(variant)) {
            background = "var(--lumo-error-color-10pct)";
            colour = "var(--lumo-error-text-color)";
        } else if ("success".equals(variant)) {
            background = "var(--lumo-success-color-10pct)";
            colour = "var(--lumo-success-text-color)";
        }
        if (variant != null) {
            badge.getElement().getThemeList().add(variant);
        }
        badge.getStyle().set("background", background).set("color", colour)
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "0.2em 0.6em")
                .set("font-size", "var(--lumo-font-size-s)").set("font-weight", "600").set("display", "inline-block");
        return badge;
    }

    private String placeText(ReportDetails report) {
        String place = report.placeLabel() == null ? "Not recorded" : report.placeLabel();
        return report.wardName() == null ? place : place + ", " + report.wardName() + " ward";
    }

    private String agencyName(String code) {
        return names.agency(code);
    }

    private String officerName(String username) {
        return users.findByUsername(username).map(CurrentUser::fullName).orElse(username);
    }

    private String outcomeLabel(String code) {
        return names.outcome(code);
    }

    private boolean canManage(ReportDetails report) {
        return user != null && (user.hasAny(Role.CASEWORKER, Role.SUPERVISOR)
                || (user.has(Role.PARTNER) && report.owningAgencyCode().equals(user.agencyCode())));
    }

    /** Due dates of actions are days: their timers fire at the start of the next day, which reads as "end of". */
    private static String dueText(Instant due) {
        ZonedDateTime at = due.atZone(ReportProcess.ZONE);
        return at.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? "due by the end of " + UkDates.DAY.format(at.toLocalDate().minusDays(1))
                : "due " + UkDates.MOMENT.format(due);
    }

    CaseFile caseFile() {
        return caseFile;
    }

    CaseHistoryPanel history() {
        return history;
    }
}
