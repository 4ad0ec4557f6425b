package org.csucasework.escalation;

/**
 * Who decides a step proposed by an authorised partner officer (s53: a police officer, an officer of a designated
 * social landlord), as the partnership configures it ({@code casework.escalation.partner-approval}). A step proposed
 * by a CSU caseworker is always a CSU supervisor's decision.
 */
public enum PartnerApproval {
    /** Only a supervisor of the CSU: the council keeps oversight of every notice the partnership issues. */
    CSU,
    /** Only a supervisor of the proposer's own agency: the agency issues the notice under its own authority. */
    OWN_AGENCY,
    /** A supervisor of the proposer's agency or of the CSU, whoever reaches it first (the default). */
    EITHER
}
