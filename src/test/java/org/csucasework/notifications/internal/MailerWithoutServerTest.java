package org.csucasework.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;
import org.csucasework.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

/** Without SPRING_MAIL_HOST (the dev run) Spring Boot makes no mail sender, and nothing is sent or even queued. */
class MailerWithoutServerTest {

    private final NotificationProperties properties =
            new NotificationProperties(null, null, null, null, 0, true, 0, null);

    @Test
    void withoutAMailServerNothingIsSentAndTheOutboxIsNotEvenRead() {
        Mailer mailer = new Mailer(new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class),
                properties);
        NotificationStore store = mock(NotificationStore.class);
        EmailOutbox outbox = new EmailOutbox(store, mailer, mock(UserService.class), properties, Clock.systemUTC());

        assertThat(mailer.isEnabled()).isFalse();
        assertThat(outbox.sendPending()).isZero();
        assertThat(outbox.sendDigests()).isZero();
        verifyNoInteractions(store);
    }

    @Test
    void linksInEMailsAreAbsoluteUnderTheConfiguredBaseUrl() {
        NotificationProperties configured = new NotificationProperties("casework@council.example",
                "https://casework.council.example/", null, null, 0, true, 0, null);
        assertThat(configured.link("my-actions")).isEqualTo("https://casework.council.example/my-actions");
        assertThat(configured.link("/escalations/4")).isEqualTo("https://casework.council.example/escalations/4");
        assertThat(properties.mailFrom()).isEqualTo("no-reply@localhost");
    }
}
