package org.csucasework.escalation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csucasework.escalation.EscalationTestSupport.proposal;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributools.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.stream.Collectors;
import org.csucasework.escalation.EscalationService;
import org.csucasework.escalation.EscalationCases;
import org.csucasework.escalation.EscalationProposals;
import org.csucasework.escalation.EscalationTestSupport;
import org.csucasework.escalation.Ladder;
import org.csucasework.escalation.QueueItem;
import org.csucasework.escalation.ServiceMethod;
import org.csucasework.escalation.StepStatus;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportSummary;
import org.csucasework.shared.Role;
import org.csucasework.support.KaribuUiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The supervisors' escalation queue and the case page's decision and proposal panels, in a mocked browser. */
class EscalationQueueViewTest extends KaribuUiTest {

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

    private EscalationTestSupport support;

    @BeforeEach
    void setUp() {
        support = new EscalationTestSupport(userDetailsService, reports, cases);
    }

    @Test
    void theQueueListsEveryProposalAwaitingADecisionOldestFirstWithItsAge() {
        EscalationTestSupport.Case older = proposed("Olga Older");
        EscalationTestSupport.Case newer = proposed("Nina Newer");
        login("supervisor", Role.SUPERVISOR);

        EscalationQueueView view = navigate(EscalationQueueView.class);

        List<QueueItem> rows = GridKt._findAll(view.grid);
        List<String> references = rows.stream().map(QueueItem::caseReference).toList();
        assertThat(references).contains(older.reference(), newer.reference());
        assertThat(references.indexOf(older.reference())).isLessThan(references.indexOf(newer.reference()));
        assertThat(rows).extracting(QueueItem::submittedAt).isSorted();
        int row = references.indexOf(older.reference());
        assertThat(GridKt._getFormattedRow(view.grid, row)).contains("less than an hour", "ASB warning letter",
                "Olga Older " + support.suffix, "caseworker");
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void choosingAProposalOpensItsCaseWhereApprovingIssuesTheLetterAndEmptiesItsPlaceInTheQueue() {
        EscalationTestSupport.Case c = proposed("Arthur Approved");
        login("supervisor", Role.SUPERVISOR);
        EscalationQueueView queue = navigate(EscalationQueueView.class);

        GridKt._clickItem(queue.grid, rowIndex(queue.grid, rowOf(queue.grid, c.reference())));
        _get(EscalationCaseView.class);
        _click(_get(Button.class, spec -> spec.withText("Approve")));

        assertThat(notifications()).contains("ASB warning letter approved: serve it, then record the service");
        assertThat(escalation.details(c.reference()).steps().get(0).status()).isEqualTo(StepStatus.APPROVED);
        assertThat(escalation.details(c.reference()).documents()).hasSize(1);
        EscalationQueueView again = navigate(EscalationQueueView.class);
        assertThat(GridKt._findAll(again.grid)).extracting(QueueItem::caseReference).doesNotContain(c.reference());
    }

    @Test
    void returningWithoutACommentIsRefusedAtTheCommentFieldAndTheProposalStaysInTheQueue() {
        EscalationTestSupport.Case c = proposed("Reggie Returned");
        login("supervisor", Role.SUPERVISOR);
        navigate("escalation/case/" + c.reference());

        _click(_get(Button.class, spec -> spec.withText("Return with comments")));

        TextArea comments = _get(TextArea.class, spec -> spec.withLabel("Comments or reason"));
        assertThat(comments.isInvalid()).isTrue();
        assertThat(comments.getErrorMessage()).isEqualTo("Say what the caseworker should change");
        assertThat(escalation.details(c.reference()).pendingStep().status()).isEqualTo(StepStatus.PROPOSED);

        _setValue(comments, "Add the dates of the incidents");
        _click(_get(Button.class, spec -> spec.withText("Return with comments")));
        assertThat(escalation.details(c.reference()).pendingStep().status()).isEqualTo(StepStatus.RETURNED);
    }

    @Test
    void aCpnProposedWithoutAWarningIsRefusedAtTheStepWithTheReasonAndEverythingTypedIsKept() {
        EscalationTestSupport.Case c = support.adultCase("Kim Kept");
        login("caseworker", Role.CASEWORKER);
        navigate("escalation/case/" + c.reference());

        Select<String> step = select("Step");
        _setValue(step, Ladder.CPN);
        TextArea conduct = _get(TextArea.class, spec -> spec.withLabel("Conduct"));
        _setValue(conduct, "Threatening neighbours with a dog");
        MultiSelectComboBox<ReportSummary> evidence = evidenceField();
        _setValue(evidence, evidence.getListDataView().getItems().collect(Collectors.toSet()));
        Select<ServiceMethod> served = select("How it will be served");
        _setValue(served, ServiceMethod.HAND_DELIVERED);
        _click(_get(Button.class, spec -> spec.withText("Propose to a supervisor")));

        assertThat(step.isInvalid()).isTrue();
        assertThat(step.getErrorMessage()).contains("Community Protection Notice may only follow a Community "
                + "Protection Warning whose time to comply has passed").contains("s43(5)");
        assertThat(step.getValue()).isEqualTo(Ladder.CPN);
        assertThat(conduct.getValue()).isEqualTo("Threatening neighbours with a dog");
        assertThat(evidence.getValue()).isNotEmpty();
        assertThat(served.getValue()).isEqualTo(ServiceMethod.HAND_DELIVERED);
        assertThat(escalation.details(c.reference()).steps()).isEmpty();
        assertThat(notifications()).contains("Nothing was saved: correct the marked fields.");
    }

    @Test
    void aCaseworkerCannotOpenTheEscalationQueue() {
        login("caseworker", Role.CASEWORKER);

        assertThatThrownBy(() -> navigate(EscalationQueueView.class)).isInstanceOf(MockAccessDeniedException.class);
    }

    /** A case with a warning letter proposed by the demo caseworker. */
    private EscalationTestSupport.Case proposed(String name) {
        EscalationTestSupport.Case c = support.adultCase(name);
        proposals.propose(c.reference(), proposal(Ladder.WARNING_LETTER, "Abuse at neighbours", c.report()));
        return c;
    }

    private static QueueItem rowOf(Grid<QueueItem> grid, String reference) {
        return GridKt._findAll(grid).stream().filter(item -> item.caseReference().equals(reference)).findFirst()
                .orElseThrow(() -> new AssertionError("The queue does not show " + reference));
    }

    private static int rowIndex(Grid<QueueItem> grid, QueueItem item) {
        return GridKt._findAll(grid).indexOf(item);
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String label) {
        return _get(Select.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<ReportSummary> evidenceField() {
        return _get(MultiSelectComboBox.class, spec -> spec.withLabel("Evidence (reports about the person)"));
    }

    private static List<String> notifications() {
        return getNotifications().stream().map(NotificationsKt::getText).toList();
    }
}
