package org.csucasework.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.csucasework.reporting.PriorityRanking;
import org.csucasework.reporting.PriorityService;
import org.csucasework.reporting.PriorityUpdate;
import org.csucasework.shared.Role;
import org.csucasework.support.KaribuUiTest;
import org.csucasework.support.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The priority matrix editor: totals and the priority flag as scores change, saving, and read-only for others. */
class PriorityMatrixViewTest extends KaribuUiTest {

    @Autowired PriorityService priorities;

    @Test
    void anAnalystScoresAnIssueSeesItsTotalAndPriorityAndSavesTheMatrix() {
        login("analyst", Role.ANALYST);
        PriorityMatrixView view = navigate(PriorityMatrixView.class);
        int nextYear = view.year.getValue() + 1;
        _setValue(view.year, nextYear);
        int before = view.editors.size();
        String name = "UI issue " + UUID.randomUUID().toString().substring(0, 8);

        _click(view.addIssue);
        IssueEditor editor = view.editors.get(before);
        _setValue(editor.name, name);
        List<Integer> scores = List.of(5, 5, 5, 5, 0, 0);
        int i = 0;
        for (var select : editor.scores.values()) {
            _setValue(select, scores.get(i++));
        }
        assertThat(editor.total.getText()).isEqualTo("Total: 20");
        assertThat(editor.priority.getText()).isEqualTo("Priority");
        _setValue(editor.scores.get("HARM"), 3);
        assertThat(editor.priority.getText()).isEqualTo("Not a priority");
        _setValue(editor.categories, java.util.Set.of("ASB_NUISANCE"));
        assertThat(editor.suggestion.getText()).startsWith("Suggested: trend ");

        _click(view.save);

        assertThat(view.ranking.year()).isEqualTo(nextYear);
        assertThat(view.ranking.issues()).anySatisfy(issue -> {
            assertThat(issue.name()).isEqualTo(name);
            assertThat(issue.total()).isEqualTo(18);
            assertThat(issue.priority()).isFalse();
            assertThat(issue.categoryCodes()).containsExactly("ASB_NUISANCE");
        });
    }

    @Test
    void anIssueWithoutANameIsMarkedAtItsFieldAndTheEntriesStay() {
        login("analyst", Role.ANALYST);
        PriorityMatrixView view = navigate(PriorityMatrixView.class);
        _setValue(view.year, view.year.getValue() + 1);
        _click(view.addIssue);
        IssueEditor editor = view.editors.get(view.editors.size() - 1);
        _setValue(editor.name, "");

        _click(view.save);

        assertThat(editor.name.isInvalid()).isTrue();
        assertThat(editor.name.getErrorMessage()).isEqualTo("Enter the community safety issue");
        assertThat(view.editors).contains(editor);
    }

    @Test
    void aSupervisorReadsTheMatrixButCannotChangeIt() {
        int lastYear = RunAs.user("analyst", () -> {
            int year = LocalDate.now().getYear() - 1;
            PriorityRanking ranking = priorities.ranking(year);
            Map<String, Integer> scores = ranking.criteria().stream()
                    .collect(Collectors.toMap(PriorityRanking.Criterion::code, c -> c.allowedScores().get(0)));
            List<PriorityUpdate.Issue> issues = new ArrayList<>(ranking.issues().stream()
                    .map(i -> new PriorityUpdate.Issue(i.name(), i.categoryCodes(), i.scores())).toList());
            issues.add(new PriorityUpdate.Issue("Read-only issue " + UUID.randomUUID().toString().substring(0, 8),
                    List.of(), scores));
            return priorities.save(year, new PriorityUpdate(ranking.version(), issues)).year();
        }, Role.ANALYST);

        login("supervisor", Role.SUPERVISOR);
        PriorityMatrixView view = navigate(PriorityMatrixView.class);
        _setValue(view.year, lastYear);
        assertThat(view.ranking.issues()).isNotEmpty();
        assertThat(view.save.isVisible() && view.save.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(view.editors).isNotEmpty().allSatisfy(editor -> assertThat(editor.name.isReadOnly()).isTrue());
    }
}
