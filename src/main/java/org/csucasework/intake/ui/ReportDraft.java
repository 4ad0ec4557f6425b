package org.csucasework.intake.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.csucasework.intake.NewReport;
import org.csucasework.people.PersonDetails;
import org.csucasework.reference.Agency;
import org.csucasework.reference.Category;
import org.csucasework.reference.Ward;

/**
 * What the intake form holds while a report is typed: a plain bean bound by the form. Each draft carries one
 * idempotency key for its whole life, so that saving it again (a double click, a retry after a lost answer) returns
 * the report already logged instead of logging a second one.
 */
public class ReportDraft {

    private final String idempotencyKey = UUID.randomUUID().toString();
    private LocalDateTime receivedAt;
    private LocalDate incidentDate;
    private Category category;
    private PlaceOption place;
    private Ward ward;
    private Agency sourceAgency;
    private boolean anonymous;
    private PersonOption reporter;
    private String reporterPhone;
    private String reporterEmail;
    private final List<SubjectDraft> subjects = new ArrayList<>();
    private String description;
    private java.util.Map<String, Boolean> riskAnswers;
    private java.util.Set<org.csucasework.intake.HateCharacteristic> hateCharacteristics = java.util.Set.of();

    public String getIdempotencyKey() { return idempotencyKey; }
    public LocalDateTime getReceivedAt() { return receivedAt; }
    public void setReceivedAt(LocalDateTime receivedAt) { this.receivedAt = receivedAt; }
    public LocalDate getIncidentDate() { return incidentDate; }
    public void setIncidentDate(LocalDate incidentDate) { this.incidentDate = incidentDate; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public PlaceOption getPlace() { return place; }
    public void setPlace(PlaceOption place) { this.place = place; }
    public Ward getWard() { return ward; }
    public void setWard(Ward ward) { this.ward = ward; }
    public Agency getSourceAgency() { return sourceAgency; }
    public void setSourceAgency(Agency sourceAgency) { this.sourceAgency = sourceAgency; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
    public PersonOption getReporter() { return reporter; }
    public void setReporter(PersonOption reporter) { this.reporter = reporter; }
    public String getReporterPhone() { return reporterPhone; }
    public void setReporterPhone(String reporterPhone) { this.reporterPhone = reporterPhone; }
    public String getReporterEmail() { return reporterEmail; }
    public void setReporterEmail(String reporterEmail) { this.reporterEmail = reporterEmail; }
    public List<SubjectDraft> getSubjects() { return subjects; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    /** The victim risk assessment's answers by question code, or null when none is made. */
    public java.util.Map<String, Boolean> getRiskAnswers() { return riskAnswers; }
    public java.util.Set<org.csucasework.intake.HateCharacteristic> getHateCharacteristics() {
        return hateCharacteristics;
    }
    public void setHateCharacteristics(java.util.Set<org.csucasework.intake.HateCharacteristic> characteristics) {
        this.hateCharacteristics = characteristics == null ? java.util.Set.of() : java.util.Set.copyOf(characteristics);
    }
    public void setRiskAnswers(java.util.Map<String, Boolean> riskAnswers) { this.riskAnswers = riskAnswers; }

    /** The people rows that are sent: every row the user filled in at least partly, in the order shown. */
    List<SubjectDraft> filledSubjects() {
        return subjects.stream().filter(s -> !s.isEmpty()).toList();
    }

    /** The report as the service takes it; {@code zone} is the district's, in which the form shows date and time. */
    public NewReport toNewReport(ZoneId zone) {
        List<NewReport.Subject> people = filledSubjects().stream()
                .map(s -> new NewReport.Subject(s.getRole(), new PersonDetails(
                        s.getPerson() == null ? null : s.getPerson().personId(),
                        s.getPerson() == null ? null : s.getPerson().fullName(),
                        s.getDateOfBirth(), null, null, null)))
                .toList();
        PersonDetails reporterDetails = anonymous ? null : new PersonDetails(
                reporter == null ? null : reporter.personId(),
                reporter == null ? null : reporter.fullName(),
                null, reporterPhone, reporterEmail, null);
        return new NewReport(receivedAt == null ? null : receivedAt.atZone(zone).toInstant(),
                category == null ? null : category.getCode(),
                ward == null ? null : ward.getCode(),
                place == null ? null : place.placeId(),
                place == null ? null : place.label(),
                sourceAgency == null ? null : sourceAgency.getCode(),
                anonymous, reporterDetails, people, description, incidentDate, riskAnswers, hateCharacteristics);
    }
}
