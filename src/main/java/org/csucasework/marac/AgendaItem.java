package org.csucasework.marac;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.Getter;

/** A case on a meeting's agenda (new or carried over) and what the meeting decided for it. */
@Entity
@Table(name = "marac_agenda_item")
@Getter
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "referral_id", nullable = false)
    private Long referralId;

    @Column(name = "carried_over", nullable = false)
    private boolean carriedOver;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision")
    private CaseDecision decision;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AgendaItem() {
    }

    AgendaItem(Long meetingId, Long referralId, boolean carriedOver) {
        this.meetingId = meetingId;
        this.referralId = referralId;
        this.carriedOver = carriedOver;
    }

    void decide(CaseDecision decision, String note, Instant at, String by) {
        this.decision = decision;
        this.decisionNote = note;
        this.decidedAt = at;
        this.decidedBy = by;
    }
}
