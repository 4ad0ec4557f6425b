package org.csucasework.escalation.ui;

import static org.csucasework.escalation.AsbEscalationProcess.CONFIRM_BREACH;
import static org.csucasework.escalation.AsbEscalationProcess.CONSIDER_FURTHER_REPORT;
import static org.csucasework.escalation.AsbEscalationProcess.RECORD_APPEAL_OUTCOME;
import static org.csucasework.escalation.AsbEscalationProcess.REVIEW_ABA;
import static org.csucasework.escalation.AsbEscalationProcess.SERVE_STEP;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csucasework.casehistory.CaseDocuments;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseHistoryPanel;
import org.csucasework.casehistory.CaseRef;
import org.csucasework.diagram.ProcessDiagramPanel;
import org.csucasework.diagram.ProcessDiagramService;
import org.csucasework.escalation.AsbEscalationProcess;
import org.csucasework.escalation.CaseDetails;
import org.csucasework.escalation.EscalationAgreements;
import org.csucasework.escalation.EscalationAppeals;
import org.csucasework.escalation.EscalationCases;
import org.csucasework.escalation.EscalationDeadlines;
import org.csucasework.escalation.EscalationEnforcement;
import org.csucasework.escalation.EscalationFieldLimits;
import org.csucasework.escalation.EscalationLegalOutcomes;
import org.csucasework.escalation.EscalationPenalties;
import org.csucasework.escalation.EscalationProposals;
import org.csucasework.escalation.EscalationProsecutions;
import org.csucasework.escalation.EscalationRemedialWorks;
import org.csucasework.escalation.EscalationService;
import org.csucasework.escalation.Ladder;
import org.csucasework.escalation.Requirement;
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
 * (for the supervisor to decide, or for the caseworker to revise), the documents issued, the agreements and legal
 * outcomes, breaches, evidence, the steps of its process and its timeline. Every action goes through the service,
 * which checks who may do it. The panels of the enforcement after a notice, of the agreements and legal outcomes, and
 * of the case's settings are components of their own (this page only decides which show).
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
    private final EscalationAgreements agreements;
    private final EscalationLegalOutcomes legalOutcomes;
    private final ProcessDiagramService diagrams;
    private final CaseHistory caseHistory;
    private final CaseDocuments caseDocuments;
    private final CaseActions actions = new CaseActions(this::reload);
    private final boolean caseworker;
    private final boolean supervisor;
    private final boolean partner;
    private String reference;

    public EscalationCaseView(EscalationService escalation, EscalationCases cases, EscalationProposals proposals,
                              EscalationDeadlines deadlines, EscalationEnforcement enforcement,
                              EscalationAppeals appeals, EscalationPenalties penalties, EscalationRemedialWorks works,
                              EscalationProsecutions prosecutions, EscalationAgreements agreements,
                              EscalationLegalOutcomes legalOutcomes, ProcessDiagramService diagrams,
                              AuthenticationContext authentication, CaseHistory caseHistory,
                              CaseDocuments caseDocuments) {
        this.escalation = escalation;
        this.cases = cases;
        this.proposals = proposals;
        this.deadlines = deadlines;
        this.enforcement = enforcement;
        this.appeals = appeals;
        this.penalties = penalties;
        this.works = works;
        this.prosecutions = prosecutions;
        this.agreements = agreements;
        this.legalOutcomes = legalOutcomes;
        this.diagrams = diagrams;
        this.caseHistory = caseHistory;
        this.caseDocuments = caseDocuments;
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
            actionPanels(d, worker);
        }
        add(new H2("Documents"), CaseGrids.documents(escalation, d.documents()));
        add(new H2("Steps"), CaseGrids.steps(d.steps()));
        // The CSU's caseworkers and supervisors, and an authorised partner agency's officers on its cases (s53).
        boolean recorder = d.isOpen() && agreements.mayRecord();
        if (AgreementPanel.applies(d)) {
            add(new AgreementPanel(d, agreements, recorder, actions));
        }
        noticeRequirements(d);
        List<EscalationLegalOutcomes.LegalOutcomeView> legal = legalOutcomes.outcomes(d.reference());
        if (!legal.isEmpty() || recorder) {
            add(new LegalOutcomesPanel(d.reference(), legal, legalOutcomes, recorder, actions));
        }
        if (!d.breaches().isEmpty()) {
            add(new H2("Breaches"), CaseGrids.breaches(d.breaches()));
        }
        add(new H2("Evidence and reports"), CaseGrids.evidence(d.reports()));
        add(new H2("Process"), new ProcessDiagramPanel(() -> diagrams.diagramOf(AsbEscalationProcess.KEY,
                d.reference(), "escalation case " + d.reference()), "This case has no process."), CaseGrids.process(d));
        add(new H2("History"), new CaseHistoryPanel(caseHistory, caseDocuments, CaseRef.escalationCase(d.id()),
                "escalation case " + d.reference()));
        if (worker && d.isOpen()) {
            CaseSettingsPanels settings = new CaseSettingsPanels(cases, d, actions);
            if (!d.body() && d.dateOfBirth() == null && !d.ageConfirmed()) {
                add(settings.ageConfirmation());
            }
            add(settings.letters(), settings.share(escalation.shareableAgencies()), settings.deEscalate(),
                    settings.close());
        }
    }

    /** What the open case waits for, as the panels of whoever may do it. */
    private void actionPanels(CaseDetails d, boolean worker) {
        if (supervisor && d.pendingStep() != null && d.pendingStep().status() == StepStatus.PROPOSED) {
            // Who decides a partner officer's proposal is configured (decision 0026): offer it only to them.
            if (proposals.mayDecide(d.pendingStep().id())) {
                add(new DecisionPanel(d.pendingStep(), proposals, actions));
            } else {
                add(new Paragraph("This proposal waits for a decision by a supervisor of the proposing agency "
                        + "or of the CSU, as the partnership has set it."));
            }
        }
        if (worker && (d.isWaitingAt(RECORD_APPEAL_OUTCOME) || escalation.canLodgeAppeal(d.reference()))) {
            add(new AppealPanel(d.reference(), appeals, actions));
        }
        if (worker && d.steps().stream().anyMatch(st -> st.status() == StepStatus.SERVED
                && st.stageCode().equals(Ladder.CPN))) {
            add(new PenaltyPanel(d.reference(), penalties, actions), new WorksPanel(d.reference(), works, actions),
                    new ProsecutionPanel(d.reference(), prosecutions, actions));
        }
        if ((worker || partner) && d.isWaitingAt(SERVE_STEP)) {
            d.awaitingService().ifPresent(step -> add(new ServicePanel(step, deadlines, actions)));
        }
        if (caseworker && !d.isWaitingAt(SERVE_STEP) && (d.pendingStep() == null
                || d.pendingStep().status() == StepStatus.RETURNED) && !d.isWaitingAt(CONFIRM_BREACH)) {
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
        escalate.addClickListener(e -> actions.act(() -> enforcement.considerFurtherReport(reference, true, note.getValue()),
                "Propose the next step below", Map.of("note", note)));
        keepWatching.addClickListener(e -> actions.act(() -> enforcement.considerFurtherReport(reference, false, note.getValue()),
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
        confirm.addClickListener(e -> actions.act(() -> enforcement.confirmBreach(reference, true, note.getValue()),
                "Breach confirmed: propose the next step", Map.of("breachNote", note)));
        dismiss.addClickListener(e -> actions.act(() -> enforcement.confirmBreach(reference, false, note.getValue()),
                "Breach dismissed", Map.of("breachNote", note)));
        return panel("Reported breach", new Paragraph(breach == null ? "" : breach.description() + " (reported by "
                + breach.reportedBy() + ", " + UkDates.moment(breach.reportedAt()) + ")"), note,
                new HorizontalLayout(confirm, dismiss));
    }

    private Component reviewAbaPanel(CaseDetails d) {
        TextArea outcome = new TextArea("Outcome of the review");
        outcome.setMaxLength(EscalationFieldLimits.NOTE);
        Button record = new Button("Record the review");
        record.addClickListener(e -> actions.act(() -> deadlines.reviewAba(reference, outcome.getValue()),
                "Review recorded", Map.of("reviewNote", outcome)));
        return panel("ABA review due (the term ends " + UkDates.day(d.termEnd()) + ")", outcome, record);
    }

    private Component reportBreachPanel() {
        TextArea description = new TextArea("What happened, when and where");
        description.setMaxLength(EscalationFieldLimits.NOTE);
        TextField report = new TextField("Report reference (optional)");
        Button send = new Button("Report a breach");
        send.addClickListener(e -> actions.act(() -> enforcement.reportBreach(reference, description.getValue(), report.getValue()),
                "Breach reported: a caseworker will confirm it",
                Map.of("breachDescription", description, "breachReport", report)));
        return new Details("Report a breach", new VerticalLayout(description, report, send));
    }

    /** The requirements of each served notice, each "do" marked suspended while an appeal against it runs (s46). */
    private void noticeRequirements(CaseDetails d) {
        List<EscalationAppeals.AppealView> caseAppeals = appeals.appeals(d.reference());
        d.steps().stream().filter(s -> s.status() == StepStatus.SERVED && !s.requirements().isEmpty()).forEach(s -> {
            boolean suspended = AppealPanel.suspends(caseAppeals, s.id());
            // After an appeal upheld or varied it, the requirements in force are the appeal's (s46(3)).
            Optional<EscalationAppeals.AppealView> decided = caseAppeals.stream()
                    .filter(a -> a.stepId().equals(s.id()) && !a.requirementsInForce().isEmpty()).findFirst();
            VerticalLayout list = new VerticalLayout();
            list.setPadding(false);
            list.addClassName("notice-requirements");
            list.add(new H3("Requirements of the notice served " + UkDates.day(s.servedOn())
                    + decided.map(a -> ", as in force after the appeal decided " + UkDates.day(a.decidedOn())
                    + " (deadlines to do things moved on by the " + ChronoUnit.DAYS.between(a.lodgedOn(), a.decidedOn())
                    + " days it took)").orElse("")));
            decided.map(EscalationAppeals.AppealView::requirementsInForce).orElse(s.requirements())
                    .forEach(r -> list.add(new Paragraph(r.kind().label() + ": " + r.text()
                    + (r.deadline() == null ? "" : ", by " + UkDates.day(r.deadline()))
                    + (suspended && r.kind() == Requirement.Kind.DO
                    ? " (suspended while the appeal runs)" : ""))));
            add(list);
        });
    }

    private static Component panel(String title, Component... content) {
        VerticalLayout panel = new VerticalLayout(new H2(title));
        panel.add(content);
        return panel;
    }
}
