package org.csucasework.taskgroups;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.csucasework.people.PeopleService;
import org.csucasework.people.Person;
import org.csucasework.people.PersonDetails;
import org.csucasework.people.Place;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.ValidationException;
import org.csucasework.support.SignedIn;
import org.csucasework.taskgroups.process.GroupProcess;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Set-up shared by the Task and Finish Group tests: signing in as a demo user, fresh places and people (a random
 * suffix, since the test database is shared and never reset), and groups at each stage, made through the services.
 */
public class TaskGroupFixtures {

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private final UserDetailsService userDetailsService;
    private final PeopleService people;
    private final TaskGroupService groups;
    private final GroupMeetings groupMeetings;

    public TaskGroupFixtures(UserDetailsService userDetailsService, PeopleService people, TaskGroupService groups,
                             GroupMeetings groupMeetings) {
        this.userDetailsService = userDetailsService;
        this.people = people;
        this.groups = groups;
        this.groupMeetings = groupMeetings;
    }

    /** Signs in as a demo user for the service calls that follow, with the authorities the login would give. */
    public void runAs(String username) {
        new SignedIn(userDetailsService).signIn(username);
    }

    public Place newPlace(String label) {
        return people.resolvePlace(null, label + " " + suffix, "E05005008");
    }

    public Person newPerson(String name) {
        return people.resolvePerson(PersonDetails.named(name + " " + suffix));
    }

    public SubjectOption placeSubject(Place place) {
        return new SubjectOption(SubjectKind.PLACE, place.getId(), place.getLabel());
    }

    /** A by-hand proposal about the place, led by {@code lead}, with the member agencies. */
    public GroupDraft draft(Place place, String lead, String... members) {
        GroupDraft draft = new GroupDraft();
        draft.setSubject(placeSubject(place));
        draft.setTitle(place.getLabel());
        draft.setLeadUsername(lead);
        draft.setMemberAgencyCodes(Set.of(members));
        draft.setReason("Repeated youth gatherings and damage despite patrols");
        return draft;
    }

    /** As the caseworker: proposes a group about a new place, led by the police officer. */
    public GroupSummary proposed(String placeLabel) {
        runAs("caseworker");
        return groups.propose(draft(newPlace(placeLabel), "police", "KENT_POLICE", "SDC_CSU"));
    }

    /** Proposed, approved by the supervisor, and set up by the caseworker with the first meeting in a week. */
    public GroupSummary setUp(String placeLabel, Integer reviewWeeks) {
        GroupSummary group = proposed(placeLabel);
        runAs("supervisor");
        groups.approve(group.reference(), "Agreed at the supervisors' meeting");
        runAs("caseworker");
        GroupDraft draft = groups.draftOf(group.reference());
        draft.setFirstMeetingDate(today().plusDays(7));
        draft.setReviewIntervalWeeks(reviewWeeks);
        return groups.setUp(draft);
    }

    /** Set up, and its first meeting held (recorded by the lead, the police officer). */
    public GroupSummary working(String placeLabel, Integer reviewWeeks) {
        GroupSummary group = setUp(placeLabel, reviewWeeks);
        runAs("police");
        Long scheduled = groups.page(group.reference()).meetings().get(0).id();
        groupMeetings.record(group.reference(), new MeetingRecord(scheduled, today(),
                Set.of("KENT_POLICE", "SDC_CSU"), "First meeting: patrols agreed, CCTV to be checked"));
        return group;
    }

    public static LocalDate today() {
        return LocalDate.now(GroupProcess.ZONE);
    }

    public static List<String> fieldsOf(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("Expected a ValidationException");
    }

    public static List<FieldError> errorsOf(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e.errors();
        }
        throw new AssertionError("Expected a ValidationException");
    }
}
