package org.csucasework.actions;

import java.util.function.Consumer;
import java.util.function.Function;
import org.csucasework.casehistory.CaseHistory;
import org.csucasework.casehistory.CaseRef;

/**
 * An {@link ActionOwnerType} made of its parts, for owners whose page is a route plus the reference, whose lock is a
 * row lock by reference, whose actions' events go into the one case history, and which have nothing to do when their
 * actions end (the owner's process asks for its open actions itself).
 */
public record StandardActionOwner(ActionOwnerKind kind, String label, String routePrefix, boolean openToPartners,
                                  Consumer<String> rowLock, Function<Long, CaseRef> historyOf, CaseHistory history)
        implements ActionOwnerType {

    @Override
    public String route(String reference) {
        return routePrefix + reference;
    }

    @Override
    public void lock(String reference) {
        rowLock.accept(reference);
    }

    @Override
    public void record(Long ownerId, String eventKind, String detail) {
        history.record(historyOf.apply(ownerId), eventKind, detail);
    }
}
