package org.csucasework.taskgroups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csucasework.taskgroups.TaskGroupFixtures.errorsOf;
import static org.csucasework.taskgroups.TaskGroupFixtures.fieldsOf;
import static org.csucasework.taskgroups.TaskGroupFixtures.today;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionView;
import org.csucasework.actions.NewAction;
import org.csucasework.intake.LoggedReport;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportFlag;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.SubjectRole;
import org.csucasework.people.PeopleService;
import org.csucasework.people.Person;
import org.csucasework.people.PersonDetails;
import org.csucasework.people.Place;
import org.csucasework.reporting.HeadlineFigure;
import org.csucasework.reporting.HeadlineFigureSource;
import org.csucasework.shared.ConflictException;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.NotFoundException;
import org.csucasework.shared.Role;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.Race;
import org.csucasework.support.RunAs;
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
 * Task and Finish Groups on the real PostgreSQL database with the whole application: proposals from the repeat
 * threshold and the daily tasking, who sees what, site visits, and the annual figures.
 */
@IntegrationTest
class TaskGroupIntegrationTests {

    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PeopleService people;
    @Autowired
    TaskGroupService groups;

    @Autowired
    GroupActionPlan actionPlan;

    @Autowired
    GroupMeetings groupMeetings;
    @Autowired
    SiteVisitService siteVisits;
    @Autowired
    ReportService reports;
    @Autowired
    TaskingMeetingService meetings;
    @Autowired
    ActionService actions;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    List<HeadlineFigureSource> figureSources;

    private TaskGroupFixtures fixtures;
    private Long meetingStartedHere;

    @BeforeEach
    void initialise() {
        fixtures = new TaskGroupFixtures(userDetailsService, people, groups, groupMeetings);
    }

    @AfterEach
    void endMeetingAndSignOut() {
        if (meetingStartedHere != null) {
            fixtures.runAs("caseworker");
            meetings.end(meetingStartedHere);
        }
        SecurityContextHolder.clearContext();
    }

    // --- Automatic proposals -----------------------------------------------------------------------------------

    @Test
    @DisplayName("The third report about a place in twelve months proposes a group about it, with the report linked and its process waiting for a supervisor")
    void reportAtTheThresholdProposesAGroupAboutThePlace() {
        fixtures.runAs("caseworker");
        String place = "Threshold Rec Ground " + fixtures.suffix;
        LoggedReport first = logReport(place, "Youth A", 30);
        LoggedReport second = logReport(place, "Youth B", 20);
        assertThat(groupsAboutPlaceOf(first)).as("below the threshold nothing is proposed").isEmpty();

        LoggedReport third = logReport(place, "Youth C", 1);

        assertThat(third.flags()).contains(ReportFlag.TASK_AND_FINISH_SUGGESTED);
        List<GroupSummary> proposed = groupsAboutPlaceOf(third);
        assertThat(proposed).singleElement().satisfies(group -> {
            assertThat(group.status()).isEqualTo(GroupStatus.PROPOSED);
            assertThat(group.proposalSource()).isEqualTo(ProposalSource.AUTOMATIC);
            assertThat(group.subjectKind()).isEqualTo(SubjectKind.PLACE);
            assertThat(group.title()).isEqualTo(place);
            assertThat(group.leadUsername()).isNull();
            assertThat(group.reference()).matches("TFG-\\d{4}-\\d{4,}");
        });
        String reference = proposed.get(0).reference();
        assertThat(groups.page(reference).reports()).extracting(l -> l.report().reference())
                .containsExactly(third.reference());
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(TaskAndFinishGroupProcess.APPROVE_GROUP).count()).isEqualTo(1);
        fixtures.runAs("supervisor");
        assertThat(groups.approvalQueue()).extracting(GroupSummary::reference).contains(reference);
        assertThat(second.flags()).doesNotContain(ReportFlag.TASK_AND_FINISH_SUGGESTED);
    }

    @Test
    @DisplayName("A further report about a place with a proposed group is linked to that group instead of proposing a second")
    void furtherReportIsLinkedToTheGroupNotProposedAgain() {
        fixtures.runAs("caseworker");
        String place = "Linked Lane " + fixtures.suffix;
        logReport(place, "Youth A", 30);
        logReport(place, "Youth B", 20);
        LoggedReport third = logReport(place, "Youth C", 2);
        LoggedReport fourth = logReport(place, "Youth D", 1);

        assertThat(fourth.flags()).contains(ReportFlag.TASK_AND_FINISH_SUGGESTED);
        List<GroupSummary> found = groupsAboutPlaceOf(fourth);
        assertThat(found).hasSize(1);
        assertThat(groups.page(found.get(0).reference()).reports()).extracting(l -> l.report().reference())
                .containsExactly(third.reference(), fourth.reference());
        assertThat(reports.timeline(fourth.reference())).anySatisfy(event ->
                assertThat(event.text()).contains(found.get(0).reference()));
    }

    @Test
    @DisplayName("A person reported three times at different places gets a group proposed about them")
    void personAtTheThresholdGetsAGroup() {
        fixtures.runAs("caseworker");
        String name = "Repeat Perpetrator " + fixtures.suffix;
        logReport("Person Place One " + fixtures.suffix, name, 30);
        logReport("Person Place Two " + fixtures.suffix, name, 20);
        LoggedReport third = logReport("Person Place Three " + fixtures.suffix, name, 1);

        assertThat(third.flags()).contains(ReportFlag.TASK_AND_FINISH_SUGGESTED);
        List<GroupSummary> found = groups.list(new GroupFilter(Set.of(), null, name, null, null));
        assertThat(found).singleElement().satisfies(group -> {
            assertThat(group.subjectKind()).isEqualTo(SubjectKind.PERSON);
            assertThat(group.subjectLabel()).startsWith(name);
            assertThat(group.proposalSource()).isEqualTo(ProposalSource.AUTOMATIC);
        });
        assertThat(groupsAboutPlaceOf(third)).isEmpty();
    }

    // --- From the daily tasking --------------------------------------------------------------------------------

    @Test
    @DisplayName("The daily tasking's referral to a Task and Finish Group proposes one with the referral's reason and the report linked")
    void taskingReferralStartsAGroup() {
        fixtures.runAs("caseworker");
        LoggedReport report = logReport("Referral Farm " + fixtures.suffix, "Farm Trespasser", 1);

        meetings.review(meetingId(), new ReportReview(report.reference(), ReviewDecision.REFERRED, List.of(),
                ReferralKind.TASK_AND_FINISH_GROUP, null, "Hare coursing and fly-tipping on the farm, every week"));

        List<GroupSummary> found = groupsAboutPlaceOf(report);
        assertThat(found).singleElement().satisfies(group -> {
            assertThat(group.proposalSource()).isEqualTo(ProposalSource.TASKING_REFERRAL);
            assertThat(group.proposalReason()).isEqualTo("Hare coursing and fly-tipping on the farm, every week");
            assertThat(group.proposedBy()).isEqualTo("caseworker");
            assertThat(group.status()).isEqualTo(GroupStatus.PROPOSED);
        });
        assertThat(groups.page(found.get(0).reference()).reports()).extracting(l -> l.report().reference())
                .containsExactly(report.reference());
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(TaskAndFinishGroupProcess.KEY)
                .processInstanceBusinessKey(found.get(0).reference()).count()).isEqualTo(1);
    }

    @Test
    @DisplayName("A referral naming a person proposes a group about that person")
    void taskingReferralAboutAPersonProposesAPersonGroup() {
        fixtures.runAs("caseworker");
        String name = "Named Person " + fixtures.suffix;
        LoggedReport report = logReport("Referral Street " + fixtures.suffix, name, 1);
        Long personId = reports.details(report.reference()).subjects().get(0).person().id();

        meetings.review(meetingId(), new ReportReview(report.reference(), ReviewDecision.REFERRED, List.of(),
                ReferralKind.TASK_AND_FINISH_GROUP, personId, "Prolific across three villages"));

        assertThat(groups.list(new GroupFilter(Set.of(GroupStatus.PROPOSED), null, name, null, null)))
                .singleElement().satisfies(group -> {
                    assertThat(group.subjectKind()).isEqualTo(SubjectKind.PERSON);
                    assertThat(group.subjectId()).isEqualTo(personId);
                });
    }

    @Test
    @DisplayName("A referral about a place whose group is open links the report to the group")
    void taskingReferralToAnOpenGroupLinksTheReport() {
        GroupSummary group = fixtures.setUp("Open Group Common", null);
        Place place = people.place(group.subjectId()).orElseThrow();
        fixtures.runAs("caseworker");
        LoggedReport report = reports.log(new NewReport(Instant.now().minus(1, ChronoUnit.HOURS), "ASB_NUISANCE",
                "E05005008", place.getId(), place.getLabel(), "SDC_CSU", true, null, List.of(),
                "More damage on the common"), null);

        meetings.review(meetingId(), new ReportReview(report.reference(), ReviewDecision.REFERRED, List.of(),
                ReferralKind.TASK_AND_FINISH_GROUP, null, "Part of the common's problem"));

        assertThat(groups.groupsAtPlace(place.getId())).hasSize(1);
        GroupPage page = groups.page(group.reference());
        assertThat(page.reports()).extracting(l -> l.report().reference()).contains(report.reference());
        assertThat(page.timeline()).extracting(GroupPage.TimelineEntry::kind).contains("REFERRED");
        fixtures.runAs("police");
        assertThat(reports.requireReadable(report.reference()).getReference())
                .as("a member agency sees the reports linked to its working group").isEqualTo(report.reference());
    }

    // --- Bad input and conflicts -------------------------------------------------------------------------------

    @Test
    @DisplayName("A group without a subject, a lead or a member agency is refused with a message at each field")
    void groupWithoutSubjectLeadOrMembersIsRefusedAtEachField() {
        fixtures.runAs("caseworker");
        GroupDraft draft = new GroupDraft();
        draft.setTitle("Nothing else filled in " + fixtures.suffix);
        draft.setReason("A reason");

        List<FieldError> errors = errorsOf(() -> groups.propose(draft));

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("subject", "lead", "members");
        assertThat(errors).extracting(FieldError::message).contains(
                "Choose the place or person the group is about", "Choose the lead officer",
                "Choose at least one member agency");
        assertThat(groups.list(new GroupFilter(Set.of(), null, null, null, null)))
                .extracting(GroupSummary::title).doesNotContain(draft.getTitle());
    }

    @Test
    @DisplayName("A second proposal about a place that already has an active group is refused at the subject")
    void secondProposalForTheSamePlaceIsRefused() {
        GroupSummary group = fixtures.proposed("Duplicate Drive");
        Place place = people.place(group.subjectId()).orElseThrow();

        List<FieldError> errors = errorsOf(() -> groups.propose(fixtures.draft(place, "caseworker", "SDC_CSU")));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("subject");
            assertThat(error.message()).contains(group.reference());
        });
    }

    @Test
    @DisplayName("Changing a group someone else changed meanwhile gives a conflict, not a silent overwrite")
    void staleEditGivesAConflict() {
        GroupSummary group = fixtures.setUp("Stale Edit Square", null);
        fixtures.runAs("caseworker");
        GroupDraft mine = groups.draftOf(group.reference());
        GroupDraft theirs = groups.draftOf(group.reference());
        theirs.setTitle("Their title " + fixtures.suffix);
        groups.update(theirs);

        mine.setTitle("My title " + fixtures.suffix);
        assertThatThrownBy(() -> groups.update(mine)).isInstanceOf(ConflictException.class);
        assertThat(groups.summary(group.reference()).title()).isEqualTo("Their title " + fixtures.suffix);
    }

    @Test
    @DisplayName("The group's timeline names the action's agency and gives its due date in UK form")
    void theTimelineNamesTheAgencyAndGivesUkDates() {
        GroupSummary group = fixtures.working("Timeline Row " + fixtures.suffix, null);
        fixtures.runAs("caseworker");
        java.time.LocalDate due = TaskGroupFixtures.today().plusDays(4);
        actionPlan.add(group.reference(), new NewAction("KENT_POLICE", "Patrol the timeline row", due, null));

        assertThat(groups.page(group.reference()).timeline()).extracting(GroupPage.TimelineEntry::detail)
                .contains("Action for Kent Police due " + org.csucasework.shared.ui.UkDates.day(due)
                        + ": Patrol the timeline row")
                .filteredOn(detail -> detail != null && detail.startsWith("Action for"))
                .allSatisfy(detail -> assertThat(detail).doesNotContain("KENT_POLICE", due.toString()));
        java.time.LocalDate today = TaskGroupFixtures.today();
        assertThat(groups.page(group.reference()).timeline()).as("set-up and meetings in names and UK dates")
                .extracting(GroupPage.TimelineEntry::detail)
                .anySatisfy(detail -> assertThat(detail).startsWith("Set up: led by ")
                        .contains("members Kent Police, Sevenoaks District Council - Community Safety",
                                "first meeting " + org.csucasework.shared.ui.UkDates.weekday(today.plusDays(7))))
                .anySatisfy(detail -> assertThat(detail).isEqualTo("First meeting held on "
                        + org.csucasework.shared.ui.UkDates.day(today)
                        + " with Kent Police, Sevenoaks District Council - Community Safety"))
                .filteredOn(java.util.Objects::nonNull).allSatisfy(detail -> assertThat(detail).doesNotContain("KENT_POLICE", "SDC_CSU",
                        today.toString(), today.plusDays(7).toString()));
    }

    @Test
    @DisplayName("Two officers completing two actions of one group at the same moment both succeed")
    void simultaneousCompletionsOfOneGroupsActionsBothSucceed() {
        GroupSummary group = fixtures.working("Race Row " + fixtures.suffix, null);
        fixtures.runAs("caseworker");
        Long police = actionPlan.add(group.reference(), new NewAction("KENT_POLICE", "Patrol the row",
                TaskGroupFixtures.today().plusDays(3), null)).id();
        Long housing = actionPlan.add(group.reference(), new NewAction("WKHA", "Visit the tenants",
                TaskGroupFixtures.today().plusDays(3), null)).id();
        // The police officer their own action; the CSU caseworker housing's, for the housing officer away today.
        String[] officers = {"police", "caseworker"};
        Role[] roles = {Role.PARTNER, Role.CASEWORKER};
        Long[] ids = {police, housing};

        List<Race.Outcome<ActionView>> outcomes = Race.run(2, i -> () -> RunAs.user(officers[i],
                () -> actionPlan.complete(group.reference(), ids[i], "Done by " + officers[i]), roles[i]));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).as("%s", outcome.failure()).isNull());
        fixtures.runAs("caseworker");
        assertThat(actions.actionsOf(new org.csucasework.actions.ActionOwner(
                org.csucasework.actions.ActionOwnerKind.TASK_AND_FINISH_GROUP, group.id(), group.reference())))
                .extracting(ActionView::status).containsOnly(org.csucasework.actions.ActionStatus.DONE);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(group.reference())
                .taskDefinitionKey(TaskAndFinishGroupProcess.COMPLETE_ACTION).count()).isZero();
    }

    // --- Access ------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("A partner sees only the groups their agency is a member of; any other group is not found for them")
    void partnersSeeOnlyTheirAgencysGroups() {
        GroupSummary group = fixtures.setUp("Access Alley", null);
        fixtures.runAs("caseworker");
        GroupDraft draft = groups.draftOf(group.reference());
        draft.setLeadUsername("caseworker");
        draft.setMemberAgencyCodes(Set.of("SDC_CSU", "KENT_POLICE"));
        groups.update(draft);

        fixtures.runAs("police");
        assertThat(groups.page(group.reference()).group().reference()).isEqualTo(group.reference());
        assertThat(groups.list(GroupFilter.all())).extracting(GroupSummary::reference).contains(group.reference());

        fixtures.runAs("housing");
        assertThatThrownBy(() -> groups.page(group.reference())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> groups.summary(group.reference())).isInstanceOf(NotFoundException.class);
        assertThat(groups.list(GroupFilter.all())).extracting(GroupSummary::reference).doesNotContain(group.reference());
        assertThatThrownBy(() -> actionPlan.add(group.reference(),
                new NewAction("WKHA", "Sneak an action in", today().plusDays(1), null)))
                .isInstanceOf(NotFoundException.class);

        fixtures.runAs("analyst");
        assertThat(groups.page(group.reference()).permissions().manage()).as("analysts read, not run").isFalse();
    }

    @Test
    @DisplayName("Only supervisors approve or decline, and a member partner cannot run the group's meetings")
    void onlySupervisorsDecideAndOnlyTheLeadOrCsuRunTheGroup() {
        GroupSummary proposal = fixtures.proposed("Decider Drive");
        fixtures.runAs("caseworker");
        assertThatThrownBy(() -> groups.approve(proposal.reference(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.approvalQueue()).isInstanceOf(AccessDeniedException.class);
        fixtures.runAs("police");
        assertThatThrownBy(() -> groups.decline(proposal.reference(), "no")).isInstanceOf(AccessDeniedException.class);

        GroupSummary group = fixtures.working("Member Mews", null);
        fixtures.runAs("caseworker");
        GroupDraft draft = groups.draftOf(group.reference());
        draft.setLeadUsername("caseworker");
        draft.setMemberAgencyCodes(Set.of("KENT_POLICE", "WKHA"));
        groups.update(draft);
        fixtures.runAs("housing");
        assertThat(groups.page(group.reference()).permissions().manage()).isFalse();
        assertThatThrownBy(() -> groupMeetings.schedule(group.reference(), today().plusDays(3)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("A group's action is the owning agency's own action: in their list, completed by them, hidden from others")
    void groupActionsAreWorkedLikeAnyAction() {
        GroupSummary group = fixtures.working("Action Owner Avenue", null);
        fixtures.runAs("caseworker");
        ActionView action = actionPlan.add(group.reference(),
                new NewAction("WKHA", "Repair the communal door", today().plusDays(5), null));

        fixtures.runAs("housing");
        assertThat(actions.myActions(false)).extracting(ActionView::id).contains(action.id());
        fixtures.runAs("police");
        assertThat(actions.myActions(false)).extracting(ActionView::id).doesNotContain(action.id());
        assertThatThrownBy(() -> actions.complete(action.id(), "Not ours")).isInstanceOf(NotFoundException.class);
        fixtures.runAs("housing");
        assertThat(actions.complete(action.id(), "Door repaired").outcome()).isEqualTo("Door repaired");
    }

    // --- Site visits and figures -------------------------------------------------------------------------------

    @Test
    @DisplayName("Site visits and groups set up are counted for the annual figures through the headline figure source")
    void siteVisitsAndGroupsAreCountedForTheFigures() {
        long visitsBefore = figure(HeadlineFigure.PARTNERSHIP_SITE_VISITS);
        long groupsBefore = figure(HeadlineFigure.TASK_AND_FINISH_GROUPS);
        long visitsLastMonthBefore = visitsLastMonth();

        fixtures.runAs("caseworker");
        Place place = fixtures.newPlace("Counted Copse");
        siteVisits.record(new NewSiteVisit(place.getId(), null, today(), Set.of("SDC_CSU", "KENT_POLICE"),
                "Camp cleared, needles found", "Environmental Health to arrange a clean-up", List.of()));
        GroupSummary proposed = fixtures.proposed("Not Yet Counted Green");

        assertThat(figure(HeadlineFigure.PARTNERSHIP_SITE_VISITS)).isEqualTo(visitsBefore + 1);
        assertThat(figure(HeadlineFigure.TASK_AND_FINISH_GROUPS)).as("a proposal is not a group yet")
                .isEqualTo(groupsBefore);

        GroupSummary setUp = fixtures.setUp("Counted Farm", null);
        GroupSummary person = personGroupSetUp();

        assertThat(figure(HeadlineFigure.TASK_AND_FINISH_GROUPS)).isEqualTo(groupsBefore + 2);
        List<String> subjects = figureSources.stream()
                .flatMap(s -> s.details(HeadlineFigure.TASK_AND_FINISH_GROUPS, today(), today()).stream()).toList();
        assertThat(subjects).contains(setUp.title(), "Individual (" + person.reference() + ")")
                .doesNotContain(proposed.title()).noneMatch(s -> s.contains(person.subjectLabel()));
        assertThat(visitsLastMonth()).as("a visit is counted in its own period only").isEqualTo(visitsLastMonthBefore);
    }

    @Test
    @DisplayName("A site visit for a group adds its follow-up actions to the group's action plan")
    void siteVisitForAGroupAddsFollowUpActions() {
        GroupSummary group = fixtures.working("Visited Woods", null);
        fixtures.runAs("caseworker");

        SiteVisitView visit = siteVisits.record(new NewSiteVisit(group.subjectId(), group.reference(), today(),
                Set.of("SDC_CSU", "KENT_POLICE", "KFRS"), "Burnt-out car and signs of rough sleeping", null,
                List.of(new NewAction("SDC_DIRECT", "Remove the burnt-out car", today().plusDays(2), null))));

        assertThat(visit.groupReference()).isEqualTo(group.reference());
        assertThat(visit.actions()).singleElement().satisfies(a -> {
            assertThat(a.agencyCode()).isEqualTo("SDC_DIRECT");
            assertThat(a.ownerReference()).isEqualTo(group.reference());
        });
        assertThat(groups.page(group.reference()).actions()).extracting(ActionView::id)
                .contains(visit.actions().get(0).id());
        assertThat(siteVisits.visitsOf(group.reference())).extracting(SiteVisitView::id).containsExactly(visit.id());
        assertThat(siteVisits.placePage(group.subjectId()).visits()).extracting(SiteVisitView::id).contains(visit.id());
    }

    @Test
    @DisplayName("A site visit needs a place, a day, two agencies and findings; without a group its follow-up is a note, not actions")
    void siteVisitRulesAreCheckedAtEachField() {
        fixtures.runAs("caseworker");
        Place place = fixtures.newPlace("Rules Recreation Ground");

        assertThat(fieldsOf(() -> siteVisits.record(new NewSiteVisit(null, null, null, Set.of("SDC_CSU"), " ",
                null, List.of())))).containsExactlyInAnyOrder("place", "visitDate", "agencies", "findings");
        assertThat(fieldsOf(() -> siteVisits.record(new NewSiteVisit(place.getId(), null, today().plusDays(1),
                Set.of("SDC_CSU", "KENT_POLICE"), "Findings", null,
                List.of(new NewAction("KENT_POLICE", "Patrol", today().plusDays(1), null))))))
                .containsExactlyInAnyOrder("visitDate", "actions");
        assertThat(siteVisits.visitsAt(place.getId())).isEmpty();
    }

    @Test
    @DisplayName("A partner sees the site visits their agency took part in, not others at the same place")
    void partnersSeeTheirOwnSiteVisits() {
        fixtures.runAs("caseworker");
        Place place = fixtures.newPlace("Shared Site");
        SiteVisitView withPolice = siteVisits.record(new NewSiteVisit(place.getId(), null, today(),
                Set.of("SDC_CSU", "KENT_POLICE"), "Joint visit with the police", null, List.of()));
        SiteVisitView withoutPolice = siteVisits.record(new NewSiteVisit(place.getId(), null, today(),
                Set.of("SDC_CSU", "WKHA"), "Joint visit with housing", null, List.of()));

        fixtures.runAs("police");
        assertThat(siteVisits.visitsAt(place.getId())).extracting(SiteVisitView::id)
                .containsExactly(withPolice.id()).doesNotContain(withoutPolice.id());
    }

    // --- Helpers -----------------------------------------------------------------------------------------------

    private long figure(HeadlineFigure figure) {
        return figureSources.stream().mapToLong(s -> s.count(today(), today()).getOrDefault(figure, 0L)).sum();
    }

    private long visitsLastMonth() {
        return figureSources.stream().mapToLong(s -> s.count(today().minusDays(30), today().minusDays(1))
                .getOrDefault(HeadlineFigure.PARTNERSHIP_SITE_VISITS, 0L)).sum();
    }

    private GroupSummary personGroupSetUp() {
        fixtures.runAs("caseworker");
        Person person = people.resolvePerson(PersonDetails.named("Counted Individual " + fixtures.suffix));
        GroupDraft draft = new GroupDraft();
        draft.setSubject(new SubjectOption(SubjectKind.PERSON, person.getId(), person.getFullName()));
        draft.setTitle("Individual in Swanley " + fixtures.suffix);
        draft.setLeadUsername("caseworker");
        draft.setMemberAgencyCodes(Set.of("SDC_CSU", "KENT_POLICE"));
        draft.setReason("Prolific offender");
        GroupSummary group = groups.propose(draft);
        fixtures.runAs("supervisor");
        groups.approve(group.reference(), null);
        fixtures.runAs("caseworker");
        GroupDraft setUp = groups.draftOf(group.reference());
        setUp.setFirstMeetingDate(today().plusDays(3));
        return groups.setUp(setUp);
    }

    /** People this test named before, by name: named again by their record's id, as a user picking them does. */
    private final java.util.Map<String, Long> peopleOnRecord = new java.util.HashMap<>();

    private LoggedReport logReport(String place, String subjectName, int daysAgo) {
        String name = subjectName.contains(fixtures.suffix) ? subjectName : subjectName + " " + fixtures.suffix;
        LoggedReport logged = reports.log(new NewReport(Instant.now().minus(daysAgo, ChronoUnit.DAYS)
                .minus(1, ChronoUnit.HOURS), "ASB_NUISANCE", "E05005008", null, place, "SDC_CSU", true, null,
                List.of(new NewReport.Subject(SubjectRole.ALLEGED_PERPETRATOR,
                        new PersonDetails(peopleOnRecord.get(name), name, null, null, null, null))),
                "Groups gathering, damage and noise"), null);
        peopleOnRecord.putIfAbsent(name, logged.subjectPersonIds().get(0));
        return logged;
    }

    private List<GroupSummary> groupsAboutPlaceOf(LoggedReport report) {
        return groups.groupsAtPlace(reports.requireReadable(report.reference()).getPlaceId());
    }

    private Long meetingId() {
        return meetings.meetingInProgress().map(m -> m.id()).orElseGet(() -> {
            meetingStartedHere = meetings.start(today(), Set.of("SDC_CSU", "KENT_POLICE", "WKHA")).id();
            return meetingStartedHere;
        });
    }
}
