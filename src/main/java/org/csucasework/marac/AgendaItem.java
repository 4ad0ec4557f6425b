package org.csucasework.marac;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/** A case on a meeting's agenda (new or carried over) and what the meeting decided for it. */
@Entity
@Table(name = "marac_agenda_item")
@Getter
public class AgendaItem extends IdentifiedEntity {

    @Column(nullable = false)
    private Long meetingId;

    @Column(nullable = false)
    private Long referralId;

    @Column(nullable = false)
    private boolean carriedOver;

    @Enumerated(EnumType.STRING)
    private CaseDecision decision;

    private String decisionNote;

    private Instant decidedAt;

    private String decidedBy;

    @Version
    @Column(nullable = false)
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
