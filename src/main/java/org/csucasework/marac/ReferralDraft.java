package org.csucasework.marac;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A referral as its form edits it. Without a reference it is new. The subject is one person (chosen from the people on
 * record by {@code personId}, or named) or a family: the family name, the main person and the other members by name.
 */
public class ReferralDraft {

    private String reference;
    private Long version;
    private MaracSubjectKind subjectKind = MaracSubjectKind.PERSON;
    private Long personId;
    private String personName;
    private LocalDate personDateOfBirth;
    private String familyName;
    private List<String> otherMembers = new ArrayList<>();
    private Set<String> criteria = new LinkedHashSet<>();
    private String riskSummary;
    private String historyToBring;
    private List<String> reportReferences = new ArrayList<>();
    private LawfulBasis lawfulBasis;
    private String lawfulBasisNote;

    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public MaracSubjectKind getSubjectKind() { return subjectKind; }
    public void setSubjectKind(MaracSubjectKind subjectKind) { this.subjectKind = subjectKind; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public String getPersonName() { return personName; }
    public void setPersonName(String personName) { this.personName = personName; }
    public LocalDate getPersonDateOfBirth() { return personDateOfBirth; }
    public void setPersonDateOfBirth(LocalDate personDateOfBirth) { this.personDateOfBirth = personDateOfBirth; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public List<String> getOtherMembers() { return otherMembers; }
    public void setOtherMembers(List<String> otherMembers) {
        this.otherMembers = otherMembers == null ? new ArrayList<>() : new ArrayList<>(otherMembers);
    }
    public Set<String> getCriteria() { return criteria; }
    public void setCriteria(Set<String> criteria) {
        this.criteria = criteria == null ? new LinkedHashSet<>() : new LinkedHashSet<>(criteria);
    }
    public String getRiskSummary() { return riskSummary; }
    public void setRiskSummary(String riskSummary) { this.riskSummary = riskSummary; }
    public String getHistoryToBring() { return historyToBring; }
    public void setHistoryToBring(String historyToBring) { this.historyToBring = historyToBring; }
    public List<String> getReportReferences() { return reportReferences; }
    public void setReportReferences(List<String> reportReferences) {
        this.reportReferences = reportReferences == null ? new ArrayList<>() : new ArrayList<>(reportReferences);
    }
    public LawfulBasis getLawfulBasis() { return lawfulBasis; }
    public void setLawfulBasis(LawfulBasis lawfulBasis) { this.lawfulBasis = lawfulBasis; }
    public String getLawfulBasisNote() { return lawfulBasisNote; }
    public void setLawfulBasisNote(String lawfulBasisNote) { this.lawfulBasisNote = lawfulBasisNote; }
}
