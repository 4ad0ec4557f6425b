package org.csucasework.escalation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csucasework.escalation.EscalationTestSupport.proposal;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.csucasework.diagram.ProcessDiagramPanel;
import org.csucasework.escalation.CaseDetails;
import org.csucasework.escalation.CaseSummary;
import org.csucasework.escalation.Decision;
import org.csucasework.escalation.DocumentView;
import org.csucasework.escalation.EscalationCases;
import org.csucasework.escalation.EscalationProposals;
import org.csucasework.escalation.EscalationService;
import org.csucasework.escalation.EscalationTestSupport;
import org.csucasework.escalation.Ladder;
import org.csucasework.escalation.LetterTemplateService;
import org.csucasework.intake.ReportService;
import org.csucasework.shared.Role;
import org.csucasework.support.KaribuUiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The caseworkers' case list, the letters register and template administration, in a mocked browser. */
class EscalationScreensTest extends KaribuUiTest {

    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ReportService reports;
    @Autowired
    EscalationService escalation;
    @Autowired
    EscalationCases cases;
    @Autowired
    EscalationProposals proposals;
    @Autowired
    org.csucasework.escalation.EscalationDeadlines deadlines;
    @Autowired
    LetterTemplateService templates;

    private EscalationTestSupport support;

    @BeforeEach
    void setUp() {
        support = new EscalationTestSupport(userDetailsService, reports, cases);
    }

    @Test
    void theCaseworkersListShowsTheirCasesWithWhatEachWaitsForAndWhen() {
        EscalationTestSupport.Case c = issuedWarningLetter("Lola List");
        login("caseworker", Role.CASEWORKER);

        EscalationCasesView view = navigate(EscalationCasesView.class);

        assertThat(view.onlyMine.getValue()).isTrue();
        CaseSummary row = GridKt._findAll(view.grid).stream().filter(s -> s.reference().equals(c.reference()))
                .findFirst().orElseThrow();
        assertThat(row.next()).isEqualTo("Watch period ends");
        assertThat(row.nextDate()).isEqualTo(escalation.details(c.reference()).watchUntil());
        assertThat(row.ladderStageLabel()).isEqualTo("ASB warning letter");
    }

    @Test
    void theCasePageDrawsTheCasesProcessAtItsCurrentStep() {
        EscalationTestSupport.Case c = issuedWarningLetter("Dora Diagram");
        login("caseworker", Role.CASEWORKER);

        navigate("escalation/case/" + c.reference());

        ProcessDiagramPanel panel = _get(ProcessDiagramPanel.class);
        assertThat(_get(panel, Paragraph.class, spec -> spec.withClasses("diagram-legend")).getText())
                .startsWith("Warning letter / ABA escalation. Current step");
        Div drawing = _get(panel, Div.class, spec -> spec.withClasses("process-diagram"));
        assertThat(drawing.getElement().getAttribute("aria-label")).contains("escalation case " + c.reference());
        assertThat(drawing.getElement().getAttribute("data-current")).as("the current step's id, for bpmn-js to mark")
                .isNotBlank();
    }

    @Test
    void theLettersRegisterShowsWhatWasIssuedToWhomByWhomAndHowServed() {
        EscalationTestSupport.Case c = issuedWarningLetter("Rene Register");
        login("caseworker", Role.CASEWORKER);

        LettersRegisterView view = navigate(LettersRegisterView.class);

        DocumentView entry = GridKt._findAll(view.grid).stream().filter(d -> d.caseReference().equals(c.reference()))
                .findFirst().orElseThrow();
        int row = GridKt._findAll(view.grid).indexOf(entry);
        assertThat(GridKt._getFormattedRow(view.grid, row)).contains("Anti-social behaviour: warning",
                "Rene Register " + support.suffix + " (The person)", "caseworker, approved by supervisor",
                "Hand delivered, by Pat Process-Server", org.csucasework.shared.ui.UkDates.day(
                        java.time.LocalDate.now(org.csucasework.shared.ui.UkDates.ZONE)));
    }

    @Test
    void anApprovedLetterIsServedFromTheCasePageAndAServiceDayInTheFutureIsRefusedAtTheDate() {
        EscalationTestSupport.Case c = support.adultCase("Sid Service");
        proposals.propose(c.reference(), proposal(Ladder.WARNING_LETTER, "Abuse at neighbours", c.report()));
        support.runAs("supervisor");
        CaseDetails.StepView pending = escalation.details(c.reference()).pendingStep();
        proposals.decide(pending.id(), pending.version(), Decision.APPROVE, null);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        login("caseworker", Role.CASEWORKER);
        navigate("escalation/case/" + c.reference());

        com.vaadin.flow.component.datepicker.DatePicker servedOn =
                _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withLabel("Date served"));
        _setValue(servedOn, java.time.LocalDate.now(org.csucasework.shared.ui.UkDates.ZONE).plusDays(1));
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Served by")),
                "Casey Caseworker");
        _click(_get(Button.class, spec -> spec.withText("Record the service")));
        assertThat(servedOn.isInvalid()).isTrue();
        assertThat(servedOn.getErrorMessage()).contains("future");
        support.runAs("caseworker");
        assertThat(escalation.details(c.reference()).steps().get(0).status())
                .isEqualTo(org.csucasework.escalation.StepStatus.APPROVED);

        _setValue(servedOn, java.time.LocalDate.now(org.csucasework.shared.ui.UkDates.ZONE));
        _click(_get(Button.class, spec -> spec.withText("Record the service")));

        support.runAs("caseworker");
        assertThat(escalation.details(c.reference()).steps().get(0).status())
                .isEqualTo(org.csucasework.escalation.StepStatus.SERVED);
        assertThat(escalation.details(c.reference()).steps().get(0).servedBy()).isEqualTo("Casey Caseworker");
    }

    @Autowired
    org.camunda.bpm.engine.ManagementService management;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired
    org.csucasework.escalation.EscalationEnforcement enforcement;
    @Autowired
    org.csucasework.escalation.EscalationAppeals appeals;

    @Test
    void aServedNoticeOffersItsAppealAFixedPenaltyAndWorksInDefaultAndMarksDoRequirementsSuspendedDuringAnAppeal() {
        EscalationTestSupport.Case c = support.adultCase("Cora Notice");
        for (String stage : java.util.List.of(Ladder.WARNING_LETTER, Ladder.ABA, Ladder.CPW)) {
            support.runAs("caseworker");
            proposals.propose(c.reference(), proposal(stage, "Waste in the garden", c.report()));
            approveAndServe(c);
        }
        String processId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.reference())
                .singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(processId).timers().singleResult().getId());
        support.runAs("caseworker");
        proposals.propose(c.reference(), EscalationTestSupport.cpn("Waste still in the garden", c.report()));
        approveAndServe(c);
        support.runAs("caseworker");
        appeals.lodge(c.reference(), java.time.LocalDate.now(org.csucasework.shared.ui.UkDates.ZONE),
                "Sevenoaks Magistrates' Court", null);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        login("caseworker", Role.CASEWORKER);

        navigate("escalation/case/" + c.reference());

        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("Appeal pending"))).isNotNull();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.details.Details.class)
                .stream().map(com.vaadin.flow.component.details.Details::getSummaryText))
                .contains("Fixed penalty", "Works in default", "Prosecution");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("Do: Clear the waste") && t.endsWith("(suspended while the appeal runs)"))
                .anyMatch(t -> t.startsWith("Stop: Stop leaving waste") && !t.contains("suspended"));

        // The court varied it: its terms are typed as a proposal's are; a bad line is marked on its box and line.
        java.time.LocalDate today = java.time.LocalDate.now(org.csucasework.shared.ui.UkDates.ZONE);
        _setValue(_get(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withLabel("The court's decision")), org.csucasework.escalation.AppealResult.VARIED);
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withLabel("Day of the decision")), today);
        TextArea doTerms = _get(TextArea.class, spec -> spec.withLabel(
                "As varied: what must be done (one per line, each ending \"by dd/mm/yyyy\" as the court set it)"));
        _setValue(doTerms, "Clear the front half of the garden");
        _click(_get(Button.class, spec -> spec.withText("Record the decision")));
        assertThat(doTerms.isInvalid()).isTrue();
        assertThat(doTerms.getErrorMessage()).startsWith("Line 1: ");

        String by = java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu").format(today.plusDays(30));
        _setValue(doTerms, "Clear the front half of the garden by " + by);
        _click(_get(Button.class, spec -> spec.withText("Record the decision")));

        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Paragraph.class).stream().map(Paragraph::getText))
                .as("the court's terms are the requirements in force").contains("Do: Clear the front half of the "
                        + "garden, by " + org.csucasework.shared.ui.UkDates.day(today.plusDays(30)))
                .noneMatch(t -> t.startsWith("Stop: Stop leaving waste"));
    }

    private void approveAndServe(EscalationTestSupport.Case c) {
        support.runAs("supervisor");
        CaseDetails.StepView pending = escalation.details(c.reference()).pendingStep();
        proposals.decide(pending.id(), pending.version(), Decision.APPROVE, null);
        support.serveToday(escalation, deadlines, c.reference());
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderIsRefusedAtTheTextAndTheTextIsKept() {
        login("admin", Role.ADMIN);
        LetterTemplatesView view = navigate(LetterTemplatesView.class);
        String before = view.body.getValue();

        _setValue(view.body, before + "\n\nSigned {{officer.rank}}");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        TextArea body = view.body;
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).contains("Unknown placeholder {{officer.rank}}");
        assertThat(body.getValue()).endsWith("Signed {{officer.rank}}");
        assertThat(templates.template(view.stage.getValue().stageCode()).body()).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsOpenTheTemplateScreen() {
        login("supervisor", Role.SUPERVISOR);

        assertThatThrownBy(() -> navigate(LetterTemplatesView.class)).isInstanceOf(MockAccessDeniedException.class);
    }

    private EscalationTestSupport.Case issuedWarningLetter(String name) {
        EscalationTestSupport.Case c = support.adultCase(name);
        proposals.propose(c.reference(), proposal(Ladder.WARNING_LETTER, "Abuse at neighbours", c.report()));
        support.runAs("supervisor");
        CaseDetails.StepView pending = escalation.details(c.reference()).pendingStep();
        proposals.decide(pending.id(), pending.version(), Decision.APPROVE, null);
        support.serveToday(escalation, deadlines, c.reference());
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        return c;
    }
}
