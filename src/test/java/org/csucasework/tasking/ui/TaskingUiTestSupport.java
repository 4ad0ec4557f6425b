package org.csucasework.tasking.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionView;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.ReportSummary;
import org.csucasework.security.UserService;
import org.csucasework.shared.Role;
import org.csucasework.tasking.Agenda;
import org.csucasework.tasking.ReportActions;
import org.csucasework.tasking.ReportReview;
import org.csucasework.tasking.ReviewDecision;
import org.csucasework.tasking.TaskingMeetingService;
import org.csucasework.tasking.process.ReportProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless (Karibu-Testing) set-up for the tasking screens, on the whole Spring application: a mock Vaadin UI per
 * test, signing in as a demo user, logging reports, and keeping the shared test database's tasking backlog small
 * enough that a report logged by a test is on the agenda (which lists the oldest waiting first).
 */
public abstract class TaskingUiTestSupport {

    /** Above this many waiting reports or open actions, the set-up clears them (the database is never reset). */
    static final int BACKLOG_LIMIT = 100;

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.csucasework");

    @Autowired
    protected ApplicationContext applicationContext;
    @Autowired
    protected ReportService reports;
    @Autowired
    protected TaskingMeetingService meetings;
    @Autowired
    protected ActionService actions;
    @Autowired
    protected ReportActions reportActions;
    @Autowired
    protected UserService users;
    @Autowired
    protected Clock clock;

    @BeforeEach
    protected void setUpVaadinAndTheAgenda() {
        signInWithoutUi("supervisor");
        meetings.meetingInProgress().ifPresent(meeting -> meetings.end(meeting.id()));
        clearBacklog();
        SecurityContextHolder.clearContext();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, applicationContext, UI::new));
    }

    @AfterEach
    protected void tearDownVaadinAndEndTheMeeting() {
        MockVaadin.tearDown();
        signInWithoutUi("supervisor");
        meetings.meetingInProgress().ifPresent(meeting -> meetings.end(meeting.id()));
        SecurityContextHolder.clearContext();
    }

    protected LocalDate today() {
        return LocalDate.now(clock.withZone(ReportProcess.ZONE));
    }

    /** Signs in as a demo user for the services and for the mock request Vaadin's access control looks at. */
    protected void signIn(String username) {
        SecurityContext context = signInWithoutUi(username);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute("SPRING_SECURITY_CONTEXT", context);
        }
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        UsernamePasswordAuthenticationToken authentication =
                (UsernamePasswordAuthenticationToken) context.getAuthentication();
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authorities.contains(role) || authorities.contains("ROLE_" + role));
    }

    private SecurityContext signInWithoutUi(String username) {
        Set<Role> roles = users.findByUsername(username).orElseThrow(() -> new IllegalStateException(
                "No demo user " + username)).roles();
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(username, null, authorities));
        SecurityContextHolder.setContext(context);
        return context;
    }

    /** Logs an anonymous report as the caseworker at a place no other test uses; answers its reference. */
    protected String logReport(String what) {
        String place = "UI test place " + UUID.randomUUID();
        return logReport(new NewReport(Instant.now(clock).minus(1, ChronoUnit.HOURS), "ASB_NUISANCE", "E05005008",
                null, place, "SDC_CSU", true, null, List.of(), what));
    }

    /** Logs the report as the caseworker, who stays signed in for the services; answers its reference. */
    protected String logReport(NewReport report) {
        signInWithoutUi("caseworker");
        return reports.log(report, null).reference();
    }

    /**
     * The agenda lists the oldest waiting reports first and at most {@link TaskingMeetingService#AGENDA_LIMIT}; the
     * test database keeps what every earlier run left. Past a limit, the leftovers get "no further action" at a
     * meeting of their own, and leftover open actions are cancelled, so that what a test logs is on the agenda.
     */
    private void clearBacklog() {
        List<ReportSummary> waiting = reports.awaitingTasking(TaskingMeetingService.AGENDA_LIMIT);
        if (waiting.size() > BACKLOG_LIMIT) {
            Agenda.MeetingInfo meeting = meetings.start(today(), Set.of("SDC_CSU"));
            for (ReportSummary report : waiting) {
                try {
                    meetings.review(meeting.id(), new ReportReview(report.reference(), ReviewDecision.NO_FURTHER_ACTION,
                            List.of(), null, null, "Left over by earlier test runs"));
                } catch (RuntimeException e) {
                    // Closed or otherwise not reviewable: it does not hold up the agenda either way.
                }
            }
            meetings.end(meeting.id());
        }
        cancelIfMany(actions.dueBy(today()));
        signInWithoutUi("police");
        List<ActionView> police = actions.myActions(false);
        signInWithoutUi("supervisor");
        cancelIfMany(police);
    }

    private void cancelIfMany(List<ActionView> open) {
        if (open.size() > BACKLOG_LIMIT * 3) {
            open.forEach(action -> actions.cancel(action.id(), "Left over by earlier test runs"));
        }
    }
}
