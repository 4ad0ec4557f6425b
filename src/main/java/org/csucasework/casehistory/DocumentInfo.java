package org.csucasework.casehistory;

import java.time.Instant;

/**
 * A document attached to a case, without its content.
 *
 * @param name        the file name made safe (no path, no control characters)
 * @param contentType the type found from the content (never the name alone or what the browser said)
 * @param typeLabel   the type in words ("PDF document", "JPEG photo")
 * @param sha256      the content's SHA-256, hex, to show it has not changed since it was attached
 */
public record DocumentInfo(Long id, CaseKind caseKind, long caseId, String name, String contentType, String typeLabel,
                           long size, String sha256, String description, Instant uploadedAt, String uploadedBy) {

    /** The size in words: "840 bytes", "12.5 KB", "3.2 MB". */
    public String sizeText() {
        return DocumentTypes.sizeText(size);
    }
}
