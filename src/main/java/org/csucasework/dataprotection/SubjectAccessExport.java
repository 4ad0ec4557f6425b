package org.csucasework.dataprotection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything held about one person, for a subject access request: their details, the reports they are in (as
 * reporter or subject) with the actions, referrals and timeline of each, the Task and Finish Groups and escalation
 * cases about them with their letters, and what was done under data protection. Other people's names and details
 * are left out (a report's other subjects, a guardian); free text is included as recorded and must be checked for
 * third-party information before release.
 */
public record SubjectAccessExport(Instant producedAt, String producedBy, PersonRecord person,
                                  List<ReportRecord> reports, List<GroupRecord> taskAndFinishGroups,
                                  List<CaseRecord> escalationCases, List<DataProtectionEvent> dataProtection) {

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

    public record StepRecord(String stage, String status, String conduct, LocalDate issuedOn) {
    }

    public record LetterRecord(String title, String stage, Instant issuedAt, String recipient, String serviceMethod) {
    }

    public record CaseRecord(String reference, String status, String letterAddress, boolean youngPerson,
                             Instant closedAt, String closureReason, List<StepRecord> steps,
                             List<LetterRecord> letters, List<Note> breaches, List<Note> timeline) {
    }
}
