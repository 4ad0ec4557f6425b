package org.csucasework.marac;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportSummary;
import org.csucasework.people.PeopleService;
import org.csucasework.people.Person;
import org.csucasework.people.PersonDetails;
import org.csucasework.reference.MaracCriterion;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.InputRules;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ValidationException;
import org.springframework.stereotype.Component;

/**
 * A referral's draft checked (every broken rule at its field; a draft may be saved incomplete, a submission may not)
 * and then applied: its people resolved to records, its reports linked.
 */
@Component
@RequiredArgsConstructor
class ReferralDrafts {

    private final ReportService reports;
    private final PeopleService people;
    private final ReferenceDataService referenceData;

    /** The checked values of a draft: the subject's people resolved, the reports found. */
    record Checked(List<PersonDetails> people, Set<String> criteria, Set<Long> reportIds) {
    }

    Checked check(ReferralDraft draft, boolean complete) {
        List<FieldError> errors = new ArrayList<>();
        MaracSubjectKind kind = draft.getSubjectKind() == null ? MaracSubjectKind.PERSON : draft.getSubjectKind();
        List<PersonDetails> subjects = new ArrayList<>();
        String name = MaracReferralService.blankToNull(draft.getPersonName());
        if (name == null) {
            if (complete) {
                errors.add(new FieldError("personName", kind == MaracSubjectKind.FAMILY
                        ? "Name the main person in the family" : "Name the person the referral is about"));
            }
        } else if (name.length() > MaracFieldLimits.PERSON_NAME) {
            errors.add(new FieldError("personName", "At most " + MaracFieldLimits.PERSON_NAME + " characters"));
        } else {
            subjects.add(new PersonDetails(draft.getPersonId(), name, draft.getPersonDateOfBirth(), null, null, null));
        }
        InputRules.checkText("personName", draft.getPersonName(), errors);
        InputRules.checkText("familyName", draft.getFamilyName(), errors);
        draft.getOtherMembers().forEach(member -> InputRules.checkText("otherMembers", member, errors));
        String familyName = MaracReferralService.blankToNull(draft.getFamilyName());
        if (kind == MaracSubjectKind.FAMILY) {
            if (familyName == null && complete) {
                errors.add(new FieldError("familyName", "Give the family's name"));
            } else if (familyName != null && familyName.length() > MaracFieldLimits.FAMILY_NAME) {
                errors.add(new FieldError("familyName", "At most " + MaracFieldLimits.FAMILY_NAME + " characters"));
            }
            for (String member : draft.getOtherMembers()) {
                String memberName = MaracReferralService.blankToNull(member);
                if (memberName == null) {
                    continue;
                }
                if (memberName.length() > MaracFieldLimits.PERSON_NAME) {
                    errors.add(new FieldError("otherMembers", "A name has at most " + MaracFieldLimits.PERSON_NAME
                            + " characters"));
                } else {
                    subjects.add(PersonDetails.named(memberName));
                }
            }
        }
        Set<String> known = new TreeSet<>(referenceData.list(ReferenceType.MARAC_CRITERIA).stream()
                .filter(MaracCriterion::isActive).map(MaracCriterion::getCode).toList());
        Set<String> criteria = new TreeSet<>(draft.getCriteria());
        if (criteria.isEmpty() && complete) {
            errors.add(new FieldError("criteria", "Tick at least one MARAC criterion the case meets"));
        }
        criteria.stream().filter(c -> !known.contains(c)).findFirst()
                .ifPresent(c -> errors.add(new FieldError("criteria", "Unknown criterion " + c)));
        MaracReferralService.checkText(draft.getRiskSummary(), "riskSummary", MaracFieldLimits.RISK_SUMMARY,
                complete ? "Summarise the risk to and vulnerability of the subject" : null, errors);
        MaracReferralService.checkText(draft.getHistoryToBring(), "historyToBring", MaracFieldLimits.HISTORY, null, errors);
        MaracReferralService.checkText(draft.getLawfulBasisNote(), "lawfulBasisNote", MaracFieldLimits.LAWFUL_BASIS_NOTE, null, errors);
        if (draft.getLawfulBasis() == null && complete) {
            errors.add(new FieldError("lawfulBasis", "Choose the lawful basis for sharing the information"));
        }
        Set<Long> reportIds = new LinkedHashSet<>();
        for (String ref : draft.getReportReferences()) {
            String reportReference = MaracReferralService.blankToNull(ref);
            if (reportReference == null) {
                continue;
            }
            try {
                reportIds.add(reports.requireReadable(reportReference).getId());
            } catch (NotFoundException e) {
                errors.add(new FieldError("reportReferences", "No report " + reportReference));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Checked(subjects, criteria, reportIds);
    }

    void apply(MaracReferral referral, ReferralDraft draft, Checked checked) {
        List<Long> personIds = new ArrayList<>();
        for (PersonDetails details : checked.people()) {
            PersonDetails chosen = details;
            if (details.personId() != null) {
                // A person chosen earlier whose name was since changed in the form is someone else: match by name.
                boolean same = people.person(details.personId()).map(Person::getFullName)
                        .filter(n -> n.equals(details.fullName())).isPresent();
                chosen = same ? details : new PersonDetails(null, details.fullName(), details.dateOfBirth(), null,
                        null, null);
            }
            Long id = people.resolvePerson(chosen).getId();
            if (!personIds.contains(id)) {
                personIds.add(id);
            }
        }
        Set<Long> reportIds = new LinkedHashSet<>(checked.reportIds());
        // Reports the referrer may not open stay linked (they were linked by someone who could).
        Set<Long> visible = new TreeSet<>(reports.summaries(new ArrayList<>(referral.getReportIds())).stream()
                .map(ReportSummary::id).toList());
        referral.getReportIds().stream().filter(id -> !visible.contains(id)).forEach(reportIds::add);
        if (referral.getSourceReportId() != null) {
            reportIds.add(referral.getSourceReportId());
        }
        MaracSubjectKind kind = draft.getSubjectKind() == null ? MaracSubjectKind.PERSON : draft.getSubjectKind();
        referral.describe(kind, kind == MaracSubjectKind.FAMILY ? MaracReferralService.blankToNull(draft.getFamilyName()) : null,
                personIds, checked.criteria(), reportIds, MaracReferralService.blankToNull(draft.getRiskSummary()),
                MaracReferralService.blankToNull(draft.getHistoryToBring()), draft.getLawfulBasis(), MaracReferralService.blankToNull(draft.getLawfulBasisNote()));
    }
}
