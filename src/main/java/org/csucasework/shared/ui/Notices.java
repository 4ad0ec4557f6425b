package org.csucasework.shared.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.stream.Collectors;
import org.csucasework.shared.FieldError;

/**
 * Every notification the product shows, with one policy: a success fades after a few seconds; an error stays until
 * the user dismisses it (a slow reader must not miss it, WCAG 2.2.1) and is announced assertively by screen readers;
 * a new notice closes the error before it, so that errors never pile up.
 */
public final class Notices {

    /** Long enough to read a sentence; successes only confirm what the screen already shows. */
    static final int SUCCESS_MILLIS = 5000;

    private Notices() {
    }

    public static Notification success(String text) {
        closeOpenError();
        Notification notification = new Notification(text, SUCCESS_MILLIS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.getElement().setAttribute("role", "status");
        notification.open();
        return notification;
    }

    /**
     * An error that stays until the user dismisses it (a click or tap on it), or until the next notice replaces it:
     * it never times out. Plain text, so that screen readers and tests read it as it is.
     */
    public static Notification error(String text) {
        closeOpenError();
        Notification notification = new Notification(text, 0, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setAssertive(true);
        notification.getElement().setAttribute("role", "alert");
        notification.getElement().setAttribute("title", "Click to dismiss");
        notification.getElement().addEventListener("click", click -> notification.close());
        notification.open();
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.setData(ui, OpenError.class, new OpenError(notification));
        }
        return notification;
    }

    private record OpenError(Notification notification) {
    }

    private static void closeOpenError() {
        UI ui = UI.getCurrent();
        OpenError open = ui == null ? null : ComponentUtil.getData(ui, OpenError.class);
        if (open != null) {
            open.notification().close();
            ComponentUtil.setData(ui, OpenError.class, null);
        }
    }

    /** After a refused save: what belongs to no field, or a pointer to the marked fields. */
    public static Notification refused(List<FieldError> elsewhere) {
        return error(elsewhere.isEmpty() ? "Nothing was saved: correct the marked fields."
                : "Nothing was saved: " + messages(elsewhere));
    }

    /** The errors' messages as one sentence-separated text. */
    public static String messages(List<FieldError> errors) {
        return errors.stream().map(FieldError::message).collect(Collectors.joining(" "));
    }
}
