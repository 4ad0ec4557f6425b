package org.csucasework.escalation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import org.csucasework.escalation.CaseStatus;
import org.csucasework.escalation.WaitKind;
import org.csucasework.shared.IdentifiedEntity;

/**
 * An escalation case about one person or one body (a business or organisation): where the subject stands on the
 * ladder and what the case waits for. It guards its own changes: a closed case changes no more.
 */
@Entity
@Table(name = "escalation_case")
@Getter
public class EscalationCase extends IdentifiedEntity {

    @Column(nullable = false, length = 20)
    private String reference;

    private Long personId;

    @Column(length = 160)
    private String organisationName;

    @Column(length = 300)
    private String organisationAddress;

    @Column(length = 60)
    private String ageConfirmedBy;

    private Instant ageConfirmedAt;

    @Column(length = 300)
    private String letterAddress;

    @Column(nullable = false)
    private boolean youngPerson;

    @Column(length = 160)
    private String guardianName;

    @Column(length = 300)
    private String guardianAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Column(length = 60)
    private String caseworker;

    private Long referralId;

    @Column(length = 40)
    private String ladderStageCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WaitKind waitKind = WaitKind.NONE;

    private LocalDate reviewDate;

    private LocalDate termEnd;

    private LocalDate complianceDate;

    private LocalDate watchUntil;

    @Column(nullable = false)
    private boolean abaReviewed;

    @Column(nullable = false)
    private boolean compliancePassed;

    private LocalDate noticeQuashedOn;

    private Instant closedAt;

    @Column(length = 60)
    private String closedBy;

    @Column(length = 2000)
    private String closureReason;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 60)
    private String createdBy;

    @Version
    @Column(nullable = false)
    private long version;

    protected EscalationCase() {
    }

    public EscalationCase(String reference, Long personId, String letterAddress, boolean youngPerson,
                          String guardianName, String guardianAddress, String caseworker, Long referralId,
                          Instant createdAt, String createdBy) {
        this.reference = reference;
        this.personId = personId;
        this.letterAddress = letterAddress;
        this.youngPerson = youngPerson;
        this.guardianName = guardianName;
        this.guardianAddress = guardianAddress;
        this.status = CaseStatus.OPEN;
        this.caseworker = caseworker;
        this.referralId = referralId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** A case about a body (s43(1)): letters go to its address; there is no person, guardian or age. */
    public static EscalationCase forBody(String reference, String organisationName, String organisationAddress,
                                         String caseworker, Instant createdAt, String createdBy) {
        EscalationCase c = new EscalationCase(reference, null, organisationAddress, false, null, null, caseworker,
                null, createdAt, createdBy);
        c.organisationName = organisationName;
        c.organisationAddress = organisationAddress;
        return c;
    }

    /** The officer checked that the person, whose date of birth is not known, is 16 or over. */
    public void confirmAge(String by, Instant at) {
        requireOpen();
        if (isBody()) {
            throw new IllegalStateException("A body has no age");
        }
        this.ageConfirmedBy = by;
        this.ageConfirmedAt = at;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("Case " + reference + " is closed");
        }
    }

    public void changeDetails(String letterAddress, boolean youngPerson, String guardianName, String guardianAddress) {
        requireOpen();
        this.letterAddress = letterAddress;
        this.youngPerson = youngPerson && !isBody();
        this.guardianName = isBody() ? null : guardianName;
        this.guardianAddress = isBody() ? null : guardianAddress;
    }

    public void assignCaseworker(String caseworker) {
        this.caseworker = caseworker;
    }

    /** A step was served: the subject stands at its stage, and the case waits as the stage says, from that day. */
    public void stepServed(String stageCode, WaitKind waitKind, LocalDate reviewDate, LocalDate termEnd,
                           LocalDate complianceDate, LocalDate watchUntil) {
        requireOpen();
        this.ladderStageCode = stageCode;
        this.noticeQuashedOn = null;
        waitFor(waitKind, reviewDate, termEnd, complianceDate, watchUntil);
    }

    /**
     * The court quashed the notice on appeal (s46): it never had effect, so the subject stands where they stood
     * before it ({@code standsAt}, the warning it followed) and the case waits for nothing until a step is proposed.
     */
    public void noticeQuashed(LocalDate on, String standsAt) {
        requireOpen();
        this.noticeQuashedOn = on;
        this.ladderStageCode = standsAt;
        waitFor(WaitKind.NONE, null, null, null, null);
    }

    public void waitFor(WaitKind waitKind, LocalDate reviewDate, LocalDate termEnd, LocalDate complianceDate,
                        LocalDate watchUntil) {
        this.waitKind = waitKind;
        this.reviewDate = reviewDate;
        this.termEnd = termEnd;
        this.complianceDate = complianceDate;
        this.watchUntil = watchUntil;
        if (waitKind == WaitKind.CPW) {
            this.compliancePassed = false;
        }
    }

    public void newAba() {
        this.abaReviewed = false;
    }

    public void abaReviewed() {
        this.abaReviewed = true;
    }

    public void compliancePassed() {
        this.compliancePassed = true;
    }

    /** The wait is over (term ended, time to comply passed, watch ended): nothing is waited for any more. */
    public void waitOver() {
        this.waitKind = WaitKind.NONE;
    }

    public void deEscalate(String toStageCode, LocalDate watchUntil) {
        this.ladderStageCode = toStageCode;
        waitFor(WaitKind.WATCH, null, null, null, watchUntil);
    }

    public void close(String reason, Instant at, String by) {
        requireOpen();
        this.status = CaseStatus.CLOSED;
        this.closureReason = reason;
        this.closedAt = at;
        this.closedBy = by;
        this.waitKind = WaitKind.NONE;
    }

    public boolean isBody() {
        return personId == null;
    }

    public boolean isAgeConfirmed() {
        return ageConfirmedAt != null;
    }

    public boolean isOpen() {
        return status == CaseStatus.OPEN;
    }
}
