package org.csucasework.marac;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/**
 * A referral to the Community MARAC and, once the chair accepts it, the case on the MARAC list. The referrer owns it
 * while it is a draft or the chair has asked for more information; the chair screens it; meetings decide on the case.
 */
@Entity
@Table(name = "marac_referral")
public class MaracReferral extends IdentifiedEntity {

    @Column(nullable = false)
    @Getter private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Getter private ReferralStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Getter private MaracSubjectKind subjectKind;

    @Getter private String familyName;

    /** The person, or the family's members with the main subject first. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "marac_referral_person", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    @Column(name = "person_id", nullable = false)
    private List<Long> personIds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "marac_referral_criterion", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "criterion_code", nullable = false)
    private Set<String> criteria = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "marac_referral_report", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "report_id", nullable = false)
    private Set<Long> reportIds = new TreeSet<>();

    @Getter private String riskSummary;

    @Getter private String historyToBring;

    @Enumerated(EnumType.STRING)
    @Getter private LawfulBasis lawfulBasis;

    @Getter private String lawfulBasisNote;

    @Column(nullable = false)
    @Getter private String referrerUsername;

    @Column(nullable = false)
    @Getter private String referrerAgencyCode;

    @Getter private Long sourceReportId;

    @Column(nullable = false)
    @Getter private Instant createdAt;

    @Getter private Instant submittedAt;

    @Column(nullable = false)
    @Getter private int submissions;

    @Getter private Instant screenedAt;

    @Getter private String screenedBy;

    @Getter private String screeningNote;

    @Getter private Instant acceptedAt;

    @Getter private Instant closedAt;

    @Getter private String closedBy;

    @Getter private String closeReason;

    @Version
    @Column(nullable = false)
    @Getter private long version;

    protected MaracReferral() {
    }

    MaracReferral(String reference, String referrerUsername, String referrerAgencyCode, Long sourceReportId,
                  Instant createdAt) {
        this.reference = reference;
        this.status = ReferralStatus.DRAFT;
        this.subjectKind = MaracSubjectKind.PERSON;
        this.referrerUsername = referrerUsername;
        this.referrerAgencyCode = referrerAgencyCode;
        this.sourceReportId = sourceReportId;
        this.createdAt = createdAt;
        if (sourceReportId != null) {
            reportIds.add(sourceReportId);
        }
    }

    void describe(MaracSubjectKind kind, String familyName, List<Long> personIds, Set<String> criteria,
                  Set<Long> reportIds, String riskSummary, String historyToBring, LawfulBasis lawfulBasis,
                  String lawfulBasisNote) {
        this.subjectKind = kind;
        this.familyName = familyName;
        this.personIds.clear();
        this.personIds.addAll(personIds);
        this.criteria.clear();
        this.criteria.addAll(criteria);
        this.reportIds.clear();
        this.reportIds.addAll(reportIds);
        this.riskSummary = riskSummary;
        this.historyToBring = historyToBring;
        this.lawfulBasis = lawfulBasis;
        this.lawfulBasisNote = lawfulBasisNote;
    }

    void submit(Instant at) {
        this.status = ReferralStatus.SUBMITTED;
        this.submittedAt = at;
        this.submissions++;
    }

    void screen(ReferralStatus outcome, String note, Instant at, String by) {
        this.status = outcome;
        this.screeningNote = note;
        this.screenedAt = at;
        this.screenedBy = by;
        if (outcome == ReferralStatus.ON_LIST) {
            this.acceptedAt = at;
        }
    }

    void close(String reason, Instant at, String by) {
        this.status = ReferralStatus.CLOSED;
        this.closeReason = reason;
        this.closedAt = at;
        this.closedBy = by;
    }

    public List<Long> getPersonIds() { return List.copyOf(personIds); }
    public Set<String> getCriteria() { return new TreeSet<>(criteria); }
    public Set<Long> getReportIds() { return new TreeSet<>(reportIds); }
}
