package org.csucasework.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.csucasework.notifications.internal.ActionNotifications;
import org.csucasework.notifications.internal.EmailOutbox;
import org.csucasework.security.AppUser;
import org.csucasework.shared.Role;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.support.IntegrationTest;
import org.csucasework.support.RunAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail notifications end to end on PostgreSQL, with GreenMail as the SMTP server: who gets what, that the body holds
 * only the reference and a link, the daily digest, and that every reminder goes exactly once even when two "nodes"
 * run the jobs at the same moment.
 */
@IntegrationTest
class NotificationEmailIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired ApplicationContext context;
    @Autowired JavaMailSenderImpl mailSender;
    @Autowired EmailOutbox outbox;
    @Autowired ActionNotifications actionNotifications;
    @Autowired NotificationService notifications;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transaction;

    NotificationFixtures fixtures;
    int originalPort;

    @BeforeEach
    void pointTheMailSenderAtGreenMail() {
        fixtures = new NotificationFixtures(context);
        originalPort = mailSender.getPort();
        mailSender.setPort(greenMail.getSmtp().getPort());
    }

    @AfterEach
    void restoreTheMailSender() {
        mailSender.setPort(originalPort);
    }

    @Test
    void anAgencysOfficersGetAnEmailWithOnlyTheReferenceAndALinkWhenAnActionIsAssignedToIt() throws Exception {
        AppUser officer = fixtures.user("WKHA", Role.PARTNER);
        AppUser analyst = fixtures.user("WKHA", Role.ANALYST);
        String reference = fixtures.report();

        fixtures.assign(reference, "WKHA", null, fixtures.today().plusDays(5));
        outbox.sendPending();

        List<MimeMessage> mails = mailsTo(officer);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        String body = GreenMailUtil.getBody(mail);
        assertThat(mail.getSubject()).contains(reference);
        assertThat(mail.getSubject()).as("the agency by name, the due date in UK form")
                .contains("Action assigned to West Kent Housing Association",
                        UkDates.weekday(fixtures.today().plusDays(5)))
                .doesNotContain("WKHA", fixtures.today().plusDays(5).toString());
        assertThat(mail.getFrom()[0].toString()).isEqualTo("no-reply@localhost");
        assertThat(body).contains(reference).contains("http://localhost:8080/my-actions");
        assertThat(body + mail.getSubject()).doesNotContain(NotificationFixtures.DESCRIPTION)
                .doesNotContain(NotificationFixtures.SUBJECT_NAME).doesNotContain("Notified Officer");
        assertThat(mailsTo(analyst)).as("analysts do not work actions").isEmpty();
        assertThat(fixtures.emailStateOf(officer, NotificationKinds.ACTION_ASSIGNED)).isEqualTo("SENT");

        outbox.sendPending();
        assertThat(mailsTo(officer)).as("a sent e-mail is not sent again").hasSize(1);
    }

    @Test
    void anActionForANamedOfficerNotifiesOnlyThatOfficer() throws Exception {
        AppUser named = fixtures.user("KCC_WARDENS", Role.PARTNER);
        AppUser colleague = fixtures.user("KCC_WARDENS", Role.PARTNER);

        fixtures.assign(fixtures.report(), "KCC_WARDENS", named.getUsername(), fixtures.today().plusDays(3));
        outbox.sendPending();

        assertThat(mailsTo(named)).hasSize(1);
        assertThat(mailsTo(colleague)).isEmpty();
        assertThat(fixtures.notificationsOf(colleague, NotificationKinds.ACTION_ASSIGNED)).isZero();
    }

    @Test
    void aUserWhoChoseTheDailyDigestGetsOneEmailADayWithAllTheirNotifications() throws Exception {
        AppUser officer = fixtures.user("SDC_EH", Role.PARTNER);
        RunAs.user(officer.getUsername(), () -> {
            notifications.chooseEmailDelivery(EmailDelivery.DAILY_DIGEST);
            return null;
        }, Role.PARTNER);
        String first = fixtures.report();
        String second = fixtures.report();
        fixtures.assign(first, "SDC_EH", officer.getUsername(), fixtures.today().plusDays(4));
        fixtures.assign(second, "SDC_EH", officer.getUsername(), fixtures.today().plusDays(4));

        outbox.sendPending();
        assertThat(mailsTo(officer)).as("nothing at once").isEmpty();

        outbox.sendDigests();
        outbox.sendDigests();
        List<MimeMessage> mails = mailsTo(officer);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("2 notifications");
        assertThat(GreenMailUtil.getBody(mails.get(0))).contains(first).contains(second)
                .doesNotContain(NotificationFixtures.DESCRIPTION);
    }

    @Test
    void dueTomorrowAndOverdueRemindersGoToTheOwnerExactlyOnceEvenWithTwoNodesRunningTheJobsAtOnce() throws Exception {
        AppUser owner = fixtures.user("SDC_LICENSING", Role.PARTNER);
        LocalDate today = fixtures.today();
        String reference = fixtures.report();
        fixtures.assign(reference, "SDC_LICENSING", owner.getUsername(), today.plusDays(1));

        // Two nodes (threads) run the reminder job for today twice each at the same moment, then both the outbox.
        concurrently(() -> actionNotifications.remind(today), () -> actionNotifications.remind(today),
                () -> actionNotifications.remind(today), () -> actionNotifications.remind(today));
        assertThat(fixtures.notificationsOf(owner, NotificationKinds.ACTION_DUE_TOMORROW)).isEqualTo(1);
        assertThat(fixtures.notificationsOf(owner, NotificationKinds.ACTION_OVERDUE)).isZero();

        // Two days later the action is overdue.
        LocalDate later = today.plusDays(2);
        concurrently(() -> actionNotifications.remind(later), () -> actionNotifications.remind(later));
        assertThat(fixtures.notificationsOf(owner, NotificationKinds.ACTION_OVERDUE)).isEqualTo(1);

        concurrently(outbox::sendPending, outbox::sendPending);
        List<MimeMessage> mails = mailsTo(owner);
        assertThat(mails).extracting(MimeMessage::getSubject).hasSize(3)
                .anyMatch(subject -> subject.contains("assigned"))
                .anyMatch(subject -> subject.contains("due tomorrow"))
                .anyMatch(subject -> subject.contains("overdue"));
    }

    @Test
    void aNotificationAnotherModuleRequestsReachesItsSupervisorsOnceForItsEventKey() throws Exception {
        AppUser supervisor = fixtures.user("KFRS", Role.SUPERVISOR);
        AppUser partner = fixtures.user("KFRS", Role.PARTNER);
        String key = "ESCALATION_AWAITS:test:" + supervisor.getId();
        NotificationRequested request = NotificationRequested.toRole(Role.SUPERVISOR, "KFRS",
                NotificationKinds.ESCALATION_AWAITS, "Escalation stage 2 awaits your decision on CSU-TEST-1",
                "CSU-TEST-1", "escalations/1", key);

        for (int i = 0; i < 2; i++) {
            transaction.executeWithoutResult(status -> publisher.publishEvent(request));
        }
        outbox.sendPending();

        assertThat(notifications.alreadyNotified(key)).isTrue();
        assertThat(fixtures.notificationsOf(supervisor, NotificationKinds.ESCALATION_AWAITS)).isEqualTo(1);
        assertThat(fixtures.notificationsOf(partner, NotificationKinds.ESCALATION_AWAITS)).isZero();
        List<MimeMessage> mails = mailsTo(supervisor);
        assertThat(mails).hasSize(1);
        assertThat(GreenMailUtil.getBody(mails.get(0))).contains("http://localhost:8080/escalations/1");
    }

    @Test
    void aRolledBackRequestNotifiesNobodyAndLeavesItsEventKeyFree() {
        AppUser supervisor = fixtures.user("SDC_CCTV", Role.SUPERVISOR);
        String key = "ROLLED_BACK:" + supervisor.getId();
        NotificationRequested request = NotificationRequested.toRole(Role.SUPERVISOR, "SDC_CCTV",
                NotificationKinds.ESCALATION_AWAITS, "Something awaits", null, "", key);

        transaction.executeWithoutResult(status -> {
            publisher.publishEvent(request);
            status.setRollbackOnly();
        });

        assertThat(notifications.alreadyNotified(key)).isFalse();
        assertThat(fixtures.notificationsOf(supervisor, NotificationKinds.ESCALATION_AWAITS)).isZero();
    }

    private List<MimeMessage> mailsTo(AppUser user) throws Exception {
        List<MimeMessage> result = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(user.getEmail()))) {
                result.add(message);
            }
        }
        return result;
    }

    @SafeVarargs
    private static void concurrently(Callable<?>... jobs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(jobs.length);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Callable<?> job : jobs) {
                futures.add(pool.submit(job));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
