package org.csucasework.casehistory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.csucasework.casehistory.CaseKind;
import org.csucasework.shared.IdentifiedEntity;

/** A document attached to a case: what it is and where it belongs; the content is in the {@code DocumentStore}. */
@Entity
@Table(name = "case_document")
@Getter
public class CaseDocument extends IdentifiedEntity {

    public static final int NAME = 200;
    public static final int DESCRIPTION = 500;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private CaseKind caseKind;

    @Column(nullable = false, updatable = false)
    private long caseId;

    @Column(nullable = false, updatable = false, length = NAME)
    private String fileName;

    @Column(nullable = false, updatable = false, length = 100)
    private String contentType;

    @Column(nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(updatable = false, length = DESCRIPTION)
    private String description;

    @Column(nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(nullable = false, updatable = false, length = 60)
    private String uploadedBy;

    protected CaseDocument() {
    }

    /** A document being stored: its size and checksum are known once its content has been read to the end. */
    public CaseDocument(CaseKind caseKind, long caseId, String fileName, String contentType, String description,
                        Instant uploadedAt, String uploadedBy) {
        this.caseKind = caseKind;
        this.caseId = caseId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.description = description;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
        this.sha256 = "";
    }

    /** The content is stored: its size and SHA-256. Only once. */
    public void stored(long size, String sha256) {
        if (!this.sha256.isEmpty()) {
            throw new IllegalStateException("Document " + getId() + " is already stored");
        }
        this.sizeBytes = size;
        this.sha256 = sha256;
    }
}
