package org.csucasework.marac;

/**
 * An open referral or case (waiting for screening, more information asked, or on the list) about the person a new
 * referral names, for the referrer's warning and the chair's screening: a second referral should join the first, not
 * start a parallel case.
 *
 * @param reference  the earlier referral's reference; null when the user may not open it (not a MARAC member, nor
 *                   its referrer): they are told there is one, and the chair links them
 * @param samePerson the same record on file; false for a record that only looks like the same person (name, date of
 *                   birth), which the referrer should check
 */
public record EarlierReferral(String reference, ReferralStatus status, String personName, boolean samePerson) {

    /** The warning in words, as the form and the chair read it. */
    public String warning() {
        String who = samePerson ? personName + " is already referred" : "Someone who may be " + personName
                + " (same name on record) is already referred";
        return who + (reference == null ? "" : ": " + reference) + " (" + status.label() + ").";
    }
}
