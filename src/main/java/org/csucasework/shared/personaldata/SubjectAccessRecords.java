package org.csucasework.shared.personaldata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The records of a subject access export, one type per section or part (docs/decisions/0011): each module fills in
 * those of its own records through {@link SubjectAccess}. Their components are the export's JSON names, so they
 * change only with the export's wording.
 */
public final class SubjectAccessRecords {

    private SubjectAccessRecords() {
    }

    /**
     * A document attached to one of the person's cases (listed, not included: a copy is given on request once
     * checked for other people's information).
     */
    public record DocumentRecord(String caseKind, String caseReference, String name, String type, long size,
                                 String description, Instant attachedAt) {
    }

    public record PersonRecord(Long id, String fullName, LocalDate dateOfBirth, String phone, String email,
                               String address, Instant recordedAt, Instant anonymisedAt) {
    }

    /** A note on a record's timeline: when, what kind, and the text recorded. */
    public record Note(Instant at, String kind, String text) {
    }

    public record ActionRecord(String agency, String description, LocalDate due, String status, String outcome) {
    }

    public record ReportRecord(String reference, Instant receivedAt, String category, String ward, String place,
                               List<String> roles, String status, String description, String outcome,
                               String outcomeNote, Instant closedAt, List<Note> referrals, List<ActionRecord> actions,
                               List<Note> timeline) {
    }

    public record GroupRecord(String reference, String title, String status, String proposalReason,
                              String outcome, String outcomeReason, Instant closedAt, List<Note> meetings,
                              List<ActionRecord> actions, List<Note> timeline) {
    }

    public record StepRecord(String stage, String status, String conduct, LocalDate servedOn) {
    }

    public record LetterRecord(String title, String stage, Instant issuedAt, String recipient, String serviceMethod,
                               LocalDate servedOn) {
    }

    /**
     * A Community MARAC referral naming the person (the main subject, or a member of a family referred): what it
     * was about (criteria, lawful basis), who referred (the agency), its dates, each meeting's decision and the
     * actions agreed. The risk summary, history and the family's other members are not part of it: they describe
     * other people as much as the person, and MARAC information is released only after the chair's review.
     */
    public record MaracRecord(String reference, String status, String subjectKind, String role,
                              List<String> criteria, String lawfulBasis, String referrerAgency, Instant draftedAt,
                              Instant submittedAt, Instant screenedAt, Instant acceptedAt, Instant closedAt,
                              String closeReason, List<MaracDecision> decisions, List<ActionRecord> actions) {
    }

    /**
     * An ASB Case Review the person is part of (their parts: applicant, victim, complainant): the application, the
     * threshold decision, the review's outcome and the escalation, with the complaints and the history. The applicant's
     * contact details are given only when the person is the applicant.
     */
    public record CaseReviewRecord(String reference, List<String> roles, String applicantKind, String applicantName,
                                   String applicantPhone, String applicantEmail, String applicantAddress,
                                   LocalDate appliedOn, String status, String description, Boolean thresholdMet,
                                   String decisionReason, String outcome, String escalationReason,
                                   String escalationResult, Instant closedAt, List<Note> complaints,
                                   List<ActionRecord> recommendations, List<Note> timeline) {
    }

    /** A MARAC meeting that had the case on its agenda, and what it decided (nothing yet, or not reached). */
    public record MaracDecision(LocalDate meetingDate, boolean carriedOver, String decision, String note,
                                Instant decidedAt) {
    }

    /**
     * An escalation case about the person, with the Acceptable Behaviour Agreements they signed or refused, the
     * enforcement after a notice (appeal, fixed penalty, works in default, prosecution) and the legal outcomes against
     * them or their premises (injunctions, orders, closure), each with its breaches.
     */
    public record CaseRecord(String reference, String status, String letterAddress, boolean youngPerson,
                             Instant closedAt, String closureReason, List<StepRecord> steps,
                             List<LetterRecord> letters, List<Note> breaches, List<Note> timeline,
                             List<Note> agreements, List<Note> enforcement, List<Note> legalOutcomes) {
    }
}
