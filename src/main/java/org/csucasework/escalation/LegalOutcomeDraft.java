package org.csucasework.escalation;

import java.time.LocalDate;

/**
 * A legal outcome as the officer records it: its kind, the day it was granted, made or issued, when it ends (null for
 * an injunction or an adult's Criminal Behaviour Order made "until further order"), its terms, the premises closed,
 * whether a power of arrest is attached (an injunction), and whether the youth offending team was consulted before an
 * injunction was applied for against a person under 18.
 */
public record LegalOutcomeDraft(LegalOutcomeKind kind, LocalDate madeOn, LocalDate expiresOn, String terms,
                                String premises, boolean powerOfArrest, boolean youthOffendingTeamConsulted) {
}
