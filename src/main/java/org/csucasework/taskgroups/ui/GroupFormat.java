package org.csucasework.taskgroups.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.FieldErrors;
import org.csucasework.taskgroups.GroupSummary;
import org.csucasework.taskgroups.SubjectKind;
import org.csucasework.taskgroups.process.GroupProcess;

/** Formatting and small building blocks shared by the group screens. */
final class GroupFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private GroupFormat() {
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String dayTime(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant.atZone(GroupProcess.ZONE));
    }

    static String dayTime(Date date) {
        return date == null ? "" : dayTime(date.toInstant());
    }

    static Anchor groupLink(String reference) {
        Anchor link = new Anchor("task-groups/" + reference, reference);
        link.getElement().setAttribute("aria-label", "Open group " + reference);
        return link;
    }

    static Anchor reportLink(String reference) {
        Anchor link = new Anchor("reports/" + reference, reference);
        link.getElement().setAttribute("aria-label", "Open report " + reference);
        return link;
    }

    static String subject(GroupSummary group) {
        return group.subjectKind().label() + ": " + group.subjectLabel();
    }

    static Anchor subjectLink(GroupSummary group) {
        Anchor link = new Anchor(group.subjectKind() == SubjectKind.PLACE ? "places/" + group.subjectId() : "",
                subject(group));
        if (group.subjectKind() != SubjectKind.PLACE) {
            link.removeHref();
        }
        return link;
    }

    static String agencies(Collection<String> codes, Map<String, String> names) {
        return String.join(", ", codes.stream().map(code -> names.getOrDefault(code, code)).toList());
    }

    /**
     * Marks each field the service refused, with its message, keeping whatever was typed.
     *
     * @return the errors that belong to none of the fields, for the caller to show elsewhere
     */
    static List<FieldError> showErrors(Map<String, ? extends HasValidation> fields, List<FieldError> errors) {
        return FieldErrors.show(errors, fields);
    }

    static void clearErrors(Map<String, ? extends HasValidation> fields) {
        FieldErrors.clear(fields);
    }

    static void error(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void success(String message) {
        Notification notification = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static String messages(List<FieldError> errors) {
        return String.join(" ", errors.stream().map(FieldError::message).toList());
    }
}
