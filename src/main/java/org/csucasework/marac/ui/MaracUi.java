package org.csucasework.marac.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.csucasework.shared.FieldError;
import org.csucasework.shared.FieldErrors;

/** Notifications, field errors and date formats shared by the Community MARAC screens. */
final class MaracUi {

    static final ZoneId ZONE = ZoneId.of("Europe/London");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK).withZone(ZONE);

    private MaracUi() {
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    /** The case's page, as a link a keyboard user reaches with Tab (grids' row clicks are for the mouse only). */
    static Anchor caseLink(String reference) {
        return new Anchor("marac/cases/" + reference, reference);
    }

    static void success(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void failure(String text) {
        Notification notification = new Notification(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setAssertive(true);
        notification.open();
    }

    /**
     * Marks each field the service refused with its message (keeping what was typed) and clears the others.
     *
     * @return the errors that belong to none of the given fields
     */
    static List<FieldError> show(List<FieldError> errors, Map<String, ? extends HasValidation> fields) {
        return FieldErrors.show(errors, fields);
    }

    /** The usual notification after a refused submission: what belongs to no field, or a pointer to the fields. */
    static void refused(List<FieldError> elsewhere) {
        failure(elsewhere.isEmpty() ? "Nothing was saved: correct the marked fields."
                : "Nothing was saved: " + elsewhere.stream().map(FieldError::message).collect(Collectors.joining(" ")));
    }
}
