package org.csucasework.actions;

/**
 * One kind of record that owns actions, registered as a bean by the module that owns it: what users call it, where its
 * page is, how changes to its actions queue, and where their events are written. The actions capability asks these
 * instead of switching on the kind, so adding an owner is a kind in {@link ActionOwnerKind}, a bean of this type in
 * the owning module and the action sub-process ({@link ActionSubprocess}) in its BPMN model.
 */
public interface ActionOwnerType {

    ActionOwnerKind kind();

    /** What users call this kind of record, as it starts a sentence ("Task and Finish Group"). */
    String label();

    /** The page of one such record, as a route within the application ("task-groups/TFG-2026-0001"). */
    String route(String reference);

    /**
     * Whether a partner officer working one of its actions may open the record's page. Community MARAC cases and ASB
     * Case Reviews are for their members and the CSU only: a partner works their action from My actions instead.
     */
    boolean openToPartners();

    /**
     * Makes changes to one record's actions wait for each other (a row lock on the record, held to the end of the
     * transaction): two agencies completing two actions of one record at the same moment would otherwise collide in
     * its process instance, and one would be told of a conflict that was never theirs.
     */
    void lock(String reference);

    /** Writes an event of one of its actions (assigned, completed, cancelled, chased) into the record's history. */
    void record(Long ownerId, String eventKind, String detail);

    /** Called when one of its actions has ended and none is left open: a report moves on in its process. */
    default void allActionsEnded(ActionOwner owner) {
    }
}
