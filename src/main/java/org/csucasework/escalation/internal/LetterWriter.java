package org.csucasework.escalation.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.csucasework.escalation.Ladder;
import org.csucasework.escalation.Placeholders;
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
public class LetterWriter {

    public static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final LetterTemplateRepository templates;
    private final CaseAccess access;

    LetterWriter(LetterTemplateRepository templates, CaseAccess access) {
        this.templates = templates;
        this.access = access;
    }

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
        values.put("term.end", plan.termEnd() == null ? "" : LETTER_DATE.format(plan.termEnd()));
        values.put("review.date", plan.reviewDate() == null ? "" : LETTER_DATE.format(plan.reviewDate()));
        values.put("compliance.date", plan.complianceDate() == null ? "" : LETTER_DATE.format(plan.complianceDate()));
        values.put("district.name", access.districtName());

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
