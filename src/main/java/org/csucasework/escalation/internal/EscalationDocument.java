package org.csucasework.escalation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.csucasework.escalation.ServiceMethod;

/** An entry of the letters register: a document generated on approval, to whom, and its service (when, how, by whom). */
@Entity
@Table(name = "escalation_document")
@Getter
public class EscalationDocument {

    /** Who a document is addressed to. */
    public enum RecipientRole { SUBJECT, GUARDIAN, LEGAL_SERVICES }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "step_id", nullable = false)
    private Long stepId;

    @Column(name = "stage_code", nullable = false, length = 40)
    private String stageCode;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "recipient_name", nullable = false, length = 160)
    private String recipientName;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_role", nullable = false, length = 20)
    private RecipientRole recipientRole;

    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 60)
    private String issuedBy;

    @Column(name = "approved_by", nullable = false, length = 60)
    private String approvedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_method", nullable = false, length = 30)
    private ServiceMethod serviceMethod;

    @Column(name = "served_on")
    private LocalDate servedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "served_method", length = 30)
    private ServiceMethod servedMethod;

    @Column(name = "served_by", length = 160)
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
