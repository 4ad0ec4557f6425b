package org.csucasework.dataprotection;

import java.time.Instant;

/** A closed record past its retention age: what a retention run would anonymise. Only its reference, no names. */
public record RetentionCandidate(RecordKind kind, Long id, String reference, Instant closedAt) {
}
