package org.csucasework.escalation.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.csucasework.escalation.Ladder;
import org.csucasework.escalation.Placeholders;
import org.csucasework.escalation.Requirement;
import org.csucasework.escalation.WaitPlan;
import org.csucasework.people.Person;
import org.csucasework.reference.EscalationStage;
import org.csucasework.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Fills a step's template for each of its recipients (the person or body; a young person's parent or guardian; legal
 * services for a referral) and lays each out as a PDF. Used for the preview before approval and for the documents
 * issued, so that what the supervisor read is what is sent.
 */
@Component
@RequiredArgsConstructor
public class LetterWriter {

    /** Days to appeal against a CPN to the magistrates' court (s46). */
    public static final int APPEAL_DAYS = 21;
    public static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** The steps whose deadlines (term, review, time to comply, appeal) run from their own service. */
    private static final Set<String> FROM_SERVICE = Set.of(Ladder.ABA, Ladder.CPW, Ladder.CPN);

    private final LetterTemplateRepository templates;
    private final CaseAccess access;

    /** One document of a step, for one recipient. */
    public record Letter(String recipientName, String recipientAddress, EscalationDocument.RecipientRole role,
                         String title, String fileName, byte[] pdf) {
    }

    public List<Letter> write(EscalationCase c, EscalationStep step, WaitPlan plan, LocalDate date) {
        EscalationStage stage = access.stage(step.getStageCode());
        Person person = access.person(c).orElse(null);
        String subjectName = access.subjectName(c);
        CurrentUser officer = access.findUser(step.getProposedBy()).orElse(null);
        LetterTemplate template = templates.findByStageCode(step.getStageCode())
                .orElseThrow(() -> new IllegalStateException("No letter template for " + step.getStageCode()));
        Map<String, String> values = new HashMap<>();
        values.put("person.name", subjectName);
        values.put("person.address", CaseAccess.orEmpty(c.getLetterAddress()));
        values.put("person.dateOfBirth", person == null || person.getDateOfBirth() == null ? "not known"
                : LETTER_DATE.format(person.getDateOfBirth()));
        values.put("guardian.name", CaseAccess.orEmpty(c.getGuardianName()));
        values.put("guardian.address", CaseAccess.orEmpty(c.getGuardianAddress()));
        values.put("conduct", step.getConduct());
        values.put("date", LETTER_DATE.format(date));
        values.put("officer.name", officer == null ? step.getProposedBy() : officer.fullName());
        values.put("officer.agency", officer == null ? "" : officer.agencyName());
        values.put("case.reference", c.getReference());
        values.put("stage.label", stage.getLabel());
        // The document is written on approval, before anyone knows the day it will be served, and every deadline
        // runs from that day: a deadline of this step is written as a period from its service, never as a date that
        // would be wrong once it is served later. The case, the API and the register show the dates from service.
        // A breach letter's ABA term was fixed when the ABA was served, so it stays a date.
        boolean ownDeadlines = FROM_SERVICE.contains(step.getStageCode());
        values.put("term.end", deadline(plan.termEnd(), date, ownDeadlines));
        values.put("term.days", days(plan.termEnd(), date));
        values.put("review.date", deadline(plan.reviewDate(), date, ownDeadlines));
        values.put("compliance.date", deadline(plan.complianceDate(), date, ownDeadlines));
        values.put("compliance.days", days(plan.complianceDate(), date));
        values.put("district.name", access.districtName());
        values.put("requirements", requirementsText(step.getRequirements()));
        values.put("appeal.deadline", Ladder.CPN.equals(step.getStageCode())
                ? deadline(date.plusDays(APPEAL_DAYS), date, true) : "");

        List<Letter> letters = new ArrayList<>();
        String heading = access.districtName() + "\nCommunity Safety Unit";
        List<Recipient> recipients = Ladder.LEGAL.equals(step.getStageCode())
                ? List.of(new Recipient("Legal Services", "", EscalationDocument.RecipientRole.LEGAL_SERVICES))
                : recipients(c, subjectName);
        for (Recipient recipient : recipients) {
            Map<String, String> forRecipient = new HashMap<>(values);
            forRecipient.put("recipient.name", recipient.name());
            forRecipient.put("recipient.address", recipient.address());
            String title = Placeholders.fill(template.getTitle(), forRecipient);
            byte[] pdf = LetterPdf.render(heading, title, Placeholders.fill(template.getBody(), forRecipient));
            String fileName = c.getReference() + "-" + step.getStageCode().toLowerCase(Locale.ROOT).replace('_', '-')
                    + (recipient.role() == EscalationDocument.RecipientRole.GUARDIAN ? "-guardian" : "")
                    + "-" + step.getId() + ".pdf";
            letters.add(new Letter(recipient.name(), recipient.address(), recipient.role(), title, fileName, pdf));
        }
        return letters;
    }

    /** A deadline: as a period from service when it runs from this step's service, otherwise its date. */
    static String deadline(LocalDate day, LocalDate written, boolean fromService) {
        if (day == null) {
            return "";
        }
        if (!fromService) {
            return LETTER_DATE.format(day);
        }
        // Reads after "on", "by", "until" or "before" alike: "ends on the day 183 days after the day ...".
        long days = ChronoUnit.DAYS.between(written, day);
        return (days == 0 ? "the day" : days == 1 ? "the day after the day" : "the day " + days + " days after the day")
                + " this is served on you";
    }

    private static String days(LocalDate day, LocalDate written) {
        return day == null ? "" : String.valueOf(ChronoUnit.DAYS.between(written, day));
    }

    /** One numbered line per requirement, in the order proposed, each "do" with its deadline. */
    static String requirementsText(List<Requirement> requirements) {
        if (requirements.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        int n = 1;
        for (Requirement r : requirements) {
            text.append(n++).append(". ").append(r.kind() == Requirement.Kind.STOP ? "To stop: " : "To do: ")
                    .append(r.text());
            if (r.deadline() != null) {
                text.append(" - by ").append(LETTER_DATE.format(r.deadline()));
            }
            text.append('\n');
        }
        return text.toString().strip();
    }

    private record Recipient(String name, String address, EscalationDocument.RecipientRole role) {
    }

    private static List<Recipient> recipients(EscalationCase c, String subjectName) {
        List<Recipient> recipients = new ArrayList<>();
        recipients.add(new Recipient(subjectName, CaseAccess.orEmpty(c.getLetterAddress()),
                EscalationDocument.RecipientRole.SUBJECT));
        if (c.isYoungPerson() && c.getGuardianName() != null) {
            recipients.add(new Recipient(c.getGuardianName(), CaseAccess.orEmpty(c.getGuardianAddress()),
                    EscalationDocument.RecipientRole.GUARDIAN));
        }
        return recipients;
    }
}
