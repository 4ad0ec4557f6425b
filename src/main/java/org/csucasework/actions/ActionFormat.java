package org.csucasework.actions;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * An action's status and the record it belongs to, as every screen listing actions shows them. Status is always given
 * in words (with an icon where it helps), never by colour alone.
 */
public final class ActionFormat {

    private ActionFormat() {
    }

    /**
     * A link to the page of what the action belongs to, for this user: a partner officer sees a Community MARAC
     * case's or an ASB Case Review's reference without a link, as those pages are for their members and the CSU.
     */
    public static Component ownerLink(ActionView action, ActionOwners owners, boolean csuStaff) {
        String href = owners.routeFor(action, csuStaff);
        if (href == null) {
            return new Span(Optional.ofNullable(action.ownerReference()).orElse(""));
        }
        Anchor link = new Anchor(href, action.ownerReference());
        link.getElement().setAttribute("aria-label", ownerLabel(action, owners));
        return link;
    }

    /** {@link #ownerLink} drawn by the browser, for grids with many rows (a component per cell costs heap per session). */
    public static LitRenderer<ActionView> ownerLinkRenderer(ActionOwners owners, boolean csuStaff) {
        return LitRenderer.<ActionView>of("<a href=\"${item.href}\" aria-label=\"${item.label}\" ?hidden=\"${!item.href}\">"
                        + "${item.reference}</a><span ?hidden=\"${item.href}\">${item.reference}</span>")
                .withProperty("href", action -> Optional.ofNullable(owners.routeFor(action, csuStaff)).orElse(""))
                .withProperty("label", action -> ownerLabel(action, owners))
                .withProperty("reference", action -> Optional.ofNullable(action.ownerReference()).orElse(""));
    }

    private static String ownerLabel(ActionView action, ActionOwners owners) {
        return "Open " + owners.label(action.ownerKind()) + " " + action.ownerReference();
    }

    /** The action's status in words, with an icon and the error colour when it is overdue. */
    public static Component actionStatus(ActionView action, LocalDate today) {
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

    /** {@link #actionStatus} drawn by the browser, for grids with many rows. */
    public static LitRenderer<ActionView> actionStatusRenderer(LocalDate today) {
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
    public static String actionStatusText(ActionView action, LocalDate today) {
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
