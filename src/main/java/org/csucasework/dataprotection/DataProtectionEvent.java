package org.csucasework.dataprotection;

import java.time.Instant;

/** One entry of the data protection record: a retention run, an erasure or a subject access export. */
public record DataProtectionEvent(Long id, Kind kind, Long personId, String reason, String detail, Instant at,
                                  String actor) {

    public enum Kind {
        RETENTION_RUN("Retention run"),
        ERASURE("Erasure"),
        SUBJECT_ACCESS_EXPORT("Subject access export");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
