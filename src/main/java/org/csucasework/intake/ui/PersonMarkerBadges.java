package org.csucasework.intake.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import java.util.EnumSet;
import org.csucasework.intake.PersonMarker;

/**
 * The one way every screen shows what a person's reports mark them as ("Repeat victim", "Possible hate incident"),
 * next to their name, whatever their role there. Said in words, never by colour alone (WCAG 1.4.1); the colours are
 * Lumo's error text on its tint, at least 4.5:1. Empty (and invisible) for a person with no marker.
 */
@org.springframework.modulith.NamedInterface("ui")
public class PersonMarkerBadges extends Span {

    public static final String CLASS_NAME = "person-markers";

    public PersonMarkerBadges(Collection<PersonMarker> markers) {
        addClassName(CLASS_NAME);
        EnumSet<PersonMarker> shown = markers == null || markers.isEmpty() ? EnumSet.noneOf(PersonMarker.class)
                : EnumSet.copyOf(markers);
        setVisible(!shown.isEmpty());
        getStyle().set("display", "inline-flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)")
                .set("margin-inline-start", "var(--lumo-space-s)").set("vertical-align", "middle");
        for (PersonMarker marker : shown) {
            add(badge(marker));
        }
    }

    private static Span badge(PersonMarker marker) {
        Span badge = new Span(marker.label());
        badge.addClassName("person-marker");
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add("error");
        // A tooltip for a pointer; the label already says it in words for everyone else.
        badge.getElement().setAttribute("title", marker.explanation());
        badge.getStyle().set("background", "var(--lumo-error-color-10pct)").set("color", "var(--lumo-error-text-color)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "0.2em 0.6em")
                .set("font-size", "var(--lumo-font-size-s)").set("font-weight", "600")
                .set("line-height", "var(--lumo-line-height-xs)");
        return badge;
    }

    /** The labels shown, for tests and for reading aloud. */
    public String text() {
        return getElement().getTextRecursively();
    }
}
