package org.csucasework.escalation;

import static org.csucasework.escalation.AsbEscalationProcess.MESSAGE_DE_ESCALATED;
import static org.csucasework.escalation.internal.CaseAccess.blank;
import static org.csucasework.escalation.internal.CaseAccess.trimToNull;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.csucasework.escalation.internal.CaseAccess;
import org.csucasework.escalation.internal.CaseReport;
import org.csucasework.escalation.internal.CaseShare;
import org.csucasework.escalation.internal.CaseShareRepository;
import org.csucasework.escalation.internal.EscalationCase;
import org.csucasework.escalation.internal.EscalationCaseRepository;
import org.csucasework.escalation.internal.EscalationHistory;
import org.csucasework.escalation.internal.EscalationStep;
import org.csucasework.escalation.internal.EscalationStepRepository;
import org.csucasework.escalation.process.CaseProcess;
import org.csucasework.intake.Report;
import org.csucasework.intake.ReportService;
import org.csucasework.people.Person;
import org.csucasework.reference.EscalationStage;
import org.csucasework.security.CurrentUser;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.tasking.ReferralKind;
import org.csucasework.tasking.ReportReferred;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalation cases: opening one about a person or a body (by hand, or from the daily tasking's referral), the
 * details letters need, sharing with a partner agency, confirming an age that cannot be read from a date of birth,
 * de-escalation and closure. Every call is made as the signed-in user and checked here.
 */
@Service
public class EscalationCases {

    static final String REFERENCE_FORMAT = "ESC-%d-%04d";

    private final EscalationCaseRepository cases;
    private final EscalationStepRepository steps;
    private final CaseShareRepository shares;
    private final CaseAccess access;
    private final EscalationHistory history;
    private final CaseProcess process;
    private final ReportService reports;
    private final int watchDays;

    EscalationCases(EscalationCaseRepository cases, EscalationStepRepository steps, CaseShareRepository shares, CaseAccess access, EscalationHistory history, CaseProcess process,
                    ReportService reports, @Value("${casework.escalation.watch-days:183}") int watchDays) {
        this.cases = cases;
        this.steps = steps;
        this.shares = shares;
        this.access = access;
        this.history = history;
        this.process = process;
        this.reports = reports;
        this.watchDays = watchDays;
    }

    /**
     * Opens a case by hand from a report: about one of the report's people, or about a body (a business or
     * organisation) by name and address. Partner officers of an authorised agency (s53: police, designated social
     * landlords) open cases too; the case is then shared with their agency. Every problem is reported at once.
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR', 'PARTNER')")
    @Transactional
    public String open(NewCase newCase) {
        return open(newCase, List.of());
    }

    /**
     * Opens a case as {@link #open(NewCase)} does, with more reports as its evidence; all or nothing: a reference
     * that is not a report the user may see refuses the whole case, at {@code reportReferences}.
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR', 'PARTNER')")
    @Transactional
    public String open(NewCase newCase, List<String> moreReports) {
        CurrentUser user = access.user();
        access.requireCsuOrAuthorisedPartner(user, "open an escalation case");
        List<FieldError> errors = new ArrayList<>();
        Report report = null;
        if (blank(newCase.reportReference())) {
            errors.add(new FieldError("reportReference", "Enter the reference of a report about the "
                    + (newCase.isBody() ? "business or organisation" : "person")));
        } else {
            try {
                report = reports.requireReadable(newCase.reportReference().trim());
            } catch (NotFoundException e) {
                errors.add(new FieldError("reportReference", "No report " + newCase.reportReference().trim()));
            }
        }
        Person person = null;
        if (newCase.isBody()) {
            if (newCase.personId() != null) {
                errors.add(new FieldError("personId", "A case is about a person or a business, not both"));
            }
            if (newCase.organisationName().trim().length() > EscalationFieldLimits.NAME) {
                errors.add(new FieldError("organisationName", "At most " + EscalationFieldLimits.NAME + " characters"));
            }
            if (blank(newCase.organisationAddress())) {
                errors.add(new FieldError("organisationAddress", "Enter the address where notices are served"));
            } else if (newCase.organisationAddress().trim().length() > EscalationFieldLimits.ADDRESS) {
                errors.add(new FieldError("organisationAddress", "At most " + EscalationFieldLimits.ADDRESS + " characters"));
            }
        } else if (newCase.personId() == null) {
            errors.add(new FieldError("personId", "Choose the person the case is about, or name the business"));
        } else if (report != null) {
            Long personId = newCase.personId();
            if (report.getSubjects().stream().noneMatch(s -> s.getPersonId().equals(personId))) {
                errors.add(new FieldError("personId", "This person is not involved in " + report.getReference()));
            } else {
                person = access.person(personId).orElse(null);
                cases.findFirstByPersonIdAndStatus(personId, CaseStatus.OPEN).ifPresent(open -> errors.add(
                        new FieldError("personId", "Case " + open.getReference()
                                + " is already open for this person: add the report to it instead")));
            }
        }
        List<Report> more = new ArrayList<>();
        for (String other : moreReports == null ? List.<String>of() : moreReports) {
            try {
                more.add(reports.requireReadable(other == null ? "" : other.trim()));
            } catch (NotFoundException e) {
                errors.add(new FieldError("reportReferences", "No report " + other));
            }
        }
        boolean young = !newCase.isBody() && (newCase.youngPerson() || (person != null && isYoung(person)));
        checkDetails(newCase.letterAddress(), young, newCase.guardianName(), newCase.guardianAddress(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String caseworker = user.has(Role.CASEWORKER) ? user.username() : null;
        EscalationCase created = newCase.isBody()
                ? cases.saveAndFlush(EscalationCase.forBody(nextReference(), newCase.organisationName().trim(),
                        newCase.organisationAddress().trim(), caseworker, access.now(), user.username()))
                : create(person, trimToNull(newCase.letterAddress()), young, trimToNull(newCase.guardianName()),
                        trimToNull(newCase.guardianAddress()), caseworker, null, user.username());
        access.linkReport(created, report.getId(), CaseReport.How.EVIDENCE, user.username());
        more.forEach(r -> access.linkReport(created, r.getId(), CaseReport.How.EVIDENCE, user.username()));
        history.record(created, user.username(), "OPENED", "Case opened from report " + report.getReference()
                + (created.isBody() ? " about a business or organisation" : ""));
        if (access.readsAgencyCases(user)) {
            shares.save(new CaseShare(created.getId(), user.agencyCode(), "Opened by an officer of the agency",
                    access.now(), user.username()));
        }
        process.start(created.getReference(), created.getId());
        return created.getReference();
    }

    /**
     * The daily tasking referred a report to the ladder for a named person: opens their case, or adds the report to
     * the case already open for them. A second delivery of the same referral changes nothing.
     */
    @EventListener
    @Transactional
    void openFromReferral(ReportReferred referred) {
        if (referred.kind() != ReferralKind.ESCALATION || referred.personId() == null
                || cases.findByReferralId(referred.referralId()).isPresent()) {
            return;
        }
        String actor = access.actor();
        Optional<EscalationCase> open = cases.findFirstByPersonIdAndStatus(referred.personId(), CaseStatus.OPEN);
        if (open.isPresent()) {
            access.linkReport(open.get(), referred.reportId(), CaseReport.How.REFERRAL, actor);
            history.record(open.get(), actor, "REFERRED", "Referred again by the daily tasking with report "
                    + referred.reference());
            return;
        }
        Optional<Person> person = access.person(referred.personId());
        if (person.isEmpty()) {
            return;
        }
        String caseworker = access.currentUser().filter(u -> u.has(Role.CASEWORKER)).map(CurrentUser::username)
                .orElse(null);
        EscalationCase created = create(person.get(), person.get().getAddress(), isYoung(person.get()), null, null,
                caseworker, referred.referralId(), actor);
        access.linkReport(created, referred.reportId(), CaseReport.How.REFERRAL, actor);
        history.record(created, actor, "OPENED", "Case opened from the daily tasking's referral of report "
                + referred.reference() + (created.isYoungPerson()
                ? ". A young person: record the parent or guardian before proposing a step" : ""));
        process.start(created.getReference(), created.getId());
    }

    private EscalationCase create(Person person, String letterAddress, boolean young, String guardianName,
                                  String guardianAddress, String caseworker, Long referralId, String actor) {
        return cases.saveAndFlush(new EscalationCase(nextReference(), person.getId(),
                letterAddress == null ? person.getAddress() : letterAddress, young, guardianName, guardianAddress,
                caseworker, referralId, access.now(), actor));
    }

    private String nextReference() {
        return String.format(REFERENCE_FORMAT, access.today().getYear(), cases.nextCaseNumber());
    }

    /** Changes where letters go and, for a young person, who their parent or guardian is. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public void changeDetails(String reference, long expectedVersion, String letterAddress, boolean youngPerson,
                              String guardianName, String guardianAddress) {
        EscalationCase c = access.requireOpen(reference);
        access.checkVersion(c, expectedVersion);
        List<FieldError> errors = new ArrayList<>();
        boolean young = youngPerson && !c.isBody();
        checkDetails(letterAddress, young, guardianName, guardianAddress, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        c.changeDetails(trimToNull(letterAddress), young, trimToNull(guardianName), trimToNull(guardianAddress));
        access.flush();
        history.record(c, access.actor(), "DETAILS_CHANGED", young
                ? "Letter address and parent or guardian recorded" : "Letter address recorded");
    }

    /**
     * The officer confirms that they have checked the person is 16 or over, when the date of birth is not known:
     * without it (or a date of birth) no CPW or CPN can be proposed (s43(1)). A date of birth on record decides alone.
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR', 'PARTNER')")
    @Transactional
    public void confirmAgeSixteenOrOver(String reference, long expectedVersion, String how) {
        EscalationCase c = access.requireOpen(reference);
        access.checkVersion(c, expectedVersion);
        if (c.isBody()) {
            throw ValidationException.of("ageConfirmation", "A business or organisation has no age to confirm");
        }
        if (access.person(c).map(Person::getDateOfBirth).isPresent()) {
            throw ValidationException.of("ageConfirmation", "The person's date of birth is recorded: their age on "
                    + "the day is worked out from it");
        }
        if (blank(how)) {
            throw ValidationException.of("ageConfirmation", "Say how you checked that the person is 16 or over");
        }
        if (how.trim().length() > EscalationFieldLimits.NOTE) {
            throw ValidationException.of("ageConfirmation", "At most " + EscalationFieldLimits.NOTE + " characters");
        }
        c.confirmAge(access.actor(), access.now());
        access.flush();
        history.record(c, access.actor(), "AGE_CONFIRMED", "Confirmed the person is 16 or over: " + how.trim());
    }

    private static void checkDetails(String letterAddress, boolean young, String guardianName, String guardianAddress,
                                     List<FieldError> errors) {
        if (letterAddress != null && letterAddress.trim().length() > EscalationFieldLimits.ADDRESS) {
            errors.add(new FieldError("letterAddress", "At most " + EscalationFieldLimits.ADDRESS + " characters"));
        }
        if (young && blank(guardianName)) {
            errors.add(new FieldError("guardianName", "A young person's letters also go to a parent or guardian: enter their name"));
        } else if (guardianName != null && guardianName.trim().length() > EscalationFieldLimits.NAME) {
            errors.add(new FieldError("guardianName", "At most " + EscalationFieldLimits.NAME + " characters"));
        }
        if (young && blank(guardianAddress)) {
            errors.add(new FieldError("guardianAddress", "Enter the parent's or guardian's address"));
        } else if (guardianAddress != null && guardianAddress.trim().length() > EscalationFieldLimits.ADDRESS) {
            errors.add(new FieldError("guardianAddress", "At most " + EscalationFieldLimits.ADDRESS + " characters"));
        }
    }

    /** Shares the case with a partner agency, with the reason; its officers can then see it and report breaches. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public void share(String reference, String agencyCode, String reason) {
        EscalationCase c = access.requireReadable(reference);
        List<FieldError> errors = new ArrayList<>();
        if (!access.agencyExists(agencyCode)) {
            errors.add(new FieldError("agencyCode", "Choose the agency to share the case with"));
        }
        if (blank(reason)) {
            errors.add(new FieldError("shareReason", "Say why the agency needs to see the case"));
        } else if (reason.trim().length() > EscalationFieldLimits.SHARE_REASON) {
            errors.add(new FieldError("shareReason", "At most " + EscalationFieldLimits.SHARE_REASON + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!shares.existsByCaseIdAndAgencyCode(c.getId(), agencyCode)) {
            shares.save(new CaseShare(c.getId(), agencyCode, reason.trim(), access.now(), access.actor()));
            history.record(c, access.actor(), "SHARED", "Shared with " + agencyCode + ": " + reason.trim());
        }
    }

    /**
     * De-escalation: the subject's behaviour has improved, so they stand lower on the ladder (or off it), with the
     * reason. What was waited for ends and a watch period starts.
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public void deEscalate(String reference, long expectedVersion, String toStageCode, String reason) {
        EscalationCase c = access.requireOpen(reference);
        access.checkVersion(c, expectedVersion);
        List<FieldError> errors = new ArrayList<>();
        int current = access.findStage(c.getLadderStageCode()).map(EscalationStage::getStageOrder).orElse(0);
        Optional<EscalationStage> target = access.findStage(toStageCode);
        if (current == 0) {
            errors.add(new FieldError("deEscalateTo", "Nothing has been issued on this case yet"));
        } else if (toStageCode != null && (target.isEmpty() || target.get().getStageOrder() >= current)) {
            errors.add(new FieldError("deEscalateTo", "Choose a stage below "
                    + access.stageLabel(c.getLadderStageCode()) + ", or none"));
        }
        if (blank(reason)) {
            errors.add(new FieldError("deEscalateReason", "Give the reason for de-escalating"));
        } else if (reason.trim().length() > EscalationFieldLimits.NOTE) {
            errors.add(new FieldError("deEscalateReason", "At most " + EscalationFieldLimits.NOTE + " characters"));
        }
        if (errors.isEmpty() && !process.canReceive(reference, MESSAGE_DE_ESCALATED)) {
            errors.add(new FieldError("deEscalateReason", "De-escalation is recorded while the case waits after an "
                    + "issue; finish the step in hand first"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String from = access.stageLabel(c.getLadderStageCode());
        WaitPlan plan = new WaitPlan(WaitKind.WATCH, null, null, null, access.today().plusDays(watchDays), false);
        c.deEscalate(toStageCode, plan.watchUntil());
        access.flush();
        history.record(c, access.actor(), "DE_ESCALATED", "De-escalated from " + from + " to "
                + access.stageLabel(toStageCode) + ": " + reason.trim() + "; watch period until " + plan.watchUntil());
        process.deEscalated(reference, plan);
    }

    /** Closes the case with a reason, wherever it stands; a proposal still waiting, or a step not served, is withdrawn. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    @Transactional
    public void close(String reference, long expectedVersion, String reason) {
        EscalationCase c = access.requireOpen(reference);
        access.checkVersion(c, expectedVersion);
        if (blank(reason)) {
            throw ValidationException.of("closeReason", "Give the reason for closing the case");
        }
        if (reason.trim().length() > EscalationFieldLimits.NOTE) {
            throw ValidationException.of("closeReason", "At most " + EscalationFieldLimits.NOTE + " characters");
        }
        // A step not yet served is withdrawn with the case: an approved notice never served never took effect.
        steps.findPending(c.getId(), List.of(StepStatus.PROPOSED, StepStatus.RETURNED, StepStatus.APPROVED))
                .ifPresent(EscalationStep::withdraw);
        c.close(reason.trim(), access.now(), access.actor());
        access.flush();
        history.record(c, access.actor(), "CLOSED", "Case closed: " + reason.trim());
        process.closed(reference);
    }

    private boolean isYoung(Person person) {
        return person.getDateOfBirth() != null && Period.between(person.getDateOfBirth(), access.today()).getYears() < 18;
    }
}
