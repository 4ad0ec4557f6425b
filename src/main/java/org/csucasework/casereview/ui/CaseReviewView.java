package org.csucasework.casereview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.csucasework.casereview.AsbCaseReviewProcess;
import org.csucasework.casereview.CaseReviewDetails;
import org.csucasework.casereview.CaseReviewService;
import org.csucasework.casereview.CaseReviewStatus;
import org.csucasework.casereview.CaseReviewWork;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.tasking.ActionView;
import org.csucasework.diagram.ProcessDiagramPanel;
import org.csucasework.diagram.ProcessDiagramService;
import org.csucasework.shared.ui.Names;

/**
 * One ASB Case Review: the application, each complaint and why it counts or not, the threshold decision (the
 * coordinator confirms the count or overrides it with a reason), the review's recommendations, the outcome and any
 * escalation, the history, and the process diagram with its current step.
 */
@Route("case-reviews/:reference")
@PageTitle("ASB Case Review | CSU Casework")
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME})
public class CaseReviewView extends VerticalLayout implements BeforeEnterObserver {

    private final CaseReviewService applications;
    private final CaseReviewWork work;
    private final ProcessDiagramService diagrams;
    private String reference;

    final TextArea note = new TextArea("Reason (required when deciding against the count) or outcome");

    private final Names names;

    public CaseReviewView(CaseReviewService applications, CaseReviewWork work, ProcessDiagramService diagrams,
                          Names names) {
        this.names = names;
        this.applications = applications;
        this.work = work;
        this.diagrams = diagrams;
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
        add(new Paragraph("Applied " + CaseReviewUi.day(r.appliedOn()) + " by " + r.applicantKind().label()
                .toLowerCase() + ": " + r.applicantName() + (r.victimName() == null ? "" : ", victim " + r.victimName())
                + (r.consentRecorded() ? " (consent recorded" + (r.consentNote() == null ? "" : ": " + r.consentNote())
                + ")" : "") + ". Decision due " + CaseReviewUi.day(r.decisionDue()) + "."));
        add(new Paragraph(r.description()));

        add(new H2("Complaints"));
        add(new Paragraph(r.qualifyingCount() + " qualifying complaint(s); threshold: " + r.threshold() + ". The count "
                + (r.thresholdMetByRule() ? "meets" : "does not meet") + " it."
                + (r.thresholdMet() == null ? "" : " Decided: threshold " + (r.thresholdMet() ? "met" : "not met")
                + (r.decisionReason() == null ? "" : " (" + r.decisionReason() + ")") + ".")));
        Grid<CaseReviewDetails.ComplaintView> complaints = new Grid<>();
        complaints.setAriaLabel("Complaints and why each counts or not");
        complaints.addColumn(c -> c.onRecord() ? c.reportReference() : "Not on record").setHeader("Complaint")
                .setAutoWidth(true);
        complaints.addColumn(c -> CaseReviewUi.day(c.incidentDate())).setHeader("Behaviour").setAutoWidth(true);
        complaints.addColumn(c -> CaseReviewUi.day(c.complainedOn())).setHeader("Complained").setAutoWidth(true);
        complaints.addColumn(CaseReviewDetails.ComplaintView::complainedTo).setHeader("To").setAutoWidth(true);
        complaints.addColumn(c -> c.counts() ? "Counts" : "Does not count").setHeader("Counts?").setAutoWidth(true);
        complaints.addColumn(CaseReviewDetails.ComplaintView::reason).setHeader("Why");
        complaints.setItems(r.qualifyingComplaints());
        complaints.setAllRowsVisible(true);
        add(complaints);

        if (r.status() != CaseReviewStatus.CLOSED && r.status() != CaseReviewStatus.THRESHOLD_NOT_MET) {
            add(note, actions(r));
        }
        if (!r.recommendations().isEmpty() || r.meetingDate() != null) {
            add(new H2("Review"), new Paragraph("Meeting " + CaseReviewUi.day(r.meetingDate()) + " with "
                    + names.agencies(r.agenciesInvited())));
            r.information().forEach(i -> add(new Paragraph(i.agencyName() + ": " + i.information())));
            r.recommendations().forEach(a -> add(new Paragraph("Recommendation for " + names.agency(a.agencyCode()) + ": "
                    + a.description() + " (" + recommendationState(a) + ")")));
        }
        if (r.outcome() != null) {
            add(new H2("Outcome"), new Paragraph(r.outcome()));
        }
        if (r.escalationRequestedAt() != null) {
            add(new H2("Escalation"), new Paragraph("Asked for: " + r.escalationReason()
                    + (r.escalationResult() == null ? "" : ". Result: " + r.escalationResult())));
        }
        add(new H2("History"));
        add(new Paragraph(r.history().stream().map(e -> CaseReviewUi.when(e.occurredAt()) + " " + e.actor() + ": "
                + e.detail()).collect(Collectors.joining(" · "))));
        add(new H2("Process"), new ProcessDiagramPanel(() -> diagrams.diagramOf(AsbCaseReviewProcess.KEY,
                r.reference(), "Case Review " + r.reference()), "The process of this Case Review has ended."));
    }

    private HorizontalLayout actions(CaseReviewDetails r) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.getStyle().set("flex-wrap", "wrap");
        switch (r.status()) {
            case AWAITING_DECISION -> {
                bar.add(button("Threshold met", () -> applications.decide(reference, true, note.getValue(), r.version())));
                bar.add(button("Threshold not met", () -> applications.decide(reference, false, note.getValue(),
                        r.version())));
            }
            case AWAITING_REVIEW -> bar.add(button("Record the outcome (review held)",
                    () -> work.recordOutcome(reference, note.getValue(), r.version())));
            case OUTCOME_TOLD -> {
                bar.add(button("Applicant satisfied", () -> work.recordResponse(reference, false, null)));
                bar.add(button("Applicant asks for the escalation",
                        () -> work.recordResponse(reference, true, note.getValue())));
            }
            case ESCALATED -> bar.add(button("Record the escalation's result",
                    () -> work.recordEscalationResult(reference, note.getValue())));
            default -> { }
        }
        return bar;
    }

    private Button button(String label, Runnable change) {
        return new Button(label, e -> {
            try {
                change.run();
                show(work.details(reference));
            } catch (ValidationException ex) {
                note.setInvalid(true);
                note.setErrorMessage(ex.errors().stream().map(org.csucasework.shared.FieldError::message)
                        .collect(Collectors.joining(" ")));
            } catch (ConflictException | org.springframework.security.access.AccessDeniedException ex) {
                Notification.show(ex.getMessage());
            }
        });
    }

    private static String recommendationState(ActionView action) {
        return action.status().name().toLowerCase().replace('_', ' ');
    }
}
