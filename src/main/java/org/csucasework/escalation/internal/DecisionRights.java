package org.csucasework.escalation.internal;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.escalation.PartnerApproval;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserContact;
import org.csucasework.security.UserService;
import org.csucasework.shared.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which supervisor may decide a proposed step. A CSU caseworker's proposal is decided by a supervisor of the CSU; an
 * authorised partner officer's by a supervisor of their agency or of the CSU, as {@link PartnerApprovalSettings} says.
 * A supervisor of the CSU is one whose agency is not an authorised partner agency; a supervisor of a partner agency
 * holds the supervisor role with that agency.
 */
@Component
@EnableConfigurationProperties(PartnerApprovalSettings.class)
public class DecisionRights {

    private final CaseAccess access;
    private final AuditTrail audit;
    private final UserService users;
    private final PartnerApproval partnerApproval;

    DecisionRights(CaseAccess access, AuditTrail audit, UserService users, PartnerApprovalSettings settings) {
        this.access = access;
        this.audit = audit;
        this.users = users;
        this.partnerApproval = settings.partnerApproval();
    }

    /**
     * The authorised partner agency of the officer who proposed a step; empty for a CSU proposal. An account gone
     * since, or an agency no longer authorised, leaves the proposal to the CSU, so that it never waits for nobody.
     */
    public Optional<String> partnerAgencyOf(String proposedBy) {
        return access.findUser(proposedBy).filter(u -> !u.has(Role.CASEWORKER) && access.isAuthorisedPartner(u))
                .map(CurrentUser::agencyCode);
    }

    /** Whether the user may decide a step proposed by an officer of {@code partnerAgency} (empty: the CSU). */
    public boolean mayDecide(CurrentUser user, Optional<String> partnerAgency) {
        return mayDecide(user.roles(), user.agencyCode(), partnerAgency);
    }

    /** The enabled users who may decide a step proposed by {@code proposedBy}: those told that it waits for them. */
    public Set<String> decidersOf(String proposedBy) {
        Optional<String> partnerAgency = partnerAgencyOf(proposedBy);
        return users.activeContacts(null).stream()
                .filter(u -> mayDecide(u.roles(), u.agencyCode(), partnerAgency))
                .map(UserContact::username).collect(Collectors.toSet());
    }

    private boolean mayDecide(Set<Role> roles, String agencyCode, Optional<String> partnerAgency) {
        if (!roles.contains(Role.SUPERVISOR)) {
            return false;
        }
        boolean csu = !access.isAuthorisedAgency(agencyCode);
        if (partnerAgency.isEmpty()) {
            return csu;
        }
        boolean ownAgency = partnerAgency.get().equals(agencyCode);
        return switch (partnerApproval) {
            case CSU -> csu;
            case OWN_AGENCY -> ownAgency;
            case EITHER -> csu || ownAgency;
        };
    }

    /** Refuses, audited, a supervisor who may not decide the step. */
    public void requireMayDecide(CurrentUser user, EscalationStep step, EscalationCase c) {
        Optional<String> partnerAgency = partnerAgencyOf(step.getProposedBy());
        if (mayDecide(user, partnerAgency)) {
            return;
        }
        String agency = partnerAgency.map(code -> access.activeAgencies().getOrDefault(code, code)).orElse(null);
        String decidedBy = agency == null ? "a supervisor of the CSU" : switch (partnerApproval) {
            case CSU -> "a supervisor of the CSU";
            case OWN_AGENCY -> "a supervisor of " + agency;
            case EITHER -> "a supervisor of " + agency + " or of the CSU";
        };
        audit.refused(AuditRecordType.ESCALATION_CASE, c.getReference(), "Decide step " + step.getId()
                + ": a proposal by " + (agency == null ? "the CSU" : agency) + " is decided by " + decidedBy);
        throw new AccessDeniedException("This proposal is decided by " + decidedBy);
    }
}
