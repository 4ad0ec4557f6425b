package org.csucasework.escalation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.escalation.AppealResult;
import org.csucasework.escalation.LadderRules;
import org.csucasework.escalation.LegalOutcomeRules;
import org.csucasework.escalation.process.CaseProcess;
import org.csucasework.people.PeopleService;
import org.csucasework.people.Person;
import org.csucasework.reference.EscalationStage;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What every service of the ladder needs before it acts: who is signed in, which cases they may see (a partner
 * officer only those shared with their agency, and "not found" for the rest, exactly like a case that does not
 * exist), version checks, the ladder's stages, the day in the district, and whom a case is about.
 */
@Component
public class CaseAccess {

    private final EscalationCaseRepository cases;
    private final EscalationStepRepository steps;
    private final AppealRepository appeals;
    private final CaseShareRepository shares;
    private final CaseReportRepository caseReports;
    private final PeopleService people;
    private final ReferenceDataService referenceData;
    private final UserService users;
    private final AuditTrail audit;
    private final Clock clock;
    private final Set<String> authorisedAgencies;
    private final Set<String> csuAgencies;

    CaseAccess(EscalationCaseRepository cases, EscalationStepRepository steps, AppealRepository appeals,
               CaseShareRepository shares,
               CaseReportRepository caseReports, PeopleService people, ReferenceDataService referenceData,
               UserService users, AuditTrail audit, Clock clock,
               @Value("${casework.escalation.authorised-agencies:KENT_POLICE,BTP,WKHA}") Set<String> authorisedAgencies,
               @Value("${casework.escalation.csu-agencies:SDC_CSU}") Set<String> csuAgencies) {
        this.caseReports = caseReports;
        this.csuAgencies = Set.copyOf(csuAgencies);
        this.authorisedAgencies = Set.copyOf(authorisedAgencies);
        this.cases = cases;
        this.steps = steps;
        this.appeals = appeals;
        this.shares = shares;
        this.people = people;
        this.referenceData = referenceData;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public CurrentUser user() {
        return users.requireCurrentUser();
    }

    public Optional<CurrentUser> currentUser() {
        return users.currentUser();
    }

    public Optional<CurrentUser> findUser(String username) {
        return users.findByUsername(username);
    }

    public String actor() {
        return users.currentUser().map(CurrentUser::username).orElse("system");
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(CaseProcess.ZONE));
    }

    /**
     * Refuses to enforce a notice the court quashed on appeal (s46): nothing can follow its breach, whatever was
     * reported. The refusal is at {@code field}, the first field of the enforcement asked for.
     */
    public void refuseIfQuashed(EscalationStep notice, String field) {
        if (appeals.existsByStepIdAndResult(notice.getId(), AppealResult.QUASHED)) {
            throw ValidationException.of(field, "The court quashed this Community Protection Notice on appeal (s46): "
                    + "it cannot be enforced");
        }
    }

    /**
     * Whether the user is the CSU's staff: a caseworker, supervisor or administrator of the CSU's own agency
     * ({@code casework.escalation.csu-agencies}, or of none). A user of any other agency is a partner's, whatever their
     * role: a police sergeant with the supervisor role is still the police's.
     */
    public boolean isCsu(CurrentUser user) {
        return user.hasAny(Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN) && isCsuAgency(user.agencyCode());
    }

    /** Whether an agency is the CSU's own (a user with no agency is the CSU's: administrators set up so). */
    public boolean isCsuAgency(String agencyCode) {
        return agencyCode == null || csuAgencies.contains(agencyCode);
    }

    /**
     * The CSU's staff see every case; a partner agency's officers and supervisors only the cases of their agency:
     * those shared with it, which every case an officer of the agency opened is at once (and an officer proposes only
     * on a case they can read). Analysts see the figures, not the cases: they do not need a person's letters.
     */
    public boolean canRead(CurrentUser user, EscalationCase c) {
        return isCsu(user) || (readsAgencyCases(user) && shares.existsByCaseIdAndAgencyCode(c.getId(), user.agencyCode()));
    }

    /** A partner agency's user who reads their agency's cases: an officer, or one with a CSU role at the agency. */
    public boolean readsAgencyCases(CurrentUser user) {
        return !isCsu(user) && user.agencyCode() != null
                && user.hasAny(Role.PARTNER, Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN);
    }

    /**
     * Partner officers of an agency authorised under s53 (police; social landlords the council designated; as
     * configured) may open cases and propose CPWs and CPNs; officers of other agencies only see what is shared.
     */
    public boolean isAuthorisedPartner(CurrentUser user) {
        return user.has(Role.PARTNER) && isAuthorisedAgency(user.agencyCode());
    }

    /** Whether an agency is authorised under s53 (configured: casework.escalation.authorised-agencies). */
    public boolean isAuthorisedAgency(String agencyCode) {
        return agencyCode != null && authorisedAgencies.contains(agencyCode);
    }

    public void requireCsuOrAuthorisedPartner(CurrentUser user, String what) {
        if (!isCsu(user) && !isAuthorisedPartner(user)) {
            audit.refused(AuditRecordType.ESCALATION_CASE, "-", what + ": agency " + user.agencyCode()
                    + " is not authorised under s53");
            throw new AccessDeniedException("Only the CSU and authorised partner agencies may " + what);
        }
    }

    /** Links a report to the case once (evidence, referral, further report, breach). */
    public void linkReport(EscalationCase c, Long reportId, CaseReport.How how, String actor) {
        if (!caseReports.existsByCaseIdAndReportId(c.getId(), reportId)) {
            caseReports.save(new CaseReport(c.getId(), reportId, how, clock.instant(), actor));
        }
    }

    /** The case if the user may see it; otherwise "not found", exactly like a case that does not exist. */
    public EscalationCase requireReadable(String reference) {
        CurrentUser user = user();
        Optional<EscalationCase> found = cases.findByReference(reference == null ? "" : reference.trim());
        if (found.isPresent() && !canRead(user, found.get())) {
            audit.refused(AuditRecordType.ESCALATION_CASE, found.get().getReference(), "Not shared with "
                    + user.agencyCode());
        }
        return found.filter(c -> canRead(user, c))
                .orElseThrow(() -> new NotFoundException("No escalation case " + reference));
    }

    public EscalationCase requireOpen(String reference) {
        EscalationCase c = requireReadable(reference);
        if (!c.isOpen()) {
            throw ValidationException.of("case", "Case " + c.getReference() + " is closed");
        }
        return c;
    }

    /** A step of a case the signed-in user may see (the process, signed in as nobody, sees every step). */
    public EscalationStep requireStep(Long stepId) {
        EscalationStep step = (stepId == null ? Optional.<EscalationStep>empty() : steps.findById(stepId))
                .orElseThrow(() -> new NotFoundException("No such step"));
        if (users.currentUser().isPresent()) {
            requireReadable(caseOf(step).getReference());
        }
        return step;
    }

    public EscalationCase caseOf(EscalationStep step) {
        return byId(step.getCaseId());
    }

    public EscalationCase byId(Long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new NotFoundException("No such case"));
    }

    public void checkVersion(EscalationCase c, long expected) {
        if (c.getVersion() != expected) {
            throw new ConflictException("Someone else changed case " + c.getReference()
                    + " while you were working on it. Reload it and try again.");
        }
    }

    public void checkVersion(EscalationStep s, long expected) {
        if (s.getVersion() != expected) {
            throw new ConflictException("Someone else changed this proposal while you were working on it. "
                    + "Reload the case and try again.");
        }
    }

    /** Writes pending changes now, so that a concurrent change is a clear conflict rather than a lost update. */
    public void flush() {
        try {
            cases.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("Someone else changed this case while you were working on it. "
                    + "Reload it and try again.");
        }
    }

    // --- The ladder's stages -----------------------------------------------------------------------------------------

    public List<EscalationStage> stages() {
        return referenceData.list(ReferenceType.ESCALATION_LADDER);
    }

    public Map<String, EscalationStage> stagesByCode() {
        return stages().stream().collect(Collectors.toMap(EscalationStage::getCode, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    public Optional<EscalationStage> findStage(String code) {
        return code == null ? Optional.empty() : referenceData.findByCode(ReferenceType.ESCALATION_LADDER, code);
    }

    public EscalationStage stage(String code) {
        return findStage(code).orElseThrow(() -> new IllegalStateException("No ladder stage " + code));
    }

    public String stageLabel(String code) {
        return code == null ? "no stage" : findStage(code).map(EscalationStage::getLabel).orElse(code);
    }

    public LadderRules rules() {
        return new LadderRules(stages().stream()
                .map(s -> new LadderRules.Stage(s.getCode(), s.getLabel(), s.getStageOrder())).toList());
    }

    public String districtName() {
        return referenceData.district().getName();
    }

    public Map<String, String> activeAgencies() {
        return referenceData.activeAgencies().stream().collect(Collectors.toMap(a -> a.getCode(), a -> a.getName(),
                (a, b) -> a, LinkedHashMap::new));
    }

    public boolean agencyExists(String code) {
        return code != null && referenceData.agency(code).isPresent();
    }

    // --- Whom a case is about ----------------------------------------------------------------------------------------

    public Optional<Person> person(EscalationCase c) {
        return c.isBody() ? Optional.empty() : people.person(c.getPersonId());
    }

    public Optional<Person> person(Long personId) {
        return people.person(personId);
    }

    /**
     * Whom the case is about, for the rules that turn on being under 18 on a day (an ABA's guardian, the youth
     * provisions of injunctions and orders): the date of birth when known, otherwise what the case records.
     */
    public LegalOutcomeRules.Subject ageSubject(EscalationCase c) {
        return new LegalOutcomeRules.Subject(c.isBody(), person(c).map(Person::getDateOfBirth).orElse(null),
                c.isYoungPerson());
    }

    /** The person's full name, or the body's name. */
    public String subjectName(EscalationCase c) {
        return c.isBody() ? c.getOrganisationName() : people.person(c.getPersonId()).map(Person::getFullName).orElse("");
    }

    // --- Text ------------------------------------------------------------------------------------------------------

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public static String trimToNull(String value) {
        return blank(value) ? null : value.trim();
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
