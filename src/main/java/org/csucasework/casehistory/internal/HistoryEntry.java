package org.csucasework.casehistory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.csucasework.casehistory.CaseKind;
import org.csucasework.casehistory.ContactMethod;
import org.csucasework.casehistory.EntryKind;
import org.csucasework.casehistory.HistoryFieldLimits;
import org.csucasework.shared.IdentifiedEntity;

/**
 * One entry of a case's history. Written once and never changed by the application (every column is not updatable):
 * a correction is a new entry pointing at the one it corrects. Only data protection rewrites the text, by SQL, when
 * a case is anonymised or a person erased.
 */
@Entity
@Table(name = "case_history_entry")
@Getter
public class HistoryEntry extends IdentifiedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private CaseKind caseKind;

    @Column(nullable = false, updatable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private EntryKind entryKind;

    @Column(nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(nullable = false, updatable = false, length = HistoryFieldLimits.ACTOR)
    private String actor;

    @Column(nullable = false, updatable = false, length = HistoryFieldLimits.CODE)
    private String code;

    @Column(updatable = false, length = HistoryFieldLimits.TEXT)
    private String detail;

    @Column(updatable = false, length = HistoryFieldLimits.CONTACT_WITH)
    private String contactWith;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 20)
    private ContactMethod contactMethod;

    @Column(updatable = false, length = HistoryFieldLimits.CONTACT_OUTCOME)
    private String contactOutcome;

    @Column(updatable = false)
    private Long correctsId;

    @Column(updatable = false)
    private Long documentId;

    protected HistoryEntry() {
    }

    private HistoryEntry(CaseKind caseKind, long caseId, EntryKind entryKind, Instant occurredAt, Instant recordedAt,
                         String actor, String code, String detail) {
        this.caseKind = caseKind;
        this.caseId = caseId;
        this.entryKind = entryKind;
        this.occurredAt = occurredAt;
        this.recordedAt = recordedAt;
        this.actor = cut(actor == null ? "system" : actor, HistoryFieldLimits.ACTOR);
        this.code = cut(code, HistoryFieldLimits.CODE);
        this.detail = cut(detail, HistoryFieldLimits.TEXT);
    }

    /** Something a module recorded about its case; over-long text is cut with an ellipsis, never refused. */
    public static HistoryEntry event(CaseKind caseKind, long caseId, EntryKind kind, Instant at, String actor,
                                     String code, String detail) {
        return new HistoryEntry(caseKind, caseId, kind, at, at, actor, code, detail);
    }

    /** A note (its text checked by the service), optionally recording a contact and correcting an earlier note. */
    public static HistoryEntry note(CaseKind caseKind, long caseId, Instant now, String actor, String text,
                                    Long correctsId) {
        HistoryEntry entry = new HistoryEntry(caseKind, caseId, EntryKind.NOTE, now, now, actor,
                correctsId == null ? "NOTE" : "CORRECTION", text);
        entry.correctsId = correctsId;
        return entry;
    }

    /** A contact with the reporter or victim, made at {@code contactedAt} and recorded now. */
    public static HistoryEntry contact(CaseKind caseKind, long caseId, Instant contactedAt, Instant now, String actor,
                                       String text, String with, ContactMethod method, String outcome,
                                       Long correctsId) {
        HistoryEntry entry = new HistoryEntry(caseKind, caseId, EntryKind.CONTACT, contactedAt, now, actor,
                "CONTACT", text);
        entry.contactWith = with;
        entry.contactMethod = method;
        entry.contactOutcome = outcome;
        entry.correctsId = correctsId;
        return entry;
    }

    /** A document attached to the case. */
    public static HistoryEntry document(CaseKind caseKind, long caseId, Instant now, String actor, long documentId,
                                        String detail) {
        HistoryEntry entry = new HistoryEntry(caseKind, caseId, EntryKind.DOCUMENT, now, now, actor,
                "DOCUMENT_ATTACHED", detail);
        entry.documentId = documentId;
        return entry;
    }

    private static String cut(String value, int limit) {
        return value == null || value.length() <= limit ? value : value.substring(0, limit - 3) + "...";
    }
}
