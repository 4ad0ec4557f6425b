package org.csucasework.tasking;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.csucasework.actions.NewAction;

/**
 * What the tasking meeting decides for one report: the actions to assign (for {@link ReviewDecision#ACTIONS}), the
 * referral (for {@link ReviewDecision#REFERRED}, with {@code referralPersonId} for an escalation about a person),
 * and a note (the reason, required for a referral or no further action).
 */
public record ReportReview(String reference, ReviewDecision decision, List<NewAction> actions,
                           ReferralKind referralKind, Long referralPersonId,
                           @Size(max = TaskingMeetingService.NOTE_LENGTH, message = "At most {max} characters")
                           String note) {

    public ReportReview {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
