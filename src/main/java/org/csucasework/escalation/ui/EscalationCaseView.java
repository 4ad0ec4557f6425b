package org.csucasework.escalation.ui;

import static org.csucasework.escalation.AsbEscalationProcess.CONFIRM_BREACH;
import static org.csucasework.escalation.AsbEscalationProcess.CONSIDER_FURTHER_REPORT;
import static org.csucasework.escalation.AsbEscalationProcess.RECORD_APPEAL_OUTCOME;
import static org.csucasework.escalation.AsbEscalationProcess.REVIEW_ABA;
import static org.csucasework.escalation.AsbEscalationProcess.SERVE_STEP;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.csucasework.casehistory.CaseDocuments;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseHistoryPanel;
import org.csucasework.casehistory.CaseRef;
import org.csucasework.diagram.ProcessDiagramPanel;
import org.csucasework.diagram.ProcessDiagramService;
import org.csucasework.escalation.AsbEscalationProcess;
import org.csucasework.escalation.AppealResult;
import org.csucasework.escalation.CaseDetails;
import org.csucasework.escalation.EscalationAppeals;
import org.csucasework.escalation.EscalationPenalties;
import org.csucasework.escalation.EscalationRemedialWorks;
import org.csucasework.escalation.EscalationProsecutions;
import org.csucasework.escalation.ProsecutionOutcome;
import org.csucasework.escalation.Decision;
import org.csucasework.escalation.DocumentFile;
import org.csucasework.escalation.DocumentView;
import org.csucasework.escalation.EscalationCases;
import org.csucasework.escalation.EscalationDeadlines;
import org.csucasework.escalation.EscalationEnforcement;
import org.csucasework.escalation.EscalationFieldLimits;
import org.csucasework.escalation.EscalationProposals;
import org.csucasework.escalation.EscalationService;
import org.csucasework.escalation.ServiceMethod;
import org.csucasework.escalation.StepStatus;
import org.csucasework.escalation.WaitKind;
import org.csucasework.reference.EscalationStage;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.shared.ui.Notices;
import org.csucasework.shared.ui.UkDates;

/**
 * One escalation case: the person, where they stand on the ladder, what the case waits for, the proposal in hand
 * (for the supervisor to decide, or for the caseworker to revise), the documents issued, breaches, evidence, the
 * steps of its process and its timeline. Every action goes through the service, which checks who may do it.
 */
@Route("escalation/case")
@PageTitle("Escalation case | CSU Casework")
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME, Role.PARTNER_NAME})
public class EscalationCaseView extends VerticalLayout implements HasUrlParameter<String> {

    private final EscalationService escalation;
    private final EscalationCases cases;
    private final EscalationProposals proposals;
    private final EscalationDeadlines deadlines;
    private final EscalationEnforcement enforcement;
    private final EscalationAppeals appeals;
    private final EscalationPenalties penalties;
    private final EscalationRemedialWorks works;
    private final EscalationProsecutions prosecutions;
    private final ProcessDiagramService diagrams;
    private final boolean caseworker;
    private final boolean supervisor;
    private final boolean partner;
    private String reference;


    private final CaseHistory caseHistory;
    private final CaseDocuments caseDocuments;

    public EscalationCaseView(EscalationService escalation, EscalationCases cases, EscalationProposals proposals,
                              EscalationDeadlines deadlines, EscalationEnforcement enforcement,
                              EscalationAppeals appeals, EscalationPenalties penalties, EscalationRemedialWorks works,
                              EscalationProsecutions prosecutions,
                              ProcessDiagramService diagrams,
                              AuthenticationContext authentication, CaseHistory caseHistory,
                              CaseDocuments caseDocuments) {
        this.appeals = appeals;
        this.penalties = penalties;
        this.works = works;
        this.prosecutions = prosecutions;
        this.escalation = escalation;
        this.cases = cases;
        this.proposals = proposals;
        this.deadlines = deadlines;
        this.enforcement = enforcement;
        this.caseHistory = caseHistory;
        this.caseDocuments = caseDocuments;
        this.diagrams = diagrams;
        this.caseworker = authentication.hasRole(Role.CASEWORKER_NAME);
        this.supervisor = authentication.hasRole(Role.SUPERVISOR_NAME);
        this.partner = authentication.hasRole(Role.PARTNER_NAME);
        addClassName("escalation-case-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String reference) {
        this.reference = reference;
        reload();
    }

    private void reload() {
        removeAll();
        try {
            render(escalation.details(reference));
        } catch (NotFoundException e) {
            add(new H1("Case not found"), new Paragraph("There is no escalation case " + reference
                    + " that you may see."));
        }
    }

    private void render(CaseDetails d) {
        add(new H1(d.reference() + " · " + d.personName()));
        add(new Paragraph(subjectLine(d)));
        add(new Paragraph(d.status().label() + " · " + (d.caseworker() == null ? "No caseworker yet"
                : "Caseworker " + d.caseworker()) + (d.youngPerson() ? " · Young person; parent or guardian "
                + (d.guardianName() == null ? "not recorded yet" : d.guardianName()) : "")));
        if (d.isOpen()) {
            add(new Paragraph("Next: " + d.next() + (d.nextDate() == null ? "" : " on " + UkDates.day(d.nextDate()))));
        } else {
            add(new Paragraph("Closed " + UkDates.moment(d.closedAt()) + " by " + d.closedBy() + ": " + d.closureReason()));
        }
        add(ladder(d));

        boolean worker = caseworker || supervisor;
        if (d.isOpen()) {
            if (supervisor && d.pendingStep() != null && d.pendingStep().status() == StepStatus.PROPOSED) {
                add(decisionPanel(d.pendingStep()));
            }
            if (worker && (d.isWaitingAt(RECORD_APPEAL_OUTCOME) || escalation.canLodgeAppeal(d.reference()))) {
                add(appealPanel(d, appeals.appeals(d.reference())));
            }
            if (worker && d.steps().stream().anyMatch(st -> st.status() == StepStatus.SERVED
                    && st.stageCode().equals(org.csucasework.escalation.Ladder.CPN))) {
                add(penaltyPanel(penalties.penalties(d.reference())), worksPanel(works.works(d.reference())),
                        prosecutionPanel(prosecutions.prosecutions(d.reference())));
            }
            if ((worker || partner) && d.isWaitingAt(SERVE_STEP)) {
                d.awaitingService().ifPresent(step -> add(servicePanel(step)));
            }
            if (caseworker && !d.isWaitingAt(SERVE_STEP) && (d.pendingStep() == null || d.pendingStep().status() == StepStatus.RETURNED)
                    && !d.isWaitingAt(CONFIRM_BREACH)) {
                add(proposalPanel(d));
            }
            if (worker && d.isWaitingAt(CONSIDER_FURTHER_REPORT)) {
                add(furtherReportPanel());
            }
            if (worker && d.isWaitingAt(CONFIRM_BREACH)) {
                add(confirmBreachPanel(d));
            }
            if (worker && d.isWaitingAt(REVIEW_ABA)) {
                add(reviewAbaPanel(d));
            }
            if ((worker || partner) && d.waitKind() != WaitKind.NONE && !d.isWaitingAt(CONFIRM_BREACH)) {
                add(reportBreachPanel());
            }
        }
        add(new H2("Documents"), documents(d.documents()));
        add(new H2("Steps"), steps(d.steps()));
        noticeRequirements(d);
        if (!d.breaches().isEmpty()) {
            add(new H2("Breaches"), breaches(d.breaches()));
        }
        add(new H2("Evidence and reports"), evidence(d.reports()));
        add(new H2("Process"), new ProcessDiagramPanel(() -> diagrams.diagramOf(AsbEscalationProcess.KEY,
                d.reference(), "escalation case " + d.reference()), "This case has no process."), process(d));
        add(new H2("History"), new CaseHistoryPanel(caseHistory, caseDocuments, CaseRef.escalationCase(d.id()),
                "escalation case " + d.reference()));
        if (worker && d.isOpen()) {
            if (!d.body() && d.dateOfBirth() == null && !d.ageConfirmed()) {
                add(ageConfirmationPanel(d));
            }
            add(detailsPanel(d), sharePanel(), deEscalatePanel(d), closePanel(d));
        }
    }

    /**
     * Whom the case is about, and what the 2014 Act allows for them: a CPW or CPN only to a person aged 16 or over
     * on the day, or to a body (s43(1)).
     */
    private static String subjectLine(CaseDetails d) {
        if (d.body()) {
            return "A business or organisation: its ladder starts at the Community Protection Warning; a Notice only "
                    + "after a Warning whose time to comply has passed (2014 Act, s43).";
        }
        if (d.dateOfBirth() == null) {
            return d.ageConfirmed() ? "Date of birth not known; " + d.ageConfirmedBy() + " confirmed the person is 16 "
                    + "or over." : "Date of birth not known: a Community Protection Warning or Notice needs the "
                    + "person to be 16 or over (2014 Act, s43(1)). Record it, or confirm the age below.";
        }
        return "Born " + UkDates.day(d.dateOfBirth()) + ". A Community Protection Warning or Notice only to a person "
                + "aged 16 or over on the day (s43(1)), and a Notice only after a Warning whose time to comply has "
                + "passed (s43(5)).";
    }

    private Component ageConfirmationPanel(CaseDetails d) {
        TextField how = new TextField("How you checked the person is 16 or over");
        how.setMaxLength(EscalationFieldLimits.NOTE);
        how.setWidthFull();
        Button confirm = new Button("Confirm 16 or over");
        confirm.addClickListener(e -> act(() -> cases.confirmAgeSixteenOrOver(reference, d.version(), how.getValue()),
                "Age confirmed", Map.of("ageConfirmation", how)));
        return new Details("Confirm the person's age", new VerticalLayout(how, confirm));
    }

    private Component ladder(CaseDetails d) {
        HorizontalLayout rungs = new HorizontalLayout();
        rungs.setWrap(true);
        rungs.getElement().setAttribute("aria-label", "The escalation ladder");
        for (CaseDetails.Rung rung : d.ladder()) {
            Span badge = new Span(rung.order() + ". " + rung.label() + " · " + rung.state());
            badge.getElement().getThemeList().add("badge");
            switch (rung.state()) {
                case "Current stage" -> badge.getElement().getThemeList().add("success primary");
                case "Proposed" -> badge.getElement().getThemeList().add("contrast");
                case "Served earlier" -> badge.getElement().getThemeList().add("success");
                default -> { }
            }
            rungs.add(badge);
        }
        Div wait = new Div();
        wait.setText(switch (d.waitKind()) {
            case ABA -> "ABA in force until " + UkDates.day(d.termEnd()) + "; review by " + UkDates.day(d.reviewDate())
                    + (d.abaReviewed() ? " (reviewed)" : "");
            case CPW -> "CPW time to comply until " + UkDates.day(d.complianceDate());
            case WATCH -> "Watch period until " + UkDates.day(d.watchUntil());
            case NONE -> d.compliancePassed() ? "The CPW's time to comply has passed: a CPN may be proposed" : "";
        });
        return new VerticalLayout(new H2("Ladder"), rungs, wait);
    }

    private Component stepSummary(CaseDetails.StepView step) {
        VerticalLayout summary = new VerticalLayout();
        summary.setPadding(false);
        summary.add(new H3(step.stageLabel() + (step.skip() ? " (skips a stage)" : "")));
        summary.add(new Paragraph("Proposed by " + step.proposedBy() + " on " + UkDates.moment(step.submittedAt())
                + (step.submissions() > 1 ? " (resubmission " + step.submissions() + ")" : "")
                + " · to be served: " + step.serviceMethod().label()
                + (step.durationDays() == null ? "" : " · " + step.durationDays() + " days")));
        summary.add(new Paragraph("Conduct: " + step.conduct()));
        summary.add(new Paragraph("Evidence: " + String.join(", ", step.evidenceReferences())));
        step.requirements().forEach(r -> summary.add(new Paragraph(r.kind().label() + ": " + r.text()
                + (r.deadline() == null ? "" : ", by " + UkDates.day(r.deadline())))));
        if (step.skip()) {
            Paragraph justification = new Paragraph("Justification for skipping: " + step.skipJustification());
            justification.addClassName("skip-justification");
            summary.add(justification);
        }
        return summary;
    }

    private Component decisionPanel(CaseDetails.StepView step) {
        TextArea decisionNote = new TextArea("Comments or reason");
        Button approve = new Button("Approve");
        Button returnStep = new Button("Return with comments");
        Button reject = new Button("Reject");
        decisionNote.setMaxLength(EscalationFieldLimits.NOTE);
        decisionNote.setHelperText("Required to return or reject; shown to the caseworker");
        decisionNote.setWidthFull();
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        approve.addClickListener(e -> decide(step, Decision.APPROVE, decisionNote));
        returnStep.addClickListener(e -> decide(step, Decision.RETURN, decisionNote));
        reject.addClickListener(e -> decide(step, Decision.REJECT, decisionNote));
        VerticalLayout panel = new VerticalLayout(new H2("Decision"), stepSummary(step), decisionNote,
                new HorizontalLayout(approve, returnStep, reject));
        panel.addClassName("decision-panel");
        return panel;
    }

    private void decide(CaseDetails.StepView step, Decision decision, TextArea decisionNote) {
        try {
            proposals.decide(step.id(), step.version(), decision, decisionNote.getValue());
            Notices.success(switch (decision) {
                case APPROVE -> step.stageLabel() + " approved: serve it, then record the service";
                case RETURN -> "Returned to the caseworker with your comments";
                case REJECT -> "Proposal rejected";
            });
            reload();
        } catch (ValidationException e) {
            Notices.refused(FieldErrors.show(e.errors(), Map.of("note", decisionNote)));
        } catch (ConflictException e) {
            Notices.error(e.getMessage());
        }
    }

    /**
     * An appeal against the served CPN (s46): lodged within 21 days of service; while it is pending the notice's "do"
     * requirements are suspended and the "stop" requirements stand; then the court's decision.
     */
    private Component appealPanel(CaseDetails d, List<EscalationAppeals.AppealView> caseAppeals) {
        EscalationAppeals.AppealView pending = caseAppeals.stream().filter(EscalationAppeals.AppealView::pending)
                .findFirst().orElse(null);
        if (pending == null) {
            DatePicker lodgedOn = UkDates.picker("Day the appeal was lodged");
            lodgedOn.setMax(java.time.LocalDate.now(UkDates.ZONE));
            TextField court = new TextField("Magistrates' court");
            court.setMaxLength(EscalationAppeals.COURT_MAX);
            DatePicker hearingOn = UkDates.picker("Hearing date (if known)");
            Button lodge = new Button("Record the appeal");
            lodge.addClickListener(e -> act(() -> appeals.lodge(reference, lodgedOn.getValue(), court.getValue(),
                            hearingOn.getValue()), "Appeal recorded: the requirements to do things are suspended",
                    Map.of("lodgedOn", lodgedOn, "court", court, "hearingOn", hearingOn)));
            return new Details("Record an appeal against the notice", new VerticalLayout(new Paragraph(
                    "The person may appeal to the magistrates' court within 21 days of the notice's service (s46). "
                            + "While the appeal runs, the requirements to do things are suspended; the requirements "
                            + "to stop stand unless the court suspends them."), new FormLayout(lodgedOn, court, hearingOn),
                    lodge));
        }
        Select<AppealResult> result = new Select<>();
        result.setLabel("The court's decision");
        result.setItems(AppealResult.values());
        result.setItemLabelGenerator(AppealResult::label);
        DatePicker decidedOn = UkDates.picker("Day of the decision");
        decidedOn.setMax(java.time.LocalDate.now(UkDates.ZONE));
        TextArea note = new TextArea("How the notice was varied, or other notes");
        note.setMaxLength(EscalationFieldLimits.NOTE);
        Button record = new Button("Record the decision");
        record.addClickListener(e -> act(() -> appeals.decide(reference, result.getValue(), decidedOn.getValue(),
                        note.getValue()), "Appeal decision recorded",
                Map.of("result", result, "decidedOn", decidedOn, "resultNote", note)));
        return panel("Appeal pending", new Paragraph("Lodged on " + UkDates.day(pending.lodgedOn()) + " at "
                        + pending.court() + (pending.hearingOn() == null ? "" : "; hearing on "
                        + UkDates.day(pending.hearingOn())) + ". The notice's requirements to do things are suspended "
                        + "until the court decides (s46); its requirements to stop stand."),
                new FormLayout(result, decidedOn, note), record);
    }

    /**
     * Fixed penalties for a confirmed breach of the notice (s52): the configured amount, payable within 14 days, no
     * prosecution meanwhile; unpaid, the prosecution file follows.
     */
    private Component penaltyPanel(List<EscalationPenalties.PenaltyView> casePenalties) {
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        casePenalties.forEach(p -> content.add(new Paragraph(EscalationPenalties.pounds(p.amountPence())
                + " issued " + UkDates.day(p.issuedOn()) + " · " + p.statusLabel())));
        boolean waiting = casePenalties.stream().anyMatch(p -> p.status().equals("ISSUED"));
        if (waiting) {
            DatePicker paidOn = UkDates.picker("Day it was paid");
            paidOn.setMax(java.time.LocalDate.now(UkDates.ZONE));
            Button paid = new Button("Record the payment");
            paid.addClickListener(e -> act(() -> penalties.paid(reference, paidOn.getValue()), "Payment recorded",
                    Map.of("paidOn", paidOn)));
            content.add(paidOn, paid);
        } else {
            DatePicker issuedOn = UkDates.picker("Day the fixed penalty was issued");
            issuedOn.setValue(java.time.LocalDate.now(UkDates.ZONE));
            issuedOn.setMax(java.time.LocalDate.now(UkDates.ZONE));
            Button issue = new Button("Issue a fixed penalty of " + EscalationPenalties.pounds(penalties.amountPence()));
            issue.addClickListener(e -> act(() -> penalties.issue(reference, issuedOn.getValue()),
                    "Fixed penalty issued: payable within 14 days", // A refusal about the breach is shown at the day: the form has no other field.
                    Map.of("issuedOn", issuedOn, "breach", issuedOn)));
            content.add(new Paragraph("For a confirmed breach of the notice (s52): payable within 14 days, during "
                    + "which nobody is prosecuted; if it is not paid, the prosecution file follows (s48)."), issuedOn, issue);
        }
        return new Details("Fixed penalty", content);
    }

    /**
     * Prosecution for a breach of the notice (s48): never while a fixed penalty may still be paid (s52); the remedial
     * (s49) and forfeiture (s50) orders asked for, then the outcome and the orders made.
     */
    private Component prosecutionPanel(List<EscalationProsecutions.ProsecutionView> caseProsecutions) {
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        caseProsecutions.forEach(p -> content.add(new Paragraph(p.court() + (p.hearingOn() == null ? ""
                : ", hearing " + UkDates.day(p.hearingOn())) + " · " + (p.outcome() == null ? "Outcome awaited"
                : ProsecutionOutcome.valueOf(p.outcome()).label() + " " + UkDates.day(p.outcomeOn())
                + (p.remedialOrderMade() ? "; remedial order made" : "")
                + (p.forfeitureOrderMade() ? "; forfeiture order made" : "")))));
        boolean pending = caseProsecutions.stream().anyMatch(p -> p.outcome() == null);
        if (pending) {
            Select<ProsecutionOutcome> outcome = new Select<>();
            outcome.setLabel("Outcome");
            outcome.setItems(ProsecutionOutcome.values());
            outcome.setItemLabelGenerator(ProsecutionOutcome::label);
            DatePicker on = UkDates.picker("Day of the outcome");
            on.setMax(java.time.LocalDate.now(UkDates.ZONE));
            Checkbox remedial = new Checkbox("Remedial order made (s49)");
            Checkbox forfeiture = new Checkbox("Forfeiture order made (s50)");
            Button record = new Button("Record the outcome");
            record.addClickListener(e -> act(() -> prosecutions.outcome(reference, outcome.getValue(), on.getValue(),
                    remedial.getValue(), forfeiture.getValue()), "Outcome recorded",
                    Map.of("outcome", outcome, "outcomeOn", on)));
            content.add(outcome, on, remedial, forfeiture, record);
        } else {
            TextField court = new TextField("Magistrates' court");
            court.setMaxLength(EscalationAppeals.COURT_MAX);
            DatePicker hearing = UkDates.picker("Hearing date (if known)");
            Checkbox remedial = new Checkbox("Ask for a remedial order (s49)");
            Checkbox forfeiture = new Checkbox("Ask for a forfeiture order (s50)");
            Button prepare = new Button("Record the prosecution file");
            prepare.addClickListener(e -> act(() -> prosecutions.prepare(reference, court.getValue(), hearing.getValue(),
                    remedial.getValue(), forfeiture.getValue()), "Prosecution recorded",
                    Map.of("court", court, "hearingOn", hearing)));
            content.add(new Paragraph("For a confirmed breach of the notice (s48); not while a fixed penalty may "
                    + "still be paid (s52)."), court, hearing, remedial, forfeiture, prepare);
        }
        return new Details("Prosecution", content);
    }

    /** Works in default after a confirmed breach of the notice (s47): what, when, the cost and what was recovered. */
    private Component worksPanel(List<EscalationRemedialWorks.WorkView> caseWorks) {
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        caseWorks.forEach(w -> content.add(new Paragraph(UkDates.day(w.doneOn()) + ": " + w.description() + " · cost "
                + EscalationPenalties.pounds(w.costPence()) + ", recovered " + EscalationPenalties.pounds(w.recoveredPence()))));
        TextArea what = new TextArea("Work done");
        what.setMaxLength(EscalationFieldLimits.NOTE);
        DatePicker doneOn = UkDates.picker("Day it was done");
        doneOn.setMax(java.time.LocalDate.now(UkDates.ZONE));
        com.vaadin.flow.component.textfield.BigDecimalField cost =
                new com.vaadin.flow.component.textfield.BigDecimalField("Cost (£)");
        Button record = new Button("Record the works");
        record.addClickListener(e -> act(() -> works.record(reference, what.getValue(), doneOn.getValue(),
                        cost.getValue() == null ? null : cost.getValue().movePointRight(2).intValue()),
                "Works in default recorded", Map.of("description", what, "doneOn", doneOn, "costPence", cost)));
        content.add(new Paragraph("After a confirmed breach of the notice the council may do the work it required and "
                + "recover the cost (s47)."), what, doneOn, cost, record);
        return new Details("Works in default", content);
    }

    /**
     * Recording the service of an approved step. Its deadlines run from the day of service (never from approval), so
     * the day may not be before the approval nor after today.
     */
    private Component servicePanel(CaseDetails.StepView step) {
        DatePicker servedOn = UkDates.picker("Date served");
        servedOn.setValue(java.time.LocalDate.now(UkDates.ZONE));
        servedOn.setMin(step.approvedOn());
        servedOn.setMax(java.time.LocalDate.now(UkDates.ZONE));
        Select<ServiceMethod> method = new Select<>();
        method.setLabel("How it was served");
        method.setItems(ServiceMethod.values());
        method.setItemLabelGenerator(ServiceMethod::label);
        method.setValue(step.serviceMethod());
        TextField servedBy = new TextField("Served by");
        servedBy.setMaxLength(EscalationDeadlines.SERVED_BY_MAX);
        servedBy.setHelperText("The officer who served it");
        Button record = new Button("Record the service");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> act(() -> deadlines.serve(step.id(), servedOn.getValue(), method.getValue(),
                        servedBy.getValue()), step.stageLabel() + " served: its deadlines run from "
                        + UkDates.day(servedOn.getValue()),
                Map.of("servedOn", servedOn, "method", method, "servedBy", servedBy)));
        VerticalLayout panel = (VerticalLayout) panel("Serve the " + step.stageLabel(), new Paragraph("Approved by "
                + step.decidedBy() + " on " + UkDates.day(step.approvedOn()) + ". Nothing runs until it is served: "
                + "the time to comply, the term, the watch period and a notice's 21 days to appeal all count from "
                + "the day of service. Download the documents below, serve them, then record the service."),
                new FormLayout(servedOn, method, servedBy), record);
        panel.addClassName("service-panel");
        return panel;
    }

    private Component proposalPanel(CaseDetails d) {
        List<EscalationStage> stages = escalation.stages();
        ProposalForm proposalForm = new ProposalForm(stages, escalation.reportsAboutPerson(d.reference()));
        Button propose = new Button("Propose to a supervisor");
        VerticalLayout panel = new VerticalLayout();
        panel.addClassName("proposal-panel");
        CaseDetails.StepView returned = d.pendingStep();
        if (returned != null) {
            panel.add(new H2("Revise and resubmit"), new Paragraph("Returned by " + returned.decidedBy() + ": "
                    + returned.decisionNote()));
            proposalForm.fill(returned);
            propose.setText("Resubmit to a supervisor");
        } else {
            panel.add(new H2("Propose the next step"));
        }
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickListener(e -> {
            try {
                if (returned != null) {
                    proposals.resubmit(returned.id(), returned.version(), proposalForm.draft());
                    Notices.success("Resubmitted to the supervisors");
                } else {
                    proposals.propose(d.reference(), proposalForm.draft());
                    Notices.success("Proposed to the supervisors");
                }
                reload();
            } catch (ValidationException ex) {
                Notices.refused(FieldErrors.show(proposalForm.onFields(ex.errors()), proposalForm.fields()));
            } catch (ConflictException ex) {
                Notices.error(ex.getMessage());
            }
        });
        panel.add(proposalForm, propose);
        return panel;
    }

    private Component furtherReportPanel() {
        TextArea note = new TextArea("Note");
        note.setMaxLength(EscalationFieldLimits.NOTE);
        Button escalate = new Button("Escalate: propose the next step");
        Button keepWatching = new Button("Keep watching");
        escalate.addClickListener(e -> act(() -> enforcement.considerFurtherReport(reference, true, note.getValue()),
                "Propose the next step below", Map.of("note", note)));
        keepWatching.addClickListener(e -> act(() -> enforcement.considerFurtherReport(reference, false, note.getValue()),
                "The case keeps watching", Map.of("note", note)));
        return panel("A further report about the person", note, new HorizontalLayout(escalate, keepWatching));
    }

    private Component confirmBreachPanel(CaseDetails d) {
        CaseDetails.BreachView breach = d.breaches().stream().filter(b -> b.status().equals("REPORTED"))
                .reduce((a, b) -> b).orElse(null);
        TextArea note = new TextArea("Note");
        note.setMaxLength(EscalationFieldLimits.NOTE);
        Button confirm = new Button("Confirm the breach");
        Button dismiss = new Button("Not a breach");
        confirm.addClickListener(e -> act(() -> enforcement.confirmBreach(reference, true, note.getValue()),
                "Breach confirmed: propose the next step", Map.of("breachNote", note)));
        dismiss.addClickListener(e -> act(() -> enforcement.confirmBreach(reference, false, note.getValue()),
                "Breach dismissed", Map.of("breachNote", note)));
        return panel("Reported breach", new Paragraph(breach == null ? "" : breach.description() + " (reported by "
                + breach.reportedBy() + ", " + UkDates.moment(breach.reportedAt()) + ")"), note,
                new HorizontalLayout(confirm, dismiss));
    }

    private Component reviewAbaPanel(CaseDetails d) {
        TextArea outcome = new TextArea("Outcome of the review");
        outcome.setMaxLength(EscalationFieldLimits.NOTE);
        Button record = new Button("Record the review");
        record.addClickListener(e -> act(() -> deadlines.reviewAba(reference, outcome.getValue()),
                "Review recorded", Map.of("reviewNote", outcome)));
        return panel("ABA review due (the term ends " + UkDates.day(d.termEnd()) + ")", outcome, record);
    }

    private Component reportBreachPanel() {
        TextArea description = new TextArea("What happened, when and where");
        description.setMaxLength(EscalationFieldLimits.NOTE);
        TextField report = new TextField("Report reference (optional)");
        Button send = new Button("Report a breach");
        send.addClickListener(e -> act(() -> enforcement.reportBreach(reference, description.getValue(), report.getValue()),
                "Breach reported: a caseworker will confirm it",
                Map.of("breachDescription", description, "breachReport", report)));
        Details details = new Details("Report a breach", new VerticalLayout(description, report, send));
        return details;
    }

    private Component detailsPanel(CaseDetails d) {
        TextArea letterAddress = new TextArea("Address for letters");
        letterAddress.setValue(d.letterAddress() == null ? "" : d.letterAddress());
        Checkbox young = new Checkbox("Young person (under 18)", d.youngPerson());
        TextField guardianName = new TextField("Parent or guardian");
        guardianName.setValue(d.guardianName() == null ? "" : d.guardianName());
        TextArea guardianAddress = new TextArea("Parent's or guardian's address");
        guardianAddress.setValue(d.guardianAddress() == null ? "" : d.guardianAddress());
        Button save = new Button("Save");
        save.addClickListener(e -> act(() -> cases.changeDetails(reference, d.version(), letterAddress.getValue(),
                        young.getValue(), guardianName.getValue(), guardianAddress.getValue()), "Saved",
                Map.of("letterAddress", letterAddress, "guardianName", guardianName, "guardianAddress", guardianAddress)));
        FormLayout form = new FormLayout(letterAddress, young, guardianName, guardianAddress);
        return new Details("Where letters go", new VerticalLayout(form, save));
    }

    private Component sharePanel() {
        Map<String, String> agencies = escalation.shareableAgencies();
        ComboBox<String> agency = new ComboBox<>("Agency");
        agency.setItems(agencies.keySet());
        agency.setItemLabelGenerator(code -> agencies.getOrDefault(code, code));
        TextField why = new TextField("Why they need to see it");
        why.setMaxLength(EscalationFieldLimits.SHARE_REASON);
        Button share = new Button("Share");
        share.addClickListener(e -> act(() -> cases.share(reference, agency.getValue(), why.getValue()),
                "Shared", Map.of("agencyCode", agency, "shareReason", why)));
        return new Details("Share with a partner agency", new VerticalLayout(agency, why, share));
    }

    private Component deEscalatePanel(CaseDetails d) {
        Select<String> to = new Select<>();
        to.setLabel("Down to");
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        labels.put("", "No stage");
        d.ladder().forEach(r -> labels.put(r.code(), r.label()));
        to.setItems(labels.keySet());
        to.setItemLabelGenerator(code -> labels.getOrDefault(code, code));
        to.setValue("");
        TextArea why = new TextArea("Reason");
        why.setMaxLength(EscalationFieldLimits.NOTE);
        Button deEscalate = new Button("De-escalate");
        deEscalate.addClickListener(e -> act(() -> cases.deEscalate(reference, d.version(),
                        to.getValue() == null || to.getValue().isEmpty() ? null : to.getValue(), why.getValue()),
                "De-escalated", Map.of("deEscalateTo", to, "deEscalateReason", why)));
        return new Details("De-escalate", new VerticalLayout(to, why, deEscalate));
    }

    private Component closePanel(CaseDetails d) {
        TextArea why = new TextArea("Reason for closing");
        why.setMaxLength(EscalationFieldLimits.NOTE);
        Button close = new Button("Close the case");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addClickListener(e -> act(() -> cases.close(reference, d.version(), why.getValue()),
                "Case closed", Map.of("closeReason", why)));
        return new Details("Close the case", new VerticalLayout(why, close));
    }

    private Component documents(List<DocumentView> documents) {
        Grid<DocumentView> grid = new Grid<>();
        grid.setAriaLabel("Documents");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(DocumentView::title).setHeader("Document");
        grid.addColumn(d -> d.recipientName() + " (" + d.recipientRole() + ")").setHeader("To");
        grid.addColumn(LettersRegisterView::served).setHeader("Served");
        grid.addColumn(d -> d.issuedBy() + ", approved by " + d.approvedBy()).setHeader("By");
        grid.addColumn(d -> d.serviceMethod().label() + (d.served() ? ", by " + d.servedBy() : " (planned)"))
                .setHeader("How");
        grid.addComponentColumn(d -> downloadLink(escalation, d)).setHeader("PDF");
        grid.setItems(documents);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A link that fetches the PDF through the service, which checks again that the user may see the case. */
    static Anchor downloadLink(EscalationService escalation, DocumentView document) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                DocumentFile file = escalation.document(document.id());
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        "application/pdf", file.content().length);
            } catch (NotFoundException e) {
                return DownloadResponse.error(404);
            }
        }), "Download");
        link.getElement().setAttribute("aria-label", "Download " + document.fileName());
        return link;
    }

    private static Component steps(List<CaseDetails.StepView> steps) {
        Grid<CaseDetails.StepView> grid = new Grid<>();
        grid.setAriaLabel("Steps proposed");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(s -> s.stageLabel() + (s.skip() ? " (skip)" : "")).setHeader("Step");
        grid.addColumn(s -> s.status().label()).setHeader("Status");
        grid.addColumn(s -> s.proposedBy() + ", " + UkDates.moment(s.proposedAt())).setHeader("Proposed");
        grid.addColumn(s -> s.decidedBy() == null ? "" : s.decidedBy() + ", " + UkDates.moment(s.decidedAt()))
                .setHeader("Decided");
        grid.addColumn(s -> s.decisionNote() == null ? "" : s.decisionNote()).setHeader("Comments");
        grid.addColumn(s -> s.servedOn() == null ? "" : UkDates.day(s.servedOn()) + ", "
                + s.servedMethod().label().toLowerCase(java.util.Locale.UK) + ", by " + s.servedBy()).setHeader("Served");
        grid.setItems(steps);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The requirements of each served notice, each "do" marked suspended while an appeal against it runs (s46). */
    private void noticeRequirements(CaseDetails d) {
        List<EscalationAppeals.AppealView> caseAppeals = appeals.appeals(d.reference());
        d.steps().stream().filter(s -> s.status() == StepStatus.SERVED && !s.requirements().isEmpty()).forEach(s -> {
            boolean suspended = caseAppeals.stream().anyMatch(a -> a.stepId().equals(s.id()) && a.pending());
            VerticalLayout list = new VerticalLayout();
            list.setPadding(false);
            list.addClassName("notice-requirements");
            list.add(new H3("Requirements of the notice served " + UkDates.day(s.servedOn())));
            s.requirements().forEach(r -> list.add(new Paragraph(r.kind().label() + ": " + r.text()
                    + (r.deadline() == null ? "" : ", by " + UkDates.day(r.deadline()))
                    + (suspended && r.kind() == org.csucasework.escalation.Requirement.Kind.DO
                    ? " (suspended while the appeal runs)" : ""))));
            add(list);
        });
    }

    private static Component breaches(List<CaseDetails.BreachView> breaches) {
        Grid<CaseDetails.BreachView> grid = new Grid<>();
        grid.setAriaLabel("Breaches reported");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(b -> UkDates.moment(b.reportedAt())).setHeader("Reported");
        grid.addColumn(CaseDetails.BreachView::reportedBy).setHeader("By");
        grid.addColumn(CaseDetails.BreachView::description).setHeader("What happened");
        grid.addColumn(b -> b.status().charAt(0) + b.status().substring(1).toLowerCase()).setHeader("Status");
        grid.addColumn(b -> b.note() == null ? "" : b.note()).setHeader("Note");
        grid.setItems(breaches);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Component evidence(List<CaseDetails.Evidence> reports) {
        Grid<CaseDetails.Evidence> grid = new Grid<>();
        grid.setAriaLabel("Reports on the case");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(CaseDetails.Evidence::reference).setHeader("Report");
        grid.addColumn(r -> UkDates.moment(r.receivedAt())).setHeader("Received");
        grid.addColumn(CaseDetails.Evidence::categoryName).setHeader("Category");
        grid.addColumn(CaseDetails.Evidence::how).setHeader("How it came to the case");
        grid.setItems(reports);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The process's steps as a list: the diagram viewer is a separate piece of work (no renderer in the product yet). */
    private static Component process(CaseDetails d) {
        Grid<CaseDetails.ProcessStep> grid = new Grid<>();
        grid.setAriaLabel("Steps of the case's process");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(CaseDetails.ProcessStep::name).setHeader("Step");
        grid.addColumn(s -> UkDates.moment(s.started())).setHeader("Started");
        grid.addColumn(s -> s.ended() == null ? "Now" : UkDates.moment(s.ended())).setHeader("Ended");
        grid.setItems(d.processSteps());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Component panel(String title, Component... content) {
        VerticalLayout panel = new VerticalLayout(new H2(title));
        panel.add(content);
        return panel;
    }

    /** Runs a service call; on success reloads the page, on a refusal marks the fields and keeps what was typed. */
    private void act(Runnable call, String success, Map<String, ? extends HasValidation> fields) {
        try {
            call.run();
            Notices.success(success);
            reload();
        } catch (ValidationException e) {
            Notices.refused(FieldErrors.show(e.errors(), fields));
        } catch (ConflictException e) {
            Notices.error(e.getMessage());
        }
    }
}
