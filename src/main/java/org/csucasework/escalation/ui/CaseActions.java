package org.csucasework.escalation.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.csucasework.shared.FieldErrors;
import org.csucasework.shared.ui.Notices;

/**
 * What every panel of the case page does with a service call: on success it says so and redraws the page (the
 * case's state, and so which panels show, may have changed); on a refusal it marks the fields and keeps what was
 * typed. The panels are built by the page and given this, so they need nothing else of it.
 */
final class CaseActions {

    private final Runnable reload;

    CaseActions(Runnable reload) {
        this.reload = reload;
    }

    void act(Runnable call, String success, Map<String, ? extends HasValidation> fields) {
        if (FieldErrors.succeeded(fields, call)) {
            Notices.success(success);
            reload.run();
        }
    }

    /** The call the panel made itself (it shows its own refusals) succeeded: say so and redraw the page. */
    void done(String success) {
        Notices.success(success);
        reload.run();
    }
}
