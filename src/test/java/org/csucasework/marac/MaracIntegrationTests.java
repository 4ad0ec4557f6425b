package org.csucasework.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.csucasework.intake.LoggedReport;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.SubjectRole;
import org.csucasework.people.PersonDetails;
import org.csucasework.reporting.HeadlineFigure;
import org.csucasework.reporting.HeadlineFigureSource;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.ValidationException;
import org.csucasework.support.IntegrationTest;
import org.csucasework.tasking.ReferralKind;
import org.csucasework.tasking.ReportReview;
import org.csucasework.tasking.ReviewDecision;
import org.csucasework.tasking.TaskingMeetingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Community MARAC on the real PostgreSQL database with the whole application: the daily tasking's referral, who sees
 * what (members, referrers, nobody else), bad input and stale changes, the meeting pack and the annual figures.
 */
@IntegrationTest
class MaracIntegrationTests {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    MaracReferralService referrals;
    @Autowired
    MaracMeetingService meetings;
    @Autowired
    ReportService reports;
    @Autowired
    TaskingMeetingService tasking;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    List<HeadlineFigureSource> figureSources;

    private MaracFixtures fixtures;
    private Long taskingMeetingStartedHere;

    @BeforeEach
    void initialise() {
        fixtures = new MaracFixtures(userDetailsService, referrals);
    }

    @AfterEach
    void endMeetingAndSignOut() {
        if (taskingMeetingStartedHere != null) {
            fixtures.runAs("caseworker");
            tasking.end(taskingMeetingStartedHere);
        }
        SecurityContextHolder.clearContext();
    }

    // --- A second referral about someone already referred -----------------------------------------------------

    @Test
    @DisplayName("A second referral about someone on the list comes back with the first; a non-member referrer is told there is one, not which; the chair reads it in the history")
    void aSecondReferralNamesTheFirst() {
        ReferralSummary first = fixtures.accepted("Twice Referred");
        fixtures.runAs("police");
        Long personId = referrals.draftOf(first.reference()).getPersonId();
        ReferralDraft again = fixtures.draft("Twice Referred");
        again.setPersonId(personId);

        ReferralSummary second = referrals.submit(again);

        assertThat(second.earlierReferrals()).singleElement().satisfies(earlier -> {
            assertThat(earlier.reference()).isEqualTo(first.reference());
            assertThat(earlier.samePerson()).isTrue();
            assertThat(earlier.status()).isEqualTo(ReferralStatus.ON_LIST);
            assertThat(earlier.warning()).isEqualTo("Twice Referred " + fixtures.suffix + " is already referred: "
                    + first.reference() + " (On the MARAC list).");
        });
        assertThat(referrals.earlierReferrals(null, "Twice Referred " + fixtures.suffix, null, null))
                .as("the form's warning while the name is typed: a possible match of the name")
                .extracting(EarlierReferral::reference, EarlierReferral::samePerson)
                .contains(org.assertj.core.groups.Tuple.tuple(first.reference(), false));

        fixtures.runAs("caseworker");
        ReferralSummary third = referrals.submit(fixtures.draft("Twice Referred"));
        assertThat(third.earlierReferrals()).as("a non-member learns there is one, not its reference")
                .isNotEmpty().allSatisfy(earlier -> assertThat(earlier.reference()).isNull());

        fixtures.runAs("supervisor");
        assertThat(referrals.page(second.reference()).history())
                .anySatisfy(entry -> assertThat(entry.detail()).contains(first.reference()));
        assertThat(fixtures.submitted("police", "Referred Once").earlierReferrals())
                .as("no warning for someone not referred").isEmpty();
    }

    // --- From the daily tasking --------------------------------------------------------------------------------

    @Test
    @DisplayName("The daily tasking's referral to the Community MARAC starts a draft referral by the referring user, about the person named, with the report to bring")
    void taskingReferralStartsADraft() {
        fixtures.runAs("caseworker");
        String name = "Tasking Referred " + fixtures.suffix;
        LoggedReport report = reports.log(new NewReport(Instant.now().minus(1, ChronoUnit.HOURS), "ASB_NUISANCE",
                "E05005008", null, "MARAC Close " + fixtures.suffix, "SDC_CSU", true, null,
                List.of(new NewReport.Subject(SubjectRole.ALLEGED_PERPETRATOR, PersonDetails.named(name))),
                "Repeated threats to neighbours"), null);
        Long personId = reports.details(report.reference()).subjects().get(0).person().id();

        tasking.review(taskingMeetingId(), new ReportReview(report.reference(), ReviewDecision.REFERRED, List.of(),
                ReferralKind.COMMUNITY_MARAC, personId, "Vulnerable and repeatedly targeted"));

        ReferralSummary draft = referrals.list(Set.of(ReferralStatus.DRAFT)).stream()
                .filter(r -> r.subjectLabel().equals(name)).findFirst().orElseThrow();
        assertThat(draft.referrerUsername()).isEqualTo("caseworker");
        ReferralDraft form = referrals.draftOf(draft.reference());
        assertThat(form.getReportReferences()).containsExactly(report.reference());
        assertThat(form.getPersonId()).isEqualTo(personId);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(draft.reference()).singleResult())
                .satisfies(task -> {
                    assertThat(task.getTaskDefinitionKey()).isEqualTo(CommunityMaracProcess.SUBMIT_REFERRAL);
                    assertThat(task.getAssignee()).isEqualTo("caseworker");
                });
        Map<String, Object> variables = runtime.getVariables(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(draft.reference()).singleResult().getId());
        assertThat(variables).as("ids only in the process").containsOnlyKeys(CommunityMaracProcess.VAR_REFERRAL_ID,
                CommunityMaracProcess.VAR_REFERRER);
        fixtures.runAs("supervisor");
        assertThat(referrals.list(null)).as("a draft is the referrer's alone")
                .extracting(ReferralSummary::reference).doesNotContain(draft.reference());

        fixtures.runAs("caseworker");
        form.setCriteria(Set.of("VULNERABLE_ADULT_YOUNG_PERSON"));
        form.setRiskSummary("Targeted by a group of youths; isolated.");
        form.setLawfulBasis(LawfulBasis.SAFEGUARDING);
        assertThat(referrals.submit(form).status()).isEqualTo(ReferralStatus.SUBMITTED);
        fixtures.runAs("supervisor");
        assertThat(referrals.screeningQueue()).extracting(ReferralSummary::reference).contains(draft.reference());
    }

    // --- Access ------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("Members see cases and meetings; a referrer sees only their own referral; everyone else finds nothing")
    void onlyMembersAndTheReferrerSeeAReferral() {
        ReferralSummary byCaseworker = fixtures.submitted("caseworker", "Own Referral");
        ReferralSummary accepted = fixtures.accepted("Member Only");
        fixtures.runAs("supervisor");
        Long meetingId = referrals.page(accepted.reference()).discussions().get(0).meetingId();

        fixtures.runAs("caseworker");
        assertThat(referrals.page(byCaseworker.reference()).summary().status()).isEqualTo(ReferralStatus.SUBMITTED);
        assertThat(referrals.list(null)).extracting(ReferralSummary::reference)
                .contains(byCaseworker.reference()).doesNotContain(accepted.reference());
        assertThatThrownBy(() -> referrals.page(accepted.reference())).isInstanceOf(NotFoundException.class);

        fixtures.runAs("housing");
        assertThat(referrals.list(null)).extracting(ReferralSummary::reference)
                .doesNotContain(byCaseworker.reference(), accepted.reference());
        assertThatThrownBy(() -> referrals.page(accepted.reference())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> referrals.page(byCaseworker.reference())).isInstanceOf(NotFoundException.class);
        assertThat(meetings.meetings()).isEmpty();
        assertThat(referrals.screeningQueue()).isEmpty();
        assertThatThrownBy(() -> meetings.meeting(meetingId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.pack(meetingId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> referrals.accept(byCaseworker.reference(), null))
                .as("no hint to a non-member").isInstanceOf(NotFoundException.class);

        fixtures.runAs("police");
        assertThat(referrals.list(null)).extracting(ReferralSummary::reference)
                .contains(byCaseworker.reference(), accepted.reference());
        assertThat(meetings.meetings()).extracting(MeetingSummary::id).contains(meetingId);
        assertThat(meetings.meeting(meetingId).canRun()).as("members read, the chair runs").isFalse();
        assertThatThrownBy(() -> referrals.accept(byCaseworker.reference(), null))
                .as("members do not screen").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.decide(meetingId, accepted.reference(), CaseDecision.CLOSE, "no"))
                .isInstanceOf(AccessDeniedException.class);
    }

    // --- Bad input and conflicts -------------------------------------------------------------------------------

    @Test
    @DisplayName("A referral without a subject or a criterion is refused at those fields and nothing is saved")
    void noSubjectNoCriterionIsRefusedAtTheFields() {
        fixtures.runAs("housing");
        int before = referrals.list(null).size();
        ReferralDraft draft = fixtures.draft("ignored");
        draft.setPersonName("  ");
        draft.setCriteria(Set.of());
        draft.setReportReferences(List.of("CSU-1999-000001"));

        assertThatThrownBy(() -> referrals.submit(draft)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("personName", "criteria", "reportReferences"));
        assertThat(referrals.list(null)).hasSize(before);

        draft.setSubjectKind(MaracSubjectKind.FAMILY);
        draft.setPersonName("Fay Family " + fixtures.suffix);
        draft.setCriteria(Set.of("HATE"));
        draft.setReportReferences(List.of());
        assertThatThrownBy(() -> referrals.submit(draft)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactly("familyName"));

        draft.setFamilyName("Family");
        draft.setOtherMembers(List.of("Finn Family " + fixtures.suffix));
        ReferralSummary submitted = referrals.submit(draft);
        assertThat(submitted.subjectLabel()).isEqualTo("Family family (Fay Family " + fixtures.suffix
                + ", Finn Family " + fixtures.suffix + ")");
    }

    @Test
    @DisplayName("Two people saving the same draft: the second gets a conflict, not a silent overwrite")
    void staleDraftIsAConflict() {
        fixtures.runAs("police");
        ReferralSummary saved = referrals.saveDraft(fixtures.draft("Stale Draft"));
        ReferralDraft first = referrals.draftOf(saved.reference());
        ReferralDraft second = referrals.draftOf(saved.reference());
        first.setRiskSummary("First version");
        referrals.saveDraft(first);
        second.setRiskSummary("Second version");

        assertThatThrownBy(() -> referrals.saveDraft(second)).isInstanceOf(ConflictException.class);
        assertThat(referrals.draftOf(saved.reference()).getRiskSummary()).isEqualTo("First version");
    }

    // --- The schedule ------------------------------------------------------------------------------------------

    @Test
    @DisplayName("The chair adds and moves meetings; the referral deadline follows; bad dates are refused at the date")
    void theChairAddsAndMovesMeetings() {
        fixtures.runAs("supervisor");
        LocalDate date = freeDay(LocalDate.now(ZONE).plusYears(3).plusDays(new java.util.Random().nextInt(3000)));

        MeetingSummary added = meetings.schedule(date);

        assertThat(added.date()).isEqualTo(date);
        assertThat(added.referralDeadline()).isEqualTo(date.minusDays(10));
        assertThat(meetings.meetings()).extracting(MeetingSummary::id).contains(added.id());
        assertThatThrownBy(() -> meetings.schedule(date)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactly("date"));
        assertThatThrownBy(() -> meetings.schedule(LocalDate.now(ZONE).minusDays(1)))
                .isInstanceOf(ValidationException.class);

        LocalDate later = freeDay(date.plusDays(1));
        MeetingSummary moved = meetings.move(added.id(), added.version(), later);
        assertThat(moved.date()).isEqualTo(later);
        assertThat(moved.referralDeadline()).isEqualTo(later.minusDays(10));
        assertThatThrownBy(() -> meetings.move(added.id(), added.version(), later.plusDays(1)))
                .as("a stale version").isInstanceOf(ConflictException.class);

        LocalDate another = freeDay(later.plusDays(1));
        fixtures.runAs("police");
        assertThatThrownBy(() -> meetings.schedule(another)).isInstanceOf(AccessDeniedException.class);
        fixtures.runAs("housing");
        assertThatThrownBy(() -> meetings.schedule(another)).isInstanceOf(NotFoundException.class);
    }

    private LocalDate freeDay(LocalDate from) {
        fixtures.runAs("supervisor");
        Set<LocalDate> taken = new java.util.HashSet<>(meetings.meetings().stream().map(MeetingSummary::date).toList());
        LocalDate day = from;
        while (taken.contains(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    // --- The meeting pack and the figures ----------------------------------------------------------------------

    @Test
    @DisplayName("The meeting pack (PDF) holds every case on the meeting's agenda with its subject, criteria and risk")
    void thePackHoldsTheAgendasCases() throws IOException {
        ReferralSummary one = fixtures.accepted("Pack First");
        ReferralSummary two = fixtures.accepted("Pack Second");
        fixtures.runAs("police");
        Long meetingId = referrals.page(one.reference()).discussions().get(0).meetingId();
        MeetingPage meeting = meetings.meeting(meetingId);
        assertThat(meeting.agenda()).extracting(i -> i.referral().reference()).contains(one.reference(),
                two.reference());

        String text = textOf(meetings.pack(meetingId));

        assertThat(text).contains("Community MARAC meeting", "for Community MARAC members only");
        for (MeetingPage.Item item : meeting.agenda()) {
            assertThat(text).contains(item.referral().reference());
        }
        assertThat(text).contains("Pack First " + fixtures.suffix, "Pack Second " + fixtures.suffix,
                "Persistent offenders of crime and disorder", "Repeatedly arrested for disorder");
    }

    @Test
    @DisplayName("The meeting pack names agencies and criteria and gives UK dates: no codes, no ISO dates")
    void thePackSpeaksInNamesAndUkDates() throws IOException {
        ReferralSummary referral = fixtures.accepted("Pack Names");
        fixtures.runAs("supervisor");
        Long meetingId = referrals.page(referral.reference()).discussions().get(0).meetingId();
        LocalDate due = LocalDate.now(ZONE).plusDays(10);
        meetings.addAction(meetingId, referral.reference(),
                new org.csucasework.actions.NewAction("KENT_POLICE", "Visit the family " + fixtures.suffix, due, null));

        String text = textOf(meetings.pack(meetingId));

        assertThat(text).contains("New referral from Kent Police", "Persistent offenders of crime and disorder",
                "Action (Kent Police, due " + org.csucasework.shared.ui.UkDates.day(due) + ", Open): Visit the family",
                "Community MARAC meeting, "
                        + org.csucasework.shared.ui.UkDates.weekday(meetings.meeting(meetingId).date()));
        assertThat(text).doesNotContain("KENT_POLICE", "SDC_CSU", "(open)");
        assertThat(text).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    @DisplayName("Referrals, meetings held and cases discussed are counted for the annual figures")
    void figures() {
        HeadlineFigureSource source = figureSources.stream().filter(s -> s instanceof MaracFigures).findFirst()
                .orElseThrow();
        LocalDate today = LocalDate.now(ZONE);
        long referralsBefore = source.count(today, today).get(HeadlineFigure.MARAC_REFERRALS);
        ReferralSummary accepted = fixtures.accepted("Figure Case");
        assertThat(source.count(today, today).get(HeadlineFigure.MARAC_REFERRALS)).isEqualTo(referralsBefore + 1);

        fixtures.runAs("supervisor");
        Long meetingId = referrals.page(accepted.reference()).discussions().get(0).meetingId();
        MeetingPage meeting = meetings.meeting(meetingId);
        LocalDate day = meeting.date();
        Map<HeadlineFigure, Long> before = source.count(day, day);
        meetings.decide(meetingId, accepted.reference(), CaseDecision.STAY_ON_LIST, null);
        meetings.recordAttendance(meetingId, meetings.meeting(meetingId).meeting().version(), Set.of("SDC_CSU"),
                null);
        long decidedHere = meetings.meeting(meetingId).agenda().stream().filter(i -> i.decision() != null).count();
        meetings.hold(meetingId, meetings.meeting(meetingId).meeting().version(), "Minutes");

        Map<HeadlineFigure, Long> after = source.count(day, day);
        assertThat(after.get(HeadlineFigure.MARAC_MEETINGS)).isEqualTo(before.get(HeadlineFigure.MARAC_MEETINGS) + 1);
        assertThat(after.get(HeadlineFigure.MARAC_CASES_DISCUSSED))
                .isEqualTo(before.get(HeadlineFigure.MARAC_CASES_DISCUSSED) + decidedHere);
    }

    private Long taskingMeetingId() {
        return tasking.meetingInProgress().map(m -> m.id()).orElseGet(() -> {
            taskingMeetingStartedHere = tasking.start(LocalDate.now(ZONE), Set.of("SDC_CSU", "KENT_POLICE")).id();
            return taskingMeetingStartedHere;
        });
    }

    static String textOf(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }
}
