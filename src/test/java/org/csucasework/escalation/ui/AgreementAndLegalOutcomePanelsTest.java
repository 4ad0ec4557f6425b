package org.csucasework.escalation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.csucasework.escalation.AgreementOutcome;
import org.csucasework.escalation.EscalationAgreements;
import org.csucasework.escalation.EscalationCases;
import org.csucasework.escalation.EscalationDeadlines;
import org.csucasework.escalation.EscalationLegalOutcomes;
import org.csucasework.escalation.EscalationProposals;
import org.csucasework.escalation.EscalationService;
import org.csucasework.escalation.EscalationTestSupport;
import org.csucasework.escalation.Ladder;
import org.csucasework.escalation.LegalOutcomeKind;
import org.csucasework.intake.ReportService;
import org.csucasework.shared.Role;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.support.KaribuUiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The case page's ABA agreement and legal outcomes panels, in a mocked browser: refusals at the field, UK dates. */
class AgreementAndLegalOutcomePanelsTest extends KaribuUiTest {

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
    EscalationDeadlines deadlines;
    @Autowired
    EscalationAgreements agreements;
    @Autowired
    EscalationLegalOutcomes legalOutcomes;

    private EscalationTestSupport support;
    private final LocalDate today = LocalDate.now(UkDates.ZONE);

    @BeforeEach
    void setUp() {
        support = new EscalationTestSupport(userDetailsService, reports, cases);
    }

    @Test
    void aServedAbaIsRecordedRefusedFromTheCasePageAndTheRefusalStaysOnIt() {
        EscalationTestSupport.Case c = support.adultCase("Rhona Refusal");
        support.issue(escalation, proposals, deadlines, c, Ladder.WARNING_LETTER);
        support.issue(escalation, proposals, deadlines, c, Ladder.ABA);
        SecurityContextHolder.clearContext();
        login("caseworker", Role.CASEWORKER);
        navigate("escalation/case/" + c.reference());

        Button record = _get(Button.class, spec -> spec.withText("Record the agreement"));
        _click(record);
        @SuppressWarnings("unchecked")
        Select<AgreementOutcome> outcome = _get(Select.class, spec -> spec.withLabel("Signed or refused"));
        assertThat(outcome.isInvalid()).as("refused at the field").isTrue();

        _setValue(outcome, AgreementOutcome.REFUSED);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Positive requirements (one per line)")),
                "Attend the tenancy support meeting\n\n");
        _click(_get(Button.class, spec -> spec.withText("Record the agreement")));

        support.runAs("caseworker");
        assertThat(agreements.agreements(c.reference())).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(AgreementOutcome.REFUSED);
            assertThat(a.positiveRequirements()).containsExactly("Attend the tenancy support meeting");
        });
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.equals("Served " + UkDates.day(today) + ": refused on " + UkDates.day(today)
                        + ". The refusal may be evidence for the next step."));
        assertThat(_find(Button.class, spec -> spec.withText("Record the agreement"))).as("recorded once").isEmpty();
    }

    @Test
    void aClosureNoticeOverFortyEightHoursIsRefusedAtItsEndAndOnceRecordedIsShownWithItsUkDates() {
        EscalationTestSupport.Case c = support.adultCase("Clara Closure");
        SecurityContextHolder.clearContext();
        login("caseworker", Role.CASEWORKER);
        navigate("escalation/case/" + c.reference());
        _get(LegalOutcomesPanel.class).setOpened(true);

        @SuppressWarnings("unchecked")
        Select<LegalOutcomeKind> kind = _get(Select.class, spec -> spec.withLabel("Legal outcome"));
        _setValue(kind, LegalOutcomeKind.CLOSURE_NOTICE);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Day granted, made or issued")), today);
        DatePicker ends = _get(DatePicker.class, spec -> spec.withLabel("Day it ends"));
        _setValue(ends, today.plusDays(3));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Premises closed")), "Flat 2, 10 Bradbourne Road");
        _click(_get(Button.class, spec -> spec.withText("Record the legal outcome")));
        assertThat(ends.isInvalid()).isTrue();
        assertThat(ends.getErrorMessage()).contains("48 hours");

        _setValue(ends, today.plusDays(2));
        _click(_get(Button.class, spec -> spec.withText("Record the legal outcome")));

        support.runAs("caseworker");
        assertThat(legalOutcomes.outcomes(c.reference())).extracting(EscalationLegalOutcomes.LegalOutcomeView::kind)
                .containsExactly(LegalOutcomeKind.CLOSURE_NOTICE);
        assertThat(_find(H3.class).stream().map(H3::getText))
                .contains("Closure notice, issued " + UkDates.day(today));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Ends " + UkDates.day(today.plusDays(2)), "Premises: Flat 2, 10 Bradbourne Road");
    }
}
