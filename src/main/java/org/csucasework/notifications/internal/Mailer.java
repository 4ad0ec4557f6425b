package org.csucasework.notifications.internal;

import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Writes and sends the e-mails. Their bodies hold what happened, the reference and a link, and nothing else: the
 * details are behind the sign-in, never in a mailbox. Spring Boot makes a {@link JavaMailSender} only when
 * {@code spring.mail.host} is set; without one this class sends nothing and says so through {@link #isEnabled()}.
 */
@Component
@RequiredArgsConstructor
public class Mailer {

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationProperties properties;

    public boolean isEnabled() {
        return sender.getIfAvailable() != null;
    }

    public void sendOne(String to, NotificationStore.Outgoing notification) throws MailException {
        SimpleMailMessage message = message(to);
        message.setSubject("CSU Casework: " + notification.title());
        message.setText(notification.title() + "\n\n"
                + "Open it in CSU Casework: " + properties.link(notification.link()) + "\n\n"
                + footer("You get these e-mails one at a time; you can choose one a day instead under the bell "
                + "in CSU Casework."));
        send(message);
    }

    public void sendDigest(String to, List<NotificationStore.Outgoing> notifications) throws MailException {
        SimpleMailMessage message = message(to);
        message.setSubject(String.format(Locale.ROOT, "CSU Casework: %d notification%s today",
                notifications.size(), notifications.size() == 1 ? "" : "s"));
        StringBuilder text = new StringBuilder("Since your last digest:\n\n");
        for (NotificationStore.Outgoing notification : notifications) {
            text.append("- ").append(notification.title()).append("\n  ").append(properties.link(notification.link())).append("\n");
        }
        text.append("\n").append(footer("You get one e-mail a day; you can choose one e-mail each instead under the "
                + "bell in CSU Casework."));
        message.setText(text.toString());
        send(message);
    }

    private SimpleMailMessage message(String to) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(to);
        return message;
    }

    private static String footer(String choice) {
        return "This e-mail carries no case details on purpose: sign in to read them.\n" + choice + "\n";
    }

    private void send(SimpleMailMessage message) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            throw new IllegalStateException("No mail server is configured (spring.mail.host)");
        }
        mailSender.send(message);
    }
}
