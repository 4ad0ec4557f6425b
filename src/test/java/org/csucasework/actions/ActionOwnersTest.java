package org.csucasework.actions;

import static org.assertj.core.api.Assertions.assertThat;

import org.csucasework.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every kind of owner is registered by its module, with its name and its page; a partner working an action of a
 * record that is not theirs to open is given no link to a page that would refuse them.
 */
@IntegrationTest
class ActionOwnersTest {

    @Autowired
    ActionOwners owners;

    @Test
    void everyKindOfOwnerHasItsNameAndItsPage() {
        assertThat(owners.label(ActionOwnerKind.REPORT)).isEqualTo("Report");
        assertThat(owners.label(ActionOwnerKind.TASK_AND_FINISH_GROUP)).isEqualTo("Task and Finish Group");
        assertThat(owners.label(ActionOwnerKind.COMMUNITY_MARAC)).isEqualTo("Community MARAC referral");
        assertThat(owners.label(ActionOwnerKind.CASE_REVIEW)).isEqualTo("ASB Case Review");
        assertThat(owners.routeFor(ActionOwnerKind.REPORT, "CSU-2026-000001", false))
                .isEqualTo("reports/CSU-2026-000001");
        assertThat(owners.routeFor(ActionOwnerKind.TASK_AND_FINISH_GROUP, "TFG-2026-0001", false))
                .isEqualTo("task-groups/TFG-2026-0001");
    }

    @Test
    void aPartnerIsGivenNoLinkToACommunityMaracCaseOrACaseReviewButCsuStaffAre() {
        assertThat(owners.routeFor(ActionOwnerKind.CASE_REVIEW, "CR-2026-0001", false)).isNull();
        assertThat(owners.routeFor(ActionOwnerKind.COMMUNITY_MARAC, "MARAC-2026-0001", false)).isNull();
        assertThat(owners.routeFor(ActionOwnerKind.CASE_REVIEW, "CR-2026-0001", true))
                .isEqualTo("case-reviews/CR-2026-0001");
        assertThat(owners.routeFor(ActionOwnerKind.COMMUNITY_MARAC, "MARAC-2026-0001", true))
                .isEqualTo("marac/cases/MARAC-2026-0001");
    }
}
