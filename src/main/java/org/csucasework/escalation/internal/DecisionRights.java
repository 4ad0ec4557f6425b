package org.csucasework.escalation.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
 * A supervisor of the CSU is one of the CSU's own agency ({@link CaseAccess#isCsu}); a supervisor of a partner agency
 * holds the supervisor role with that agency.
 */
@Component
@EnableConfigurationProperties(PartnerApprovalSettings.class)
public class DecisionRights {

    /** No account's name (a username has no spaces): keeps an IN list from being empty. */
    private static final String NOBODY = " nobody ";

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

    /**
     * Whose proposals the user may decide, for a query: the CSU's ({@code csu}), and those of the officers named in
     * {@code decidedOfficers}; {@code partnerOfficers} are every authorised partner officer, whose proposals are not
     * the CSU's. Each set holds a name no account has, so that a query's IN list is never empty.
     */
    public record Decidable(boolean csu, Set<String> partnerOfficers, Set<String> decidedOfficers) {
    }

    /** Whose proposals the user may decide (see {@link Decidable}); nobody's for a user who is not a supervisor. */
    public Decidable decidableBy(CurrentUser user) {
        Map<String, String> officers = new HashMap<>();
        users.activeContacts(null).stream()
                .filter(u -> u.roles().contains(Role.PARTNER) && !u.roles().contains(Role.CASEWORKER)
                        && access.isAuthorisedAgency(u.agencyCode()))
                .forEach(u -> officers.put(u.username(), u.agencyCode()));
        Set<String> partnerOfficers = new HashSet<>(officers.keySet());
        Set<String> decided = officers.entrySet().stream()
                .filter(e -> mayDecide(user, Optional.of(e.getValue()))).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(HashSet::new));
        partnerOfficers.add(NOBODY);
        decided.add(NOBODY);
        return new Decidable(mayDecide(user, Optional.empty()), partnerOfficers, decided);
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
        boolean csu = access.isCsuAgency(agencyCode);
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
