package org.csucasework.intake;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import org.csucasework.shared.IdentifiedEntity;

/** One anti-social behaviour or community safety matter reported to the CSU or a partner (a "call"). */
@Entity
@Table(name = "report")
public class Report extends IdentifiedEntity {

    @Column(nullable = false, length = 20)
    @Getter private String reference;

    @Column(nullable = false)
    @Getter private Instant receivedAt;

    /** The day the behaviour happened (UK), which may be before the report was received; see DESIGN 4.5. */
    @Column(nullable = false)
    @Getter private LocalDate incidentDate;

    @Column(nullable = false)
    @Getter private String categoryCode;

    @Getter private String wardCode;

    @Getter private Long placeId;

    @Column(nullable = false)
    @Getter private String sourceAgencyCode;

    @Column(nullable = false)
    @Getter private String owningAgencyCode;

    @Column(nullable = false)
    @Getter private boolean anonymous;

    @Getter private Long reporterPersonId;

    @Column(length = ReportFieldLimits.DESCRIPTION)
    @Getter private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Getter private ReportStatus status = ReportStatus.NEW;

    @Column(nullable = false)
    private boolean repeatPlace;

    @Column(nullable = false)
    private boolean repeatPerson;

    @Column(nullable = false)
    private boolean taskAndFinishSuggested;

    @Column(nullable = false)
    private boolean caseReviewThreshold;

    @Column(nullable = false)
    private boolean possiblePersonMatch;

    @Column(length = 20)
    private String riskLevel;

    @Column(nullable = false)
    @Getter private boolean highRisk;

    /** Its risk assessment said the victim was targeted for who they are; kept once said (V28_16). */
    @Column(nullable = false)
    private boolean possibleHateIncident;

    @jakarta.persistence.ElementCollection(fetch = FetchType.LAZY)
    @jakarta.persistence.CollectionTable(name = "report_hate_characteristic",
            joinColumns = @jakarta.persistence.JoinColumn(name = "report_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "characteristic", nullable = false)
    private Set<HateCharacteristic> hateCharacteristics = EnumSet.noneOf(HateCharacteristic.class);

    private java.time.LocalDate contactDue;

    @Column(nullable = false)
    @Getter private boolean caseReviewRightTold;

    @Getter private Long linkedReportId;

    @Getter private String outcomeCode;

    @Column(length = ReportFieldLimits.NOTE)
    @Getter private String outcomeNote;

    @Column(nullable = false)
    @Getter private boolean reporterUpdated;

    @Getter private Instant closedAt;

    @Getter private String closedBy;

    @Column(nullable = false)
    @Getter private boolean imported;

    @Column(nullable = false)
    @Getter private Instant createdAt;

    @Column(nullable = false)
    @Getter private String createdBy;

    /** The officer who works the report (decision 0019): at first who logged it; a supervisor may hand it on. */
    @Getter private String caseOfficer;

    @Getter private Instant editedAt;

    @Getter private String editedBy;

    @Column(length = ReportFieldLimits.IDEMPOTENCY_KEY)
    private String idempotencyKey;

    /** What was asked with the idempotency key, so that the key sent with another request is refused. */
    @Column(length = org.csucasework.shared.Idempotency.FINGERPRINT_LENGTH)
    private String idempotencyFingerprint;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<ReportSubject> subjects = new ArrayList<>();

    @Version
    @Column(nullable = false)
    @Getter private long version;

    protected Report() {
    }

    Report(String reference, Instant receivedAt, LocalDate incidentDate, String categoryCode, String wardCode, Long placeId,
           String sourceAgencyCode, String owningAgencyCode, boolean anonymous, Long reporterPersonId,
           String description, Instant createdAt, String createdBy, String idempotencyKey) {
        this.reference = reference;
        this.receivedAt = receivedAt;
        this.incidentDate = incidentDate;
        this.categoryCode = categoryCode;
        this.wardCode = wardCode;
        this.placeId = placeId;
        this.sourceAgencyCode = sourceAgencyCode;
        this.owningAgencyCode = owningAgencyCode;
        this.anonymous = anonymous;
        this.reporterPersonId = reporterPersonId;
        this.description = description;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.caseOfficer = createdBy;
        this.idempotencyKey = idempotencyKey;
    }

    /** Remembers what was asked with the idempotency key (see {@link org.csucasework.shared.Idempotency}). */
    void keyedRequest(String fingerprint) {
        this.idempotencyFingerprint = idempotencyKey == null ? null : fingerprint;
    }

    String getIdempotencyFingerprint() { return idempotencyFingerprint; }

    void addSubject(Long personId, SubjectRole role) {
        subjects.add(new ReportSubject(this, personId, role));
    }

    /** Corrected details (the caller has checked them); marks the report edited, which moves its version on. */
    void changeDetails(String categoryCode, String wardCode, Long placeId, String description, LocalDate incidentDate,
                       String caseOfficer, Instant at, String by) {
        this.categoryCode = categoryCode;
        this.incidentDate = incidentDate;
        this.wardCode = wardCode;
        this.placeId = placeId;
        this.description = description;
        this.caseOfficer = caseOfficer;
        this.editedAt = at;
        this.editedBy = by;
    }

    /** The people involved become these (person, role) pairs; rows for pairs already there are kept as they are. */
    void replaceSubjects(List<Long> personIds, List<SubjectRole> roles) {
        subjects.removeIf(s -> {
            for (int i = 0; i < personIds.size(); i++) {
                if (personIds.get(i).equals(s.getPersonId()) && roles.get(i) == s.getRole()) {
                    return false;
                }
            }
            return true;
        });
        for (int i = 0; i < personIds.size(); i++) {
            Long id = personIds.get(i);
            SubjectRole role = roles.get(i);
            if (subjects.stream().noneMatch(s -> s.getPersonId().equals(id) && s.getRole() == role)) {
                subjects.add(new ReportSubject(this, id, role));
            }
        }
    }

    void flag(Set<ReportFlag> flags, Long linkedReportId) {
        this.repeatPlace = flags.contains(ReportFlag.REPEAT_PLACE);
        this.repeatPerson = flags.contains(ReportFlag.REPEAT_PERSON);
        this.taskAndFinishSuggested = flags.contains(ReportFlag.TASK_AND_FINISH_SUGGESTED);
        this.caseReviewThreshold = flags.contains(ReportFlag.CASE_REVIEW_THRESHOLD);
        this.possiblePersonMatch = flags.contains(ReportFlag.POSSIBLE_PERSON_MATCH);
        this.linkedReportId = linkedReportId;
    }

    /**
     * The victim's risk as last assessed: HIGH flags the report; {@code contactDue} is when the victim must be
     * contacted by (null when the level asks for no contact).
     */
    void assessRisk(String level, boolean high, java.time.LocalDate contactDue, boolean targetedForIdentity) {
        this.possibleHateIncident = possibleHateIncident || targetedForIdentity;
        this.riskLevel = level;
        this.highRisk = high;
        this.contactDue = contactDue;
    }

    /** What the victim says they were targeted for: a possible hate incident from then on (decision 0023). */
    void targetedFor(Set<HateCharacteristic> characteristics) {
        if (!characteristics.isEmpty()) {
            hateCharacteristics.addAll(characteristics);
            possibleHateIncident = true;
        }
    }

    /**
     * An edit's new characteristics replace the old (a tick made by mistake is corrected, not kept); the report stays a
     * possible hate incident while any is ticked or a risk assessment said the victim was targeted.
     */
    void retarget(Set<HateCharacteristic> characteristics, boolean assessmentSaidTargeted) {
        hateCharacteristics.clear();
        hateCharacteristics.addAll(characteristics);
        possibleHateIncident = !characteristics.isEmpty() || assessmentSaidTargeted;
    }

    void markReviewed() {
        if (status == ReportStatus.NEW) {
            status = ReportStatus.IN_PROGRESS;
        }
    }

    void markReporterUpdated() {
        reporterUpdated = true;
    }

    void markCaseReviewRightTold() {
        caseReviewRightTold = true;
    }

    void close(String outcomeCode, String note, boolean reporterUpdated, Instant at, String by) {
        this.status = ReportStatus.CLOSED;
        this.outcomeCode = outcomeCode;
        this.outcomeNote = note;
        this.reporterUpdated = this.reporterUpdated || reporterUpdated;
        this.closedAt = at;
        this.closedBy = by;
    }

    /** For historic imports: a report that arrives already closed and starts no process. */
    void markImported(String outcomeCode, Instant closedAt) {
        this.imported = true;
        this.caseOfficer = null;
        if (closedAt != null) {
            this.status = ReportStatus.CLOSED;
            this.outcomeCode = outcomeCode;
            this.closedAt = closedAt;
            this.closedBy = createdBy;
        }
    }

    public Set<ReportFlag> flags() {
        Set<ReportFlag> flags = EnumSet.noneOf(ReportFlag.class);
        if (repeatPlace) flags.add(ReportFlag.REPEAT_PLACE);
        if (repeatPerson) flags.add(ReportFlag.REPEAT_PERSON);
        if (taskAndFinishSuggested) flags.add(ReportFlag.TASK_AND_FINISH_SUGGESTED);
        if (caseReviewThreshold) flags.add(ReportFlag.CASE_REVIEW_THRESHOLD);
        if (possiblePersonMatch) flags.add(ReportFlag.POSSIBLE_PERSON_MATCH);
        if (highRisk) flags.add(ReportFlag.HIGH_RISK);
        return flags;
    }

    /** The victim risk level last assessed (STANDARD, MEDIUM, HIGH), or null when none was. */
    public String getRiskLevel() { return riskLevel; }
    public Set<HateCharacteristic> getHateCharacteristics() {
        return hateCharacteristics.isEmpty() ? Set.of() : EnumSet.copyOf(hateCharacteristics);
    }
    /** A possible hate incident: its hate-related category, or an assessment that said the victim was targeted. */
    public boolean isPossibleHateIncident() {
        return possibleHateIncident || PersonMarkers.HATE_CATEGORY.equals(categoryCode);
    }
    /** When the victim must be contacted by, from the risk assessment (for the work list); null for none. */
    public java.time.LocalDate getContactDue() { return contactDue; }
    public List<ReportSubject> getSubjects() { return List.copyOf(subjects); }
}
