package org.csucasework.marac;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.csucasework.support.SignedIn;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Set-up shared by the Community MARAC tests: signing in as a demo user (roles from the database, as at login), and
 * referrals at each stage, made through the services. Names carry a random suffix: the test database is never reset.
 * The demo chair is {@code supervisor}, the demo member {@code police}; {@code caseworker} and {@code housing} are not
 * members.
 */
public class MaracFixtures {

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private final UserDetailsService userDetailsService;
    private final MaracReferralService referrals;

    public MaracFixtures(UserDetailsService userDetailsService, MaracReferralService referrals) {
        this.userDetailsService = userDetailsService;
        this.referrals = referrals;
    }

    public void runAs(String username) {
        new SignedIn(userDetailsService).signIn(username);
    }

    /** A complete referral about one person (named with the suffix). */
    public ReferralDraft draft(String personName) {
        ReferralDraft draft = new ReferralDraft();
        draft.setSubjectKind(MaracSubjectKind.PERSON);
        draft.setPersonName(personName + " " + suffix);
        draft.setCriteria(Set.of("PERSISTENT_OFFENDER", "SUBSTANCE_MISUSE"));
        draft.setRiskSummary("Repeatedly arrested for disorder in the town centre; street drinking; two assaults.");
        draft.setHistoryToBring("Known to police and housing since 2024.");
        draft.setReportReferences(List.of());
        draft.setLawfulBasis(LawfulBasis.CRIME_AND_DISORDER_ACT_S115);
        return draft;
    }

    /** Submitted by {@code referrer}; waits for the chair's screening. */
    public ReferralSummary submitted(String referrer, String personName) {
        runAs(referrer);
        return referrals.submit(draft(personName));
    }

    /** Submitted by the police officer and accepted by the chair: a case on the list. */
    public ReferralSummary accepted(String personName) {
        ReferralSummary submitted = submitted("police", personName);
        runAs("supervisor");
        return referrals.accept(submitted.reference(), "Meets the criteria");
    }
}
