package org.csucasework.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case with everything its page shows: the subject (a person, or a body: then {@code personId} is null and
 * {@code personName} is the organisation's name), the ladder, steps, documents, breaches, evidence, timeline.
 */
public record CaseDetails(Long id, String reference, long version, CaseStatus status, Long personId,
                          String personName, LocalDate dateOfBirth, String letterAddress, boolean youngPerson,
                          String guardianName, String guardianAddress, String caseworker, String ladderStageCode,
                          List<Rung> ladder, WaitKind waitKind, LocalDate reviewDate, LocalDate termEnd,
                          LocalDate complianceDate, boolean compliancePassed, boolean abaReviewed,
                          LocalDate watchUntil, String next, LocalDate nextDate, StepView pendingStep,
                          List<StepView> steps, List<DocumentView> documents, List<BreachView> breaches,
                          List<Evidence> reports, List<Share> shares, List<Event> timeline, List<OpenTask> openTasks,
                          List<ProcessStep> processSteps, Instant closedAt, String closedBy, String closureReason,
                          boolean body, boolean ageConfirmed, String ageConfirmedBy) {

    /** A stage of the ladder and where the person stands against it. */
    public record Rung(int order, String code, String label, String state) {
    }

    public record StepView(Long id, String stageCode, String stageLabel, StepStatus status, String conduct,
                           ServiceMethod serviceMethod, Integer durationDays, boolean skip, String skipJustification,
                           List<Long> evidenceReportIds, List<String> evidenceReferences, String proposedBy,
                           Instant proposedAt, Instant submittedAt, int submissions, String decidedBy,
                           Instant decidedAt, String decisionNote, LocalDate issuedOn, long version,
                           LocalDate complianceDate, List<Requirement> requirements, LocalDate approvedOn,
                           LocalDate servedOn, ServiceMethod servedMethod, String servedBy) {
    }

    public record BreachView(Long id, String description, String reportReference, String status, Instant reportedAt,
                             String reportedBy, Instant decidedAt, String decidedBy, String note) {
    }

    public record Evidence(Long reportId, String reference, Instant receivedAt, String categoryName, String how) {
    }

    public record Share(String agencyCode, String reason, Instant sharedAt, String sharedBy) {
    }

    public record Event(Instant occurredAt, String actor, String kind, String detail) {
    }

    /** A step of the case's process waiting for someone now. */
    public record OpenTask(String key, String name, Instant created, java.util.Date due) {
    }

    /** A step the case's process has been through (or is at), from the engine's history. */
    public record ProcessStep(String activityId, String name, String type, Instant started, Instant ended) {
    }

    public boolean isOpen() {
        return status == CaseStatus.OPEN;
    }

    /** The approved step whose documents wait to be served, if any. */
    public java.util.Optional<StepView> awaitingService() {
        return steps.stream().filter(s -> s.status() == StepStatus.APPROVED).reduce((a, b) -> b);
    }

    public boolean isWaitingAt(String taskKey) {
        return openTasks.stream().anyMatch(task -> task.key().equals(taskKey));
    }
}
