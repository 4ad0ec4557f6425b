package org.csucasework.escalation.internal;

import org.csucasework.escalation.PartnerApproval;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code casework.escalation.partner-approval}: who decides an authorised partner officer's proposal (DESIGN.md 4.4).
 * EITHER unless set: the notice is the partner agency's own act under s53, so its supervisors must be able to approve
 * it; the CSU's supervisors keep the power, so that a proposal never waits for an agency with no supervisor on the
 * system; and it is what the product did before the setting existed.
 */
@ConfigurationProperties("casework.escalation")
public record PartnerApprovalSettings(PartnerApproval partnerApproval) {

    public PartnerApprovalSettings {
        partnerApproval = partnerApproval == null ? PartnerApproval.EITHER : partnerApproval;
    }
}
