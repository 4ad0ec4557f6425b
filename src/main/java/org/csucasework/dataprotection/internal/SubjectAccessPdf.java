package org.csucasework.dataprotection.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csucasework.actions.ActionStatus;
import org.csucasework.casereview.ApplicantKind;
import org.csucasework.casereview.CaseReviewStatus;
import org.csucasework.dataprotection.DataProtectionEvent;
import org.csucasework.dataprotection.SubjectAccessExport;
import org.csucasework.escalation.CaseStatus;
import org.csucasework.escalation.ServiceMethod;
import org.csucasework.escalation.StepStatus;
import org.csucasework.intake.ReportStatus;
import org.csucasework.intake.SubjectRole;
import org.csucasework.marac.CaseDecision;
import org.csucasework.marac.LawfulBasis;
import org.csucasework.marac.MaracSubjectKind;
import org.csucasework.marac.ReferralStatus;
import org.csucasework.shared.personaldata.SubjectAccessRecords.ActionRecord;
import org.csucasework.shared.personaldata.SubjectAccessRecords.Note;
import org.csucasework.shared.personaldata.SubjectAccessRecords;
import org.csucasework.shared.ui.Names;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.taskgroups.GroupStatus;

/**
 * Lays a subject access export out as an A4 PDF: the person's details, then each record with its notes. The PDF is
 * read by the person it is about, so it says everything in words and UK dates, never a code: the JSON export keeps
 * the codes for machines.
 */
public final class SubjectAccessPdf {

    private final Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    private final Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private final Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private final Font subheading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private final Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private final Font small = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 9);

    private final Names names;

    private SubjectAccessPdf(Names names) {
        this.names = names;
    }

    public static byte[] render(SubjectAccessExport export, Names names) {
        return new SubjectAccessPdf(names).write(export);
    }

    private byte[] write(SubjectAccessExport export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Subject access export");
            document.addCreator("CSU Casework");
            document.open();
            add("Subject access export", title);
            add("Produced " + moment(export.producedAt()) + " by " + export.producedBy() + ". Person record "
                    + export.person().id() + ". Other people's names and details are left out; free text is shown"
                    + " as recorded and must be checked for information about other people before release.", small);

            SubjectAccessRecords.PersonRecord person = export.person();
            add("Personal details", heading);
            line("Name", person.fullName());
            line("Date of birth", day(person.dateOfBirth()));
            line("Address", person.address());
            line("Phone", person.phone());
            line("E-mail", person.email());
            line("First recorded", moment(person.recordedAt()));
            line("Anonymised", moment(person.anonymisedAt()));

            add("Reports (" + export.reports().size() + ")", heading);
            for (SubjectAccessRecords.ReportRecord report : export.reports()) {
                add("Report " + report.reference(), subheading);
                line("Received", moment(report.receivedAt()));
                line("Their part", report.roles().stream().map(role -> role.equals("REPORTER") ? "Reporter"
                        : label(SubjectRole.class, role, SubjectRole::label)).collect(Collectors.joining(", ")));
                line("Category", names.category(report.category()));
                line("Ward", names.ward(report.ward()));
                line("Place", report.place());
                line("Status", label(ReportStatus.class, report.status(), ReportStatus::label));
                line("Description", report.description());
                line("Outcome", names.outcome(report.outcome()));
                line("Outcome note", report.outcomeNote());
                line("Closed", moment(report.closedAt()));
                notes("Referrals", report.referrals());
                actions(report.actions());
                notes("Timeline", report.timeline());
            }

            add("Task and Finish Groups (" + export.taskAndFinishGroups().size() + ")", heading);
            for (SubjectAccessRecords.GroupRecord group : export.taskAndFinishGroups()) {
                add("Group " + group.reference() + ": " + group.title(), subheading);
                line("Status", label(GroupStatus.class, group.status(), GroupStatus::label));
                line("Why it was proposed", group.proposalReason());
                line("Outcome", Names.spelt(group.outcome()));
                line("Outcome reason", group.outcomeReason());
                line("Closed", moment(group.closedAt()));
                notes("Meetings", group.meetings());
                actions(group.actions());
                notes("Timeline", group.timeline());
            }

            add("Escalation cases (" + export.escalationCases().size() + ")", heading);
            for (SubjectAccessRecords.CaseRecord escalation : export.escalationCases()) {
                add("Case " + escalation.reference(), subheading);
                line("Status", label(CaseStatus.class, escalation.status(), CaseStatus::label));
                line("Letters sent to", escalation.letterAddress());
                line("Young person", escalation.youngPerson() ? "yes" : "no");
                line("Closed", moment(escalation.closedAt()));
                line("Closure reason", escalation.closureReason());
                for (SubjectAccessRecords.StepRecord step : escalation.steps()) {
                    add("Step: " + names.escalationStage(step.stage()) + " ("
                            + label(StepStatus.class, step.status(), StepStatus::label)
                            + (step.servedOn() == null ? "" : ", served " + day(step.servedOn())) + "): "
                            + step.conduct(), body);
                }
                for (SubjectAccessRecords.LetterRecord letter : escalation.letters()) {
                    add("Letter: " + letter.title() + " to " + letter.recipient() + ", written "
                            + moment(letter.issuedAt()) + (letter.servedOn() == null ? ", not yet served"
                            : ", served " + day(letter.servedOn()) + " ("
                            + label(ServiceMethod.class, letter.serviceMethod(), ServiceMethod::label) + ")"), body);
                }
                notes("Breaches", escalation.breaches());
                notes("Acceptable Behaviour Agreements", escalation.agreements());
                notes("Enforcement after the notice (appeal, fixed penalty, works in default, prosecution)",
                        escalation.enforcement());
                notes("Legal outcomes (injunctions, orders, closure)", escalation.legalOutcomes());
                notes("Timeline", escalation.timeline());
            }

            add("Community MARAC referrals (" + export.communityMaracReferrals().size() + ")", heading);
            for (SubjectAccessRecords.MaracRecord marac : export.communityMaracReferrals()) {
                add("Referral " + marac.reference(), subheading);
                line("Status", label(ReferralStatus.class, marac.status(), ReferralStatus::label));
                line("About", label(MaracSubjectKind.class, marac.subjectKind(), MaracSubjectKind::label)
                        + ("FAMILY".equals(marac.subjectKind())
                        ? " (their part: " + Names.spelt(marac.role()).toLowerCase(UkDates.LOCALE) + ")" : ""));
                line("Criteria", String.join("; ", marac.criteria()));
                line("Lawful basis for sharing", label(LawfulBasis.class, marac.lawfulBasis(), LawfulBasis::label));
                line("Referred by (agency)", names.agency(marac.referrerAgency()));
                line("Drafted", moment(marac.draftedAt()));
                line("Submitted", moment(marac.submittedAt()));
                line("Screened", moment(marac.screenedAt()));
                line("Accepted", moment(marac.acceptedAt()));
                line("Closed", moment(marac.closedAt()));
                line("Close reason", marac.closeReason());
                if (!marac.decisions().isEmpty()) {
                    add("Meetings:", body);
                    for (SubjectAccessRecords.MaracDecision decision : marac.decisions()) {
                        add("  " + day(decision.meetingDate()) + (decision.carriedOver() ? " (carried over)" : "")
                                + ": " + (decision.decision() == null ? "no decision recorded"
                                : label(CaseDecision.class, decision.decision(), CaseDecision::label))
                                + (decision.note() == null ? "" : ": " + decision.note()), body);
                    }
                }
                actions(marac.actions());
            }

            add("ASB Case Reviews (" + export.caseReviews().size() + ")", heading);
            for (SubjectAccessRecords.CaseReviewRecord review : export.caseReviews()) {
                add("Case Review " + review.reference(), subheading);
                line("Their part", review.roles().stream().map(Names::spelt).collect(Collectors.joining(", ")));
                line("Applied by", label(ApplicantKind.class, review.applicantKind(), ApplicantKind::label));
                line("Applicant", review.applicantName());
                line("Applicant's address", review.applicantAddress());
                line("Applicant's phone", review.applicantPhone());
                line("Applicant's e-mail", review.applicantEmail());
                line("Applied", day(review.appliedOn()));
                line("Status", label(CaseReviewStatus.class, review.status(), CaseReviewStatus::label));
                line("What the application says", review.description());
                line("Threshold met", review.thresholdMet() == null ? null : review.thresholdMet() ? "yes" : "no");
                line("Reason for the threshold decision", review.decisionReason());
                line("Outcome of the review", review.outcome());
                line("Escalation asked for because", review.escalationReason());
                line("Result of the escalation", review.escalationResult());
                line("Closed", moment(review.closedAt()));
                notes("Complaints (theirs in full, others' by date only)", review.complaints());
                actions(review.recommendations());
                notes("Timeline", review.timeline());
            }

            add("Documents attached to these cases (" + export.documents().size() + ")", heading);
            for (SubjectAccessRecords.DocumentRecord doc : export.documents()) {
                add(moment(doc.attachedAt()) + " " + doc.name() + " (" + doc.type() + ", " + doc.size()
                        + " bytes) on " + doc.caseReference() + (doc.description() == null ? "" : ": "
                        + doc.description()), body);
            }

            add("Data protection record", heading);
            for (DataProtectionEvent event : export.dataProtection()) {
                add(moment(event.at()) + " " + event.kind().label() + " by " + event.actor()
                        + (event.reason() == null ? "" : ": " + event.reason()), body);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The subject access export could not be laid out as a PDF", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private void notes(String label, List<Note> notes) {
        if (notes.isEmpty()) {
            return;
        }
        add(label + ":", body);
        for (Note note : notes) {
            add("  " + moment(note.at()) + " " + Names.spelt(note.kind()) + (note.text() == null ? "" : ": " + note.text()), body);
        }
    }

    private void actions(List<ActionRecord> actions) {
        if (actions.isEmpty()) {
            return;
        }
        add("Actions:", body);
        for (ActionRecord action : actions) {
            add("  " + names.agency(action.agency()) + ", due " + day(action.due()) + " ("
                    + label(ActionStatus.class, action.status(), ActionStatus::label) + "): "
                    + action.description() + (action.outcome() == null ? "" : "; outcome: " + action.outcome()), body);
        }
    }

    private void line(String label, String value) {
        if (value != null && !value.isBlank()) {
            add(label + ": " + value, body);
        }
    }

    private void add(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingAfter(font == heading ? 6 : 3);
        paragraph.setSpacingBefore(font == heading ? 10 : 0);
        document.add(paragraph);
    }

    private static String moment(Instant instant) {
        return instant == null ? null : UkDates.moment(instant);
    }

    private static String day(LocalDate date) {
        return date == null ? null : UkDates.day(date);
    }

    /** The state's own label; a code this version no longer knows is spelt out rather than refused. */
    private static <E extends Enum<E>> String label(Class<E> type, String code, Function<E, String> label) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return label.apply(Enum.valueOf(type, code));
        } catch (IllegalArgumentException unknown) {
            return Names.spelt(code);
        }
    }
}
