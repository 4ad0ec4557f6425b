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
import org.csucasework.intake.ReportFlag;
import org.csucasework.shared.ui.UkDates;
import org.csucasework.tasking.ActionStatus;
import org.csucasework.tasking.ActionView;

/**
 * Links and status labels shared by the tasking screens (dates, notices and field errors come from the UI kit). Status is always given in words (with an icon
 * where it helps), never by colour alone.
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
     * A link to the page of what the action belongs to: its report or its Task and Finish Group. A Community MARAC
     * case's reference is shown without a link: the agency working the action need not be a MARAC member.
     */
    static Component ownerLink(ActionView action) {
        String href = ownerHref(action);
        if (href == null) {
            return new Span(action.ownerReference() == null ? "" : action.ownerReference());
        }
        Anchor link = new Anchor(href, action.ownerReference());
        link.getElement().setAttribute("aria-label", ownerLabel(action));
        return link;
    }

    /** {@link #ownerLink} drawn by the browser, for grids with many rows (see {@link #reportLinkRenderer}). */
    static LitRenderer<ActionView> ownerLinkRenderer() {
        return LitRenderer.<ActionView>of("<a href=\"${item.href}\" aria-label=\"${item.label}\" ?hidden=\"${!item.href}\">"
                        + "${item.reference}</a><span ?hidden=\"${item.href}\">${item.reference}</span>")
                .withProperty("href", action -> Optional.ofNullable(ownerHref(action)).orElse(""))
                .withProperty("label", TaskingFormat::ownerLabel)
                .withProperty("reference", action -> Optional.ofNullable(action.ownerReference()).orElse(""));
    }

    /** The switch has no default on purpose: a new kind of owner does not compile until it is decided here. */
    private static String ownerHref(ActionView action) {
        if (action.ownerReference() == null) {
            return null;
        }
        return switch (action.ownerKind()) {
            case REPORT -> "reports/" + action.ownerReference();
            case TASK_AND_FINISH_GROUP -> "task-groups/" + action.ownerReference();
            // Restricted records: a partner working the action may not open them, so no link that would fail.
            case COMMUNITY_MARAC, CASE_REVIEW -> null;
        };
    }

    private static String ownerLabel(ActionView action) {
        return (action.ownerKind() == org.csucasework.tasking.ActionOwnerKind.TASK_AND_FINISH_GROUP
                ? "Open Task and Finish Group " : "Open report ") + action.ownerReference();
    }

    /** The action's status in words, with an icon and the error colour when it is overdue. */
    static Component actionStatus(ActionView action, LocalDate today) {
        Span label = new Span();
        label.addClassName("action-status");
        label.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "0.3em");
        if (action.overdue()) {
            Icon icon = VaadinIcon.EXCLAMATION_CIRCLE.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            icon.getStyle().set("width", "1em").set("height", "1em");
            long days = ChronoUnit.DAYS.between(action.dueDate(), today);
            Span text = new Span("Overdue" + (days > 0 ? " by " + days + (days == 1 ? " day" : " days") : ""));
            label.add(icon, text);
            label.addClassName("overdue");
            label.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        } else if (action.status() == ActionStatus.OPEN) {
            if (action.dueDate().equals(today)) {
                Icon icon = VaadinIcon.CLOCK.create();
                icon.getElement().setAttribute("aria-hidden", "true");
                icon.getStyle().set("width", "1em").set("height", "1em");
                label.add(icon, new Span("Due today"));
                label.getStyle().set("font-weight", "600");
            } else {
                label.add(new Span("Open"));
            }
        } else if (action.status() == ActionStatus.DONE) {
            Icon icon = VaadinIcon.CHECK.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            icon.getStyle().set("width", "1em").set("height", "1em");
            label.add(icon, new Span("Done"));
        } else {
            label.add(new Span("Cancelled"));
        }
        return label;
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

    /** {@link #actionStatus} drawn by the browser, for grids with many rows (see {@link #reportLinkRenderer}). */
    static LitRenderer<ActionView> actionStatusRenderer(LocalDate today) {
        return LitRenderer.<ActionView>of("<span class=\"action-status ${item.overdue ? 'overdue' : ''}\" "
                        + "style=\"display: inline-flex; align-items: center; gap: 0.3em; ${item.style}\">"
                        + "<vaadin-icon icon=\"${item.icon}\" aria-hidden=\"true\" ?hidden=\"${!item.icon}\" "
                        + "style=\"width: 1em; height: 1em\"></vaadin-icon><span>${item.text}</span></span>")
                .withProperty("overdue", ActionView::overdue)
                .withProperty("style", a -> a.overdue() ? "color: var(--lumo-error-text-color); font-weight: 600;"
                        : a.status() == ActionStatus.OPEN && a.dueDate().equals(today) ? "font-weight: 600;" : "")
                .withProperty("icon", a -> a.overdue() ? "vaadin:exclamation-circle"
                        : a.status() == ActionStatus.OPEN && a.dueDate().equals(today) ? "vaadin:clock"
                        : a.status() == ActionStatus.DONE ? "vaadin:check" : "")
                .withProperty("text", a -> {
                    if (a.overdue()) {
                        long days = ChronoUnit.DAYS.between(a.dueDate(), today);
                        return "Overdue" + (days > 0 ? " by " + days + (days == 1 ? " day" : " days") : "");
                    }
                    return actionStatusText(a, today);
                });
    }

    /** The status as plain text, for sorting, filtering and tests. */
    static String actionStatusText(ActionView action, LocalDate today) {
        if (action.overdue()) {
            return "Overdue";
        }
        return switch (action.status()) {
            case OPEN -> action.dueDate().equals(today) ? "Due today" : "Open";
            case DONE -> "Done";
            case CANCELLED -> "Cancelled";
        };
    }
}
