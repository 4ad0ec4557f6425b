package org.csucasework.actions;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The registered {@link ActionOwnerType}s, one for each {@link ActionOwnerKind}; the application fails to start without one. */
@Component
public class ActionOwners {

    private final Map<ActionOwnerKind, ActionOwnerType> types = new EnumMap<>(ActionOwnerKind.class);

    ActionOwners(List<ActionOwnerType> registered) {
        registered.forEach(type -> {
            if (types.put(type.kind(), type) != null) {
                throw new IllegalStateException("Two owner types for " + type.kind());
            }
        });
        for (ActionOwnerKind kind : ActionOwnerKind.values()) {
            if (!types.containsKey(kind)) {
                throw new IllegalStateException("No ActionOwnerType registered for " + kind);
            }
        }
    }

    /** The owner type of a kind; an action that predates owner kinds (no kind) is a report's. */
    public ActionOwnerType of(ActionOwnerKind kind) {
        return types.get(kind == null ? ActionOwnerKind.REPORT : kind);
    }

    /** What users call an action's record. */
    public String label(ActionOwnerKind kind) {
        return of(kind).label();
    }

    /**
     * The page an action's record is opened on for this user, or null when it is not theirs to open (a partner
     * officer and a Community MARAC case or an ASB Case Review).
     */
    public String routeFor(ActionView action, boolean csuStaff) {
        return routeFor(action.ownerKind(), action.ownerReference(), csuStaff);
    }

    /** As {@link #routeFor(ActionView, boolean)}, from the action's owner kind and reference. */
    public String routeFor(ActionOwnerKind kind, String reference, boolean csuStaff) {
        if (reference == null) {
            return null;
        }
        ActionOwnerType type = of(kind);
        return type.openToPartners() || csuStaff ? type.route(reference) : null;
    }
}
