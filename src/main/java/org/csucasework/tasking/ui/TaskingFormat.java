package org.csucasework.tasking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.csucasework.actions.ActionStatus;
import org.csucasework.actions.ActionView;
import org.csucasework.intake.ReportFlag;
import org.csucasework.shared.ui.UkDates;

/**
 * Report links, ages and flags shared by the tasking screens (an action's status and owner come from
 * {@code ActionFormat}; dates, notices and field errors from the UI kit).
 */
final class TaskingFormat {

    private TaskingFormat() {
    }

    /** Whole days from the instant to the day, in the district's time zone; 0 for today. */
    static long ageInDays(Instant since, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(UkDates.dayOf(since), today));
    }

    static String flags(Set<ReportFlag> flags) {
        if (flags == null || flags.isEmpty()) {
            return "None";
        }
        return flags.stream().sorted().map(ReportFlag::label).collect(Collectors.joining("; "));
    }

    /** A link to the report's page (it opens in this tab, so the browser's Back returns here). */
    static Anchor reportLink(String reference) {
        Anchor link = new Anchor("reports/" + reference, reference);
        link.getElement().setAttribute("aria-label", "Open report " + reference);
        return link;
    }

    /**
     * A report reference as a link in a grid cell, drawn by the browser from one property per row. A long agenda
     * shows a row per report and action: a component per cell would keep hundreds of server-side components in every
     * open session (docs/benchmarks.md, heap per UI session).
     */
    static <T> LitRenderer<T> reportLinkRenderer(ValueProvider<T, String> reference) {
        return LitRenderer.<T>of("<a href=\"reports/${item.reference}\" aria-label=\"Open report ${item.reference}\">"
                + "${item.reference}</a>").withProperty("reference", reference);
    }
}
