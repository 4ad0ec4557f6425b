package org.csucasework.people;

import java.util.Collection;
import java.util.List;

/**
 * Implemented by every module that keeps person ids in its own records (intake, tasking, task groups, escalation,
 * MARAC, ...), so that a supervisor's merge or split moves them without the people module touching another module's
 * tables. Each move is reported as tokens the module understands, kept with the merge so that an undo moves exactly
 * those rows back. Called inside the merge's transaction.
 */
public interface PersonReferences {

    /** A short, stable name for the module's references (kept with merges, so never renamed). */
    String name();

    /**
     * Moves the references to person {@code from} onto person {@code to}: all of them, or (for a split, when
     * {@code reportIds} is not null) only those that belong to these reports. Returns a token per row moved.
     */
    List<String> move(Long from, Long to, Collection<Long> reportIds);

    /** Moves the rows named by these tokens (from an earlier {@link #move}) to person {@code to}. */
    void moveBack(Collection<String> tokens, Long to);
}
