package org.csucasework.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.csucasework.actions.ActionService;
import org.csucasework.actions.ActionView;
import org.csucasework.actions.NewAction;
import org.csucasework.intake.LoggedReport;
import org.csucasework.intake.NewReport;
import org.csucasework.intake.ReportService;
import org.csucasework.intake.SubjectRole;
import org.csucasework.people.PersonDetails;
import org.csucasework.security.AppUser;
import org.csucasework.security.UserDraft;
import org.csucasework.security.UserService;
import org.csucasework.shared.Role;
import org.csucasework.support.RunAs;
import org.csucasework.tasking.ReportActions;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Users with e-mail addresses, reports and actions for the notification tests. The test database is shared by the
 * whole suite and never emptied, so everything here is made afresh with random names.
 */
class NotificationFixtures {

    /** Words that must never reach an e-mail: the report's description and the people in it. */
    static final String DESCRIPTION = "Loud music from flat 3 every night";
    static final String SUBJECT_NAME = "Jordan Noisy-Neighbour";

    private final UserService users;
    private final ReportService reports;
    private final ActionService actions;
    private final ReportActions reportActions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    NotificationFixtures(ApplicationContext context) {
        this.users = context.getBean(UserService.class);
        this.reports = context.getBean(ReportService.class);
        this.actions = context.getBean(ActionService.class);
        this.reportActions = context.getBean(ReportActions.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.clock = context.getBean(Clock.class);
    }

    /** A new enabled user with an e-mail address at example.org. */
    AppUser user(String agencyCode, Role role) {
        String username = "nt." + UUID.randomUUID().toString().substring(0, 8);
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setFullName("Notified Officer");
        draft.setEmail(username + "@example.org");
        draft.setAgencyCode(agencyCode);
        draft.setRoles(EnumSet.of(role));
        draft.setPassword("Sound-password-2026");
        return users.createWithoutAuthorisation(draft);
    }

    /** Logs a report as the demo caseworker and returns its reference. */
    String report() {
        String ward = jdbc.queryForObject("select ons_code from ward order by ons_code limit 1", String.class);
        LoggedReport logged = RunAs.user("caseworker", () -> reports.log(new NewReport(clock.instant().minusSeconds(60),
                "ASB_NUISANCE", ward, null, "Notification test place " + UUID.randomUUID(), "KENT_POLICE", true, null,
                List.of(new NewReport.Subject(SubjectRole.ALLEGED_PERPETRATOR, PersonDetails.named(SUBJECT_NAME))),
                DESCRIPTION), null), Role.CASEWORKER);
        return logged.reference();
    }

    /** Assigns an action as the demo caseworker; {@code assignee} may be null (the whole agency). */
    ActionView assign(String reference, String agencyCode, String assignee, LocalDate dueDate) {
        return RunAs.user("caseworker", () -> reportActions.assign(reference,
                new NewAction(agencyCode, DESCRIPTION + " - visit and warn", dueDate, assignee)), Role.CASEWORKER);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
    }

    long notificationsOf(AppUser user, String kind) {
        return jdbc.queryForObject("select count(*) from notification where user_id = ? and kind = ?", Long.class,
                user.getId(), kind);
    }

    String emailStateOf(AppUser user, String kind) {
        return jdbc.queryForObject("select min(email_state) from notification where user_id = ? and kind = ?",
                String.class, user.getId(), kind);
    }
}
