package org.csucasework.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.csucasework.tasking.ActionOwnerKind;
import org.junit.jupiter.api.Test;

/** Where the work list sends an action: its case, unless the case is a record the user may not open. */
class CaseLinksTest {

    @Test
    void aPartnerWorkingAnActionOfARestrictedCaseIsSentToMyActionsNotToAPageThatRefusesThem() {
        assertThat(CaseLinks.actionUrl(ActionOwnerKind.CASE_REVIEW, "CR-2026-0001", false)).isEqualTo("my-actions");
        assertThat(CaseLinks.actionUrl(ActionOwnerKind.COMMUNITY_MARAC, "MARAC-2026-0001", false))
                .isEqualTo("my-actions");
        assertThat(CaseLinks.actionUrl(ActionOwnerKind.REPORT, "CSU-2026-000001", false))
                .isEqualTo("reports/CSU-2026-000001");
        assertThat(CaseLinks.actionUrl(ActionOwnerKind.TASK_AND_FINISH_GROUP, "TFG-2026-0001", false))
                .isEqualTo("task-groups/TFG-2026-0001");
    }

    @Test
    void csuStaffGoToTheCaseItself() {
        assertThat(CaseLinks.actionUrl(ActionOwnerKind.CASE_REVIEW, "CR-2026-0001", true))
                .isEqualTo("case-reviews/CR-2026-0001");
        assertThat(CaseLinks.actionUrl(ActionOwnerKind.COMMUNITY_MARAC, "MARAC-2026-0001", true))
                .isEqualTo("marac/cases/MARAC-2026-0001");
    }
}
