package org.csucasework.casereview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.function.Supplier;
import org.csucasework.actions.ActionsGrid;
import org.csucasework.casehistory.CaseDocuments;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseHistoryPanel;
import org.csucasework.casehistory.CaseRef;
import org.csucasework.casereview.AsbCaseReviewProcess;
import org.csucasework.casereview.CaseReviewDetails;
import org.csucasework.casereview.CaseReviewLetters;
import org.csucasework.casereview.CaseReviewService;
import org.csucasework.casereview.CaseReviewStatus;
import org.csucasework.casereview.CaseReviewWork;
import org.csucasework.diagram.ProcessDiagramPanel;
import org.csucasework.diagram.ProcessDiagramService;
import org.csucasework.escalation.DocumentFile;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.Role;
import org.csucasework.shared.ui.Names;
import org.csucasework.shared.ui.Notices;
import org.csucasework.shared.ui.UkDates;

/**
 * One ASB Case Review: the application, each complaint and why it counts or not, the threshold decision (the
 * coordinator confirms the count or overrides it with a reason), the review (meeting, information from each agency,
 * recommendations worked as actions), the outcome and any escalation, the applicant's letters, the one case history,
 * and the process diagram with its current step.
 */
@Route("case-reviews/:reference")
@PageTitle("ASB Case Review | CSU Casework")
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME})
public class CaseReviewView extends VerticalLayout implements BeforeEnterObserver {

    private final CaseReviewService applications;
    private final CaseReviewWork work;
    private final CaseReviewLetters letters;
    private final ProcessDiagramService diagrams;
    private final CaseHistory caseHistory;
    private final CaseDocuments caseDocuments;
    private final Names names;
    private String reference;

    /** The text the current step needs: its label says which (reason, outcome, result). */
    final TextArea note = new TextArea();

    public CaseReviewView(CaseReviewService applications, CaseReviewWork work, CaseReviewLetters letters,
                          ProcessDiagramService diagrams, CaseHistory caseHistory, CaseDocuments caseDocuments,
                          Names names) {
        this.applications = applications;
        this.work = work;
        this.letters = letters;
        this.diagrams = diagrams;
        this.caseHistory = caseHistory;
        this.caseDocuments = caseDocuments;
        this.names = names;
        addClassName("case-review");
        note.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElse("");
        try {
            show(work.details(reference));
        } catch (org.csucasework.shared.NotFoundException e) {
            throw new NotFoundException("No Case Review " + reference);
        }
    }

    private void show(CaseReviewDetails r) {
        removeAll();
        add(new H1("ASB Case Review " + r.reference()), new Paragraph(r.status().label()));
        add(new Paragraph("Applied " + UkDates.day(r.appliedOn()) + " by " + r.applicantKind().label()
                .toLowerCase() + ": " + r.applicantName()
                + (r.victimName() == null || r.victimName().equals(r.applicantName()) ? "" : ", victim " + r.victimName())
                + (r.consentRecorded() ? " (consent recorded" + (r.consentNote() == null ? "" : ": " + r.consentNote())
                + ")" : "") + ". Decision due " + UkDates.day(r.decisionDue()) + "."));
        add(new Paragraph(r.description()));
        add(new H2("Complaints"), new Paragraph(r.qualifyingCount() + " qualifying complaint(s); threshold: "
                + r.threshold() + ". The count " + (r.thresholdMetByRule() ? "meets" : "does not meet") + " it."
                + (r.thresholdMet() == null ? "" : " Decided: threshold " + (r.thresholdMet() ? "met" : "not met")
                + (r.decisionReason() == null ? "" : " (" + r.decisionReason() + ")") + ".")), complaints(r));

        if (!applications.mayCoordinate()) {
            // The service refuses anyone else; the page does not offer them steps it would refuse.
            if (r.status().isOpen()) {
                add(new H2("Next step"), new Paragraph("For the Case Review coordinators (supervisors): "
                        + r.openSteps().stream().map(CaseReviewDetails.OpenStep::name)
                        .collect(java.util.stream.Collectors.joining("; ")) + "."));
            }
        } else {
            coordinatorSteps(r);
        }
        review(r);
        letters(r);
        add(new H2("History"), new CaseHistoryPanel(caseHistory, caseDocuments, CaseRef.caseReview(r.id()),
                "ASB Case Review " + r.reference()));
        add(new H2("Process"), new ProcessDiagramPanel(() -> diagrams.diagramOf(AsbCaseReviewProcess.KEY,
                r.reference(), "Case Review " + r.reference()), "The process of this Case Review has ended."));
    }

    private void coordinatorSteps(CaseReviewDetails r) {
        if (r.status() == CaseReviewStatus.AWAITING_DECISION) {
            add(new ComplaintExclusionForm(applications, r, this::reload));
        }
        // The review is held before its outcome is recorded: its forms come before the step that ends it.
        if (r.status() == CaseReviewStatus.AWAITING_REVIEW) {
            add(new H2("The review"), new ReviewForms(work, r, this::reload));
        }
        if (r.status().isOpen()) {
            add(new H2("Next step"), note, steps(r));
        }
    }

    private Grid<CaseReviewDetails.ComplaintView> complaints(CaseReviewDetails r) {
        Grid<CaseReviewDetails.ComplaintView> grid = new Grid<>();
        grid.setAriaLabel("Complaints and why each counts or not");
        grid.addColumn(c -> c.onRecord() ? c.reportReference() : "Not on record").setHeader("Complaint")
                .setAutoWidth(true);
        grid.addColumn(c -> UkDates.day(c.incidentDate())).setHeader("Behaviour").setAutoWidth(true);
        grid.addColumn(c -> UkDates.day(c.complainedOn())).setHeader("Complained").setAutoWidth(true);
        grid.addColumn(CaseReviewDetails.ComplaintView::complainedTo).setHeader("To").setFlexGrow(1);
        grid.addColumn(c -> c.counts() ? "Counts" : "Does not count").setHeader("Counts?").setAutoWidth(true);
        // Why a complaint counts or not is the point of the table: it wraps, never cut off with an ellipsis.
        grid.addColumn(CaseReviewDetails.ComplaintView::reason).setHeader("Why").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(r.qualifyingComplaints());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** What was recorded of the review, once there is something. */
    private void review(CaseReviewDetails r) {
        if (r.meetingDate() != null || !r.recommendations().isEmpty()) {
            add(new H2("Review record"), new Paragraph("Meeting " + UkDates.day(r.meetingDate()) + " with "
                    + names.agencies(r.agenciesInvited()) + "."));
            r.information().forEach(i -> add(new Paragraph("Information from " + i.agencyName() + ": "
                    + i.information())));
            if (!r.recommendations().isEmpty()) {
                // The one list of actions every case page shows: a recommendation is worked as an action.
                ActionsGrid recommendations = new ActionsGrid("Recommendations of the review", names);
                recommendations.setItems(r.recommendations());
                add(new H3("Recommendations"), recommendations);
            }
        }
        if (r.outcome() != null) {
            add(new H2("Outcome"), new Paragraph(r.outcome()));
        }
        if (r.escalationRequestedAt() != null) {
            add(new H2("Escalation"), new Paragraph("Asked for on " + UkDates.moment(r.escalationRequestedAt()) + ": "
                    + r.escalationReason() + (r.escalationResult() == null ? "" : ". Result: " + r.escalationResult())));
        }
    }

    private void letters(CaseReviewDetails r) {
        if (r.thresholdMet() == null && r.reviewHeldAt() == null) {
            return;
        }
        HorizontalLayout links = new HorizontalLayout();
        if (r.thresholdMet() != null) {
            links.add(download("Threshold decision letter (PDF)", () -> letters.decisionLetter(r.reference())));
        }
        if (r.reviewHeldAt() != null) {
            links.add(download("Outcome letter (PDF)", () -> letters.outcomeLetter(r.reference())));
        }
        add(new H2("Letters to the applicant"), links);
    }

    private static Anchor download(String text, Supplier<DocumentFile> letter) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            DocumentFile file = letter.get();
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), "application/pdf",
                    file.content().length);
        }), text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private HorizontalLayout steps(CaseReviewDetails r) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.getStyle().set("flex-wrap", "wrap");
        switch (r.status()) {
            case AWAITING_DECISION -> {
                note.setLabel("Reason for the decision (required when deciding against the count)");
                bar.add(button("Threshold met", "reason", () -> applications.decide(reference, true, note.getValue(),
                        r.version())));
                bar.add(button("Threshold not met", "reason", () -> applications.decide(reference, false,
                        note.getValue(), r.version())));
            }
            case AWAITING_REVIEW -> {
                note.setLabel("Outcome of the review, as the applicant will be told it");
                bar.add(button("Record the outcome (review held)", "outcome",
                        () -> work.recordOutcome(reference, note.getValue(), r.version())));
            }
            case OUTCOME_TOLD -> {
                note.setLabel("Why the applicant is not satisfied (when they ask for the escalation)");
                bar.add(button("Applicant satisfied", "reason", () -> work.recordResponse(reference, false, null)));
                bar.add(button("Applicant asks for the escalation", "reason",
                        () -> work.recordResponse(reference, true, note.getValue())));
            }
            case ESCALATED -> {
                note.setLabel("Result of the escalation");
                bar.add(button("Record the escalation's result", "result",
                        () -> work.recordEscalationResult(reference, note.getValue())));
            }
            default -> { }
        }
        return bar;
    }

    private Button button(String label, String field, Runnable change) {
        return new Button(label, e -> {
            try {
                if (FieldErrors.succeeded(Map.of(field, note), change)) {
                    // The next step asks for other text (the outcome after the reason): start it empty.
                    note.clear();
                    Notices.success(label + ": recorded");
                    reload();
                }
            } catch (org.springframework.security.access.AccessDeniedException ex) {
                Notices.error("Only a Case Review coordinator (a supervisor) may do this.");
            }
        });
    }

    private void reload() {
        show(work.details(reference));
    }
}
