package org.csucasework.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Runs every UI in {@code Locale.UK}, whatever the browser's language: every field that formats by locale (date
 * and time pickers above all) then shows UK formats, including any a screen creates without {@link UkDates}.
 */
@Component
class UkLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            init.getUI().setLocale(UkDates.LOCALE);
            if (init.getUI().getSession() != null) {
                init.getUI().getSession().setLocale(UkDates.LOCALE);
            }
        });
    }
}
