package org.csucasework.marac;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csucasework.actions.ActionOwner;
import org.csucasework.actions.ActionService;
import org.csucasework.audit.AuditRecordType;
import org.csucasework.audit.AuditTrail;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseRef;
import org.csucasework.intake.Report;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportSummary;
import org.csucasework.marac.internal.AgendaItemRepository;
import org.csucasework.marac.internal.MaracMeetingRepository;
import org.csucasework.marac.internal.MaracReferralRepository;
import org.csucasework.marac.process.ReferralProcess;
import org.csucasework.notifications.NotificationRequested;
import org.csucasework.people.PeopleService;
import org.csucasework.people.Person;
import org.csucasework.people.PersonDetails;
import org.csucasework.reference.MaracCriterion;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.reference.ReferenceType;
import org.csucasework.security.CurrentUser;
import org.csucasework.security.UserService;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.InputRules;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.shared.ValidationException;
import org.csucasework.tasking.ReportReferred;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Community MARAC referrals from draft to the chair's screening, and the case page, always as the signed-in user and
 * within what they may see ({@link MaracAccess}): a referral someone may not see is "not found" for them. Each
 * referral runs its process ({@link ReferralProcess}); an accepted one goes on the agenda of the next meeting whose
 * referral deadline has not passed ({@link MaracMeetingService}).
 *
 * <p>Issue 8: every opening and change of a referral or case is written to the {@link AuditTrail} (by reference,
 * with the kind of change, never the free text), and so is every attempt to open one the user may not see.
 */
@Service
public class MaracReferralService {

    /** References look like MARAC-2026-0001: the year the referral was drafted and a number unique across years. */
    static final String REFERENCE_FORMAT = "MARAC-%d-%04d";
    static final int LIST_LIMIT = 500;
    static final String NOTIFICATION_KIND = "MARAC_SCREENED";

    private final MaracReferralRepository referrals;
    private final CaseHistory events;
    private final AgendaItemRepository agendaItems;
    private final MaracMeetingRepository meetings;
    private final MaracAccess access;
    private final MaracMeetingService meetingService;
    private final ReportService reports;
    private final PeopleService people;
    private final MaracSubjects subjects;
    private final ReferenceDataService referenceData;
    private final UserService users;
    private final ActionService actions;
    private final ReferralProcess process;
    private final ApplicationEventPublisher publisher;
    private final AuditTrail audit;
    private final EarlierReferrals earlierReferrals;
    private final ReferralDrafts drafts;
    private final Clock clock;

    MaracReferralService(MaracReferralRepository referrals, CaseHistory events,
                         AgendaItemRepository agendaItems, MaracMeetingRepository meetings, MaracAccess access,
                         MaracMeetingService meetingService, ReportService reports, PeopleService people,
                         MaracSubjects subjects,
                         ReferenceDataService referenceData, UserService users, ActionService actions,
                         ReferralProcess process, ApplicationEventPublisher publisher, AuditTrail audit,
                         EarlierReferrals earlierReferrals, ReferralDrafts drafts, Clock clock) {
        this.earlierReferrals = earlierReferrals;
        this.drafts = drafts;
        this.referrals = referrals;
        this.events = events;
        this.agendaItems = agendaItems;
        this.meetings = meetings;
        this.access = access;
        this.meetingService = meetingService;
        this.reports = reports;
        this.people = people;
        this.subjects = subjects;
        this.referenceData = referenceData;
        this.users = users;
        this.actions = actions;
        this.process = process;
        this.publisher = publisher;
        this.audit = audit;
        this.clock = clock;
    }

    // --- Drafting and submitting --------------------------------------------------------------------------------

    /** A new, empty referral; from a report, with the report among those to bring. */
    @Transactional(readOnly = true)
    public ReferralDraft newDraft(String reportReference) {
        requireReferrer();
        ReferralDraft draft = new ReferralDraft();
        if (reportReference != null && !reportReference.isBlank()) {
            draft.getReportReferences().add(reports.requireReadable(reportReference.trim()).getReference());
        }
        return draft;
    }

    /** The referral as a draft for its form: only its referrer amends it, while it is a draft or more is asked. */
    @Transactional(readOnly = true)
    public ReferralDraft draftOf(String reference) {
        CurrentUser user = users.requireCurrentUser();
        MaracReferral referral = requireVisible(reference, user);
        if (!access.isReferrer(user, referral)) {
            throw new AccessDeniedException("Only the referrer amends a referral");
        }
        audit.viewed(AuditRecordType.MARAC_REFERRAL, referral.getReference());
        ReferralDraft draft = new ReferralDraft();
        draft.setReference(referral.getReference());
        draft.setVersion(referral.getVersion());
        draft.setSubjectKind(referral.getSubjectKind());
        draft.setFamilyName(referral.getFamilyName());
        List<Person> subjects = referral.getPersonIds().stream().map(id -> people.person(id).orElse(null))
                .filter(p -> p != null).toList();
        if (!subjects.isEmpty()) {
            draft.setPersonId(subjects.get(0).getId());
            draft.setPersonName(subjects.get(0).getFullName());
            draft.setPersonDateOfBirth(subjects.get(0).getDateOfBirth());
            draft.setOtherMembers(subjects.stream().skip(1).map(Person::getFullName).toList());
        }
        draft.setCriteria(referral.getCriteria());
        draft.setRiskSummary(referral.getRiskSummary());
        draft.setHistoryToBring(referral.getHistoryToBring());
        draft.setReportReferences(reports.summaries(new ArrayList<>(referral.getReportIds())).stream()
                .map(ReportSummary::reference).toList());
        draft.setLawfulBasis(referral.getLawfulBasis());
        draft.setLawfulBasisNote(referral.getLawfulBasisNote());
        return draft;
    }

    /** Saves the referral as a draft to finish later: only what was entered is checked (lengths, known codes). */
    @Transactional
    public ReferralSummary saveDraft(ReferralDraft draft) {
        CurrentUser user = requireReferrer();
        ReferralDrafts.Checked checked = drafts.check(draft, false);
        MaracReferral referral = draft.getReference() == null ? create(user, null)
                : requireAmendable(draft.getReference(), draft.getVersion(), user);
        drafts.apply(referral, draft, checked);
        save(referral);
        audit.changed(AuditRecordType.MARAC_REFERRAL, referral.getReference(), "DRAFT_SAVED");
        return summary(referral).withEarlierReferrals(earlierReferrals.about(referral.getPersonIds(),
                checked.people(), referral.getReference(), user));
    }

    /**
     * Submits the referral to the chair (new, a saved draft, or amended after the chair asked for more). A subject,
     * at least one criterion, the risk and vulnerability summary and the lawful basis are required; every problem is
     * reported at once, at its field, and nothing is saved then.
     */
    @Transactional
    public ReferralSummary submit(ReferralDraft draft) {
        CurrentUser user = requireReferrer();
        ReferralDrafts.Checked checked = drafts.check(draft, true);
        MaracReferral referral = draft.getReference() == null ? create(user, null)
                : requireAmendable(draft.getReference(), draft.getVersion(), user);
        drafts.apply(referral, draft, checked);
        boolean resubmission = referral.getStatus() == ReferralStatus.MORE_INFORMATION_REQUESTED;
        referral.submit(clock.instant());
        save(referral);
        audit.changed(AuditRecordType.MARAC_REFERRAL, referral.getReference(),
                resubmission ? "RESUBMITTED" : "SUBMITTED");
        event(referral, user.username(), resubmission ? "RESUBMITTED" : "SUBMITTED",
                (resubmission ? "Amended and resubmitted by " : "Submitted by ") + user.fullName() + " ("
                        + user.agencyName() + ")");
        process.submitted(referral.getReference());
        publisher.publishEvent(NotificationRequested.toRole(Role.MARAC_CHAIR, null, "MARAC_REFERRAL_SUBMITTED",
                "Community MARAC referral " + referral.getReference() + " awaits screening", referral.getReference(),
                "marac/screening", null));
        List<EarlierReferral> earlier = earlierReferrals.about(referral.getPersonIds(), checked.people(),
                referral.getReference(), user);
        if (!earlier.isEmpty()) {
            // For the chair, who screens it: in the referral's MARAC history, with every reference (members see all).
            event(referral, user.username(), "ALREADY_REFERRED", earlierReferrals.about(referral.getPersonIds(),
                    checked.people(), referral.getReference(), null).stream().map(EarlierReferral::warning)
                    .reduce((a, b) -> a + " " + b).orElse(""));
        }
        return summary(referral).withEarlierReferrals(earlier);
    }

    /**
     * The daily tasking referred a report to the Community MARAC: a draft referral by the user who referred it, with
     * the report to bring and the person named (if any) as the subject, for the referrer to complete and submit.
     * Runs inside the tasking's transaction.
     */
    @Transactional
    void referredFromTasking(ReportReferred referred) {
        CurrentUser user = users.requireCurrentUser();
        Report report = reports.requireReadable(referred.reportId());
        MaracReferral referral = create(user, report.getId());
        if (referred.personId() != null) {
            referral.describe(MaracSubjectKind.PERSON, null, List.of(referred.personId()), Set.of(),
                    Set.of(report.getId()), null, null, null, null);
        }
        save(referral);
        audit.changed(AuditRecordType.MARAC_REFERRAL, referral.getReference(), "DRAFTED_FROM_TASKING from report "
                + report.getReference());
        event(referral, user.username(), "DRAFTED_FROM_TASKING", "Referred by the daily tasking from report "
                + report.getReference() + ": to be completed and submitted by " + user.fullName());
    }

    private MaracReferral create(CurrentUser user, Long sourceReportId) {
        Instant now = clock.instant();
        String reference = String.format(REFERENCE_FORMAT, now.atZone(ReferralProcess.ZONE).getYear(),
                referrals.nextReferralNumber());
        MaracReferral referral = referrals.saveAndFlush(new MaracReferral(reference, user.username(),
                user.agencyCode(), sourceReportId, now));
        audit.created(AuditRecordType.MARAC_REFERRAL, reference, null);
        event(referral, user.username(), "DRAFTED", "Drafted by " + user.fullName() + " (" + user.agencyCode() + ")");
        process.start(reference, referral.getId(), user.username());
        return referral;
    }

    private MaracReferral requireAmendable(String reference, Long version, CurrentUser user) {
        MaracReferral referral = referrals.findByReferenceForUpdate(reference)
                .filter(r -> visibleOrRefused(user, r))
                .orElseThrow(() -> new NotFoundException("No MARAC referral " + reference));
        if (!access.isReferrer(user, referral)) {
            throw new AccessDeniedException("Only the referrer amends a referral");
        }
        if (!referral.getStatus().editable()) {
            throw new ConflictException(reference + " is " + referral.getStatus().label().toLowerCase()
                    + ": it can no longer be changed");
        }
        if (version != null && version != referral.getVersion()) {
            throw new ConflictException("Someone else changed " + reference + " at the same time. Reload it and "
                    + "try again.");
        }
        return referral;
    }

    /**
     * The open referrals about the person being named on the form (the record chosen, or look-alikes of the name
     * and date of birth typed), other than the referral being edited: the form warns and links them.
     */
    @Transactional(readOnly = true)
    public List<EarlierReferral> earlierReferrals(Long personId, String personName, java.time.LocalDate dateOfBirth,
                                                  String exceptReference) {
        CurrentUser user = requireReferrer();
        String name = blankToNull(personName);
        return earlierReferrals.about(personId == null ? List.of() : List.of(personId),
                name == null ? List.of() : List.of(new PersonDetails(personId, name, dateOfBirth, null, null, null)),
                exceptReference, user);
    }

    // --- Screening ---------------------------------------------------------------------------------------------

    /** Referrals waiting for the chair's screening, oldest first. */
    @Transactional(readOnly = true)
    public List<ReferralSummary> screeningQueue() {
        if (!access.isMember(users.requireCurrentUser())) {
            return List.of();
        }
        requireChair(null);
        return referrals.findByStatusOrderBySubmittedAtAsc(ReferralStatus.SUBMITTED).stream().map(this::summary)
                .toList();
    }

    /** The chair accepts: the case goes on the agenda of the next meeting whose referral deadline has not passed. */
    @Transactional
    public ReferralSummary accept(String reference, String note) {
        CurrentUser user = requireChair(reference);
        MaracReferral referral = requireScreenable(reference, user);
        checkText(note, "note", MaracFieldLimits.NOTE, null, null);
        referral.screen(ReferralStatus.ON_LIST, blankToNull(note), clock.instant(), user.username());
        save(referral);
        MaracMeeting meeting = meetingService.placeOnNextAgenda(referral);
        audit.changed(AuditRecordType.MARAC_REFERRAL, reference, "ACCEPTED for the meeting on "
                + meeting.getMeetingDate());
        event(referral, user.username(), "ACCEPTED", "Accepted by " + user.fullName() + " for the meeting on "
                + meeting.getMeetingDate() + (blankToNull(note) == null ? "" : ": " + note.trim()));
        process.screened(reference, CommunityMaracProcess.ACCEPT, meeting.getMeetingDate());
        return summary(referral);
    }

    /** The chair declines, with the reason; the referrer is told. */
    @Transactional
    public ReferralSummary decline(String reference, String reason) {
        CurrentUser user = requireChair(reference);
        MaracReferral referral = requireScreenable(reference, user);
        checkText(reason, "reason", MaracFieldLimits.NOTE, "Give the reason for declining the referral", null);
        referral.screen(ReferralStatus.DECLINED, reason.trim(), clock.instant(), user.username());
        save(referral);
        audit.changed(AuditRecordType.MARAC_REFERRAL, reference, "DECLINED");
        event(referral, user.username(), "DECLINED", "Declined by " + user.fullName() + ": " + reason.trim());
        process.screened(reference, CommunityMaracProcess.DECLINE, null);
        return summary(referral);
    }

    /** The chair asks the referrer for more information; the referrer amends the referral and resubmits it. */
    @Transactional
    public ReferralSummary requestMoreInformation(String reference, String whatIsNeeded) {
        CurrentUser user = requireChair(reference);
        MaracReferral referral = requireScreenable(reference, user);
        checkText(whatIsNeeded, "reason", MaracFieldLimits.NOTE, "Say what more information is needed", null);
        referral.screen(ReferralStatus.MORE_INFORMATION_REQUESTED, whatIsNeeded.trim(), clock.instant(),
                user.username());
        save(referral);
        audit.changed(AuditRecordType.MARAC_REFERRAL, reference, "MORE_INFORMATION_REQUESTED");
        event(referral, user.username(), "MORE_INFORMATION_REQUESTED", "More information asked by "
                + user.fullName() + ": " + whatIsNeeded.trim());
        process.screened(reference, CommunityMaracProcess.MORE_INFORMATION, null);
        return summary(referral);
    }

    private MaracReferral requireScreenable(String reference, CurrentUser user) {
        MaracReferral referral = referrals.findByReferenceForUpdate(reference).filter(r -> visibleOrRefused(user, r))
                .orElseThrow(() -> new NotFoundException("No MARAC referral " + reference));
        if (referral.getStatus() != ReferralStatus.SUBMITTED) {
            throw new ConflictException(reference + " is no longer waiting for screening: it is "
                    + referral.getStatus().label().toLowerCase());
        }
        return referral;
    }

    /** Called by the process after the screening: the referrer hears the outcome (reference only, no names). */
    @Transactional
    public void tellReferrerOfScreening(Long referralId) {
        referrals.findById(referralId).ifPresent(referral -> publisher.publishEvent(NotificationRequested.toUsers(
                Set.of(referral.getReferrerUsername()), NOTIFICATION_KIND, "Community MARAC referral "
                        + referral.getReference() + ": " + referral.getStatus().label().toLowerCase(),
                referral.getReference(), "marac/cases/" + referral.getReference(),
                NOTIFICATION_KIND + ":" + referral.getId() + ":" + referral.getSubmissions() + ":"
                        + referral.getStatus())));
    }

    // --- Reading -----------------------------------------------------------------------------------------------

    /**
     * The referrals and cases the signed-in user may see, newest first: for members every referral submitted and
     * every case, plus their own; for anyone else only their own referrals. Optionally only some statuses.
     */
    @Transactional(readOnly = true)
    public List<ReferralSummary> list(Set<ReferralStatus> statuses) {
        CurrentUser user = users.requireCurrentUser();
        Set<ReferralStatus> wanted = statuses == null || statuses.isEmpty() ? EnumSet.allOf(ReferralStatus.class)
                : EnumSet.copyOf(statuses);
        Map<Long, MaracReferral> found = new LinkedHashMap<>();
        PageRequest page = PageRequest.of(0, LIST_LIMIT);
        if (access.isMember(user)) {
            Set<ReferralStatus> shared = EnumSet.copyOf(wanted);
            shared.remove(ReferralStatus.DRAFT);
            if (!shared.isEmpty()) {
                referrals.findByStatusInOrderByIdDesc(shared, page).forEach(r -> found.put(r.getId(), r));
            }
        }
        referrals.findByReferrerUsernameOrderByIdDesc(user.username(), page).stream()
                .filter(r -> wanted.contains(r.getStatus())).forEach(r -> found.put(r.getId(), r));
        return found.values().stream().sorted(Comparator.comparing(MaracReferral::getId).reversed())
                .map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public ReferralSummary summary(String reference) {
        return summary(requireVisible(reference, users.requireCurrentUser()));
    }

    /** The referral or case with its whole MARAC history. */
    @Transactional(readOnly = true)
    public ReferralPage page(String reference) {
        CurrentUser user = users.requireCurrentUser();
        MaracReferral referral = requireVisible(reference, user);
        audit.viewed(AuditRecordType.MARAC_REFERRAL, referral.getReference());
        List<ReportSummary> visibleReports = reports.summaries(new ArrayList<>(referral.getReportIds()));
        Map<Long, MaracMeeting> meetingsById = new LinkedHashMap<>();
        List<ReferralPage.Discussion> discussions = agendaItems.findByReferralIdOrderById(referral.getId()).stream()
                .map(item -> {
                    MaracMeeting meeting = meetingsById.computeIfAbsent(item.getMeetingId(),
                            id -> meetings.findById(id).orElseThrow());
                    return new ReferralPage.Discussion(meeting.getId(), meeting.getMeetingDate(), item.isCarriedOver(),
                            item.getDecision(), item.getDecisionNote());
                }).toList();
        boolean member = access.isMember(user);
        return new ReferralPage(summary(referral), subjects.peopleOf(referral), referral.getFamilyName(),
                List.copyOf(referral.getCriteria()), referral.getRiskSummary(), referral.getHistoryToBring(),
                referral.getLawfulBasis(), referral.getLawfulBasisNote(), visibleReports,
                referral.getReportIds().size() - visibleReports.size(), referral.getScreenedBy(),
                referral.getScreenedAt(), referral.getScreeningNote(), referral.getCloseReason(), discussions,
                member || access.isReferrer(user, referral) ? actions.actionsOf(owner(referral)) : List.of(),
                // The MARAC history is for members only: a referrer sees their referral, not the meeting's record.
                member ? events.entriesOldestFirst(CaseRef.maracReferral(referral.getId())).stream()
                        .map(e -> new ReferralPage.HistoryEntry(e.at(), e.actor(), e.code(), e.text())).toList()
                        : List.of(),
                new ReferralPage.Permissions(access.isReferrer(user, referral) && referral.getStatus().editable(),
                        access.isChair(user) && referral.getStatus() == ReferralStatus.SUBMITTED),
                subjects.markedPeopleOf(referral));
    }

    /** The MARAC criteria to tick, as the reference data lists them. */
    @Transactional(readOnly = true)
    public List<MaracCriterion> criteria() {
        return referenceData.list(ReferenceType.MARAC_CRITERIA).stream().filter(MaracCriterion::isActive).toList();
    }

    /**
     * The id of a referral whose MARAC history the signed-in user may see: members only, and not a draft (the
     * referrer's own drafts have no history worth sharing); otherwise "not found", with the refusal audited.
     */
    @Transactional(readOnly = true)
    Long historyVisibleTo(String reference) {
        CurrentUser user = users.requireCurrentUser();
        MaracReferral referral = requireVisible(reference, user);
        if (!access.isMember(user) || referral.getStatus() == ReferralStatus.DRAFT) {
            audit.refused(AuditRecordType.MARAC_REFERRAL, referral.getReference(), "Not a MARAC member: history");
            throw new NotFoundException("No MARAC referral " + reference);
        }
        return referral.getId();
    }

    /** For the case page: the referral's id when the signed-in user (a member) sees its history, else empty. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> historyCase(String reference) {
        CurrentUser user = users.requireCurrentUser();
        return referrals.findByReference(reference == null ? "" : reference.trim())
                .filter(r -> access.isMember(user) && access.canSee(user, r) && r.getStatus() != ReferralStatus.DRAFT)
                .map(MaracReferral::getId);
    }

    MaracReferral requireVisible(String reference, CurrentUser user) {
        return referrals.findByReference(reference == null ? "" : reference.trim())
                .filter(r -> visibleOrRefused(user, r))
                .orElseThrow(() -> new NotFoundException("No MARAC referral " + reference));
    }

    /**
     * Whether the user may see the referral; one that exists but is not theirs to see answers "not found", and the
     * attempt is an audited refusal.
     */
    private boolean visibleOrRefused(CurrentUser user, MaracReferral referral) {
        if (access.canSee(user, referral)) {
            return true;
        }
        audit.refused(AuditRecordType.MARAC_REFERRAL, referral.getReference(), access.isMember(user)
                ? "A draft of another referrer" : "Not a MARAC member or the referrer");
        return false;
    }

    ReferralSummary summary(MaracReferral referral) {
        java.time.LocalDate next = referral.getStatus() == ReferralStatus.ON_LIST
                ? meetingService.nextMeetingOf(referral.getId()).orElse(null) : null;
        return subjects.summary(referral, next);
    }

    static ActionOwner owner(MaracReferral referral) {
        return ActionOwner.communityMarac(referral.getId(), referral.getReference());
    }

    private CurrentUser requireReferrer() {
        CurrentUser user = users.requireCurrentUser();
        if (!access.canRefer(user)) {
            throw new AccessDeniedException("Officers of the partner agencies refer cases to the Community MARAC");
        }
        return user;
    }

    /** The chair, for screening {@code reference} (null: the queue); a non-member's attempt is an audited refusal. */
    private CurrentUser requireChair(String reference) {
        CurrentUser user = users.requireCurrentUser();
        if (!access.isMember(user)) {
            audit.refused(AuditRecordType.MARAC_REFERRAL, reference, "Not a MARAC member: screening refused");
            // Not a member: no hint that there is anything to screen.
            throw new NotFoundException("No such MARAC referral");
        }
        if (!access.isChair(user)) {
            throw new AccessDeniedException("Only the MARAC chair screens referrals");
        }
        return user;
    }

    private void save(MaracReferral referral) {
        try {
            referrals.saveAndFlush(referral);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("Someone else changed " + referral.getReference()
                    + " at the same time. Reload it and try again.");
        }
    }

    private void event(MaracReferral referral, String actor, String kind, String detail) {
        events.record(CaseRef.maracReferral(referral.getId()), actor, kind, detail);
    }

    /** Adds an error when the text is missing (and {@code missing} says so) or too long; throws when no list. */
    static void checkText(String text, String field, int limit, String missing, List<FieldError> errors) {
        FieldError error = null;
        if (text == null || text.isBlank()) {
            if (missing != null) {
                error = new FieldError(field, missing);
            }
        } else if (text.trim().length() > limit) {
            error = new FieldError(field, "At most " + limit + " characters");
        } else if (InputRules.hasNul(text)) {
            error = new FieldError(field, InputRules.NUL_MESSAGE);
        }
        if (error != null) {
            if (errors == null) {
                throw new ValidationException(List.of(error));
            }
            errors.add(error);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
