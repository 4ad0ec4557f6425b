package org.csucasework.taskgroups;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a user types into the group form: to propose a group, set it up after approval, or change it. A plain bean so
 * that a form can bind to it and keep everything typed when the service refuses it.
 */
public class GroupDraft {

    private String reference;
    private Long version;
    private SubjectOption subject;
    private String title;
    private String leadUsername;
    private Set<String> memberAgencyCodes = new LinkedHashSet<>();
    private Integer reviewIntervalWeeks;
    private LocalDate firstMeetingDate;
    private String reason;
    private String reportReference;

    public boolean isNew() {
        return reference == null;
    }

    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public SubjectOption getSubject() { return subject; }
    public void setSubject(SubjectOption subject) { this.subject = subject; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getLeadUsername() { return leadUsername; }
    public void setLeadUsername(String leadUsername) { this.leadUsername = leadUsername; }
    public Set<String> getMemberAgencyCodes() { return memberAgencyCodes; }
    public void setMemberAgencyCodes(Set<String> codes) {
        this.memberAgencyCodes = codes == null ? new LinkedHashSet<>() : new LinkedHashSet<>(codes);
    }
    public Integer getReviewIntervalWeeks() { return reviewIntervalWeeks; }
    public void setReviewIntervalWeeks(Integer reviewIntervalWeeks) { this.reviewIntervalWeeks = reviewIntervalWeeks; }
    public LocalDate getFirstMeetingDate() { return firstMeetingDate; }
    public void setFirstMeetingDate(LocalDate firstMeetingDate) { this.firstMeetingDate = firstMeetingDate; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getReportReference() { return reportReference; }
    public void setReportReference(String reportReference) { this.reportReference = reportReference; }
}
