package org.csucasework.escalation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.csucasework.escalation.ServiceMethod;
import org.csucasework.shared.IdentifiedEntity;

/** An entry of the letters register: a document generated on approval, to whom, and its service (when, how, by whom). */
@Entity
@Table(name = "escalation_document")
@Getter
public class EscalationDocument extends IdentifiedEntity {

    /** Who a document is addressed to. */
    public enum RecipientRole { SUBJECT, GUARDIAN, LEGAL_SERVICES }

    @Column(nullable = false)
    private Long caseId;

    @Column(nullable = false)
    private Long stepId;

    @Column(nullable = false, length = 40)
    private String stageCode;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 160)
    private String recipientName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RecipientRole recipientRole;

    @Column(nullable = false, length = 120)
    private String fileName;

    @Column(nullable = false)
    private int sizeBytes;

    @Column(nullable = false)
    private Instant issuedAt;

    @Column(nullable = false, length = 60)
    private String issuedBy;

    @Column(nullable = false, length = 60)
    private String approvedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ServiceMethod serviceMethod;

    private LocalDate servedOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ServiceMethod servedMethod;

    @Column(length = 160)
    private String servedBy;

    protected EscalationDocument() {
    }

    public EscalationDocument(Long caseId, Long stepId, String stageCode, String title, String recipientName,
                              RecipientRole recipientRole, String fileName, int sizeBytes, Instant issuedAt,
                              String issuedBy, String approvedBy, ServiceMethod serviceMethod) {
        this.caseId = caseId;
        this.stepId = stepId;
        this.stageCode = stageCode;
        this.title = title;
        this.recipientName = recipientName;
        this.recipientRole = recipientRole;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.approvedBy = approvedBy;
        this.serviceMethod = serviceMethod;
    }

    /** The document was served with its step (a young person's copy to the guardian with the person's). */
    public void served(LocalDate on, ServiceMethod method, String by) {
        if (servedOn != null) {
            throw new IllegalStateException("This document was served already");
        }
        this.servedOn = on;
        this.servedMethod = method;
        this.servedBy = by;
    }
}
