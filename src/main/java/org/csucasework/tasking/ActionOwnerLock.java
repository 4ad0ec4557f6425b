package org.csucasework.tasking;

/**
 * Makes changes to one owner's actions wait for each other: two agencies completing two actions of one Task and
 * Finish Group at the same moment would otherwise collide in the owner's process instance, and one would be told of
 * a conflict that was never theirs. Reports are locked by tasking itself; the module that owns any other kind of
 * owner implements this (a row lock on the owner, held to the end of the transaction).
 */
public interface ActionOwnerLock {

    ActionOwnerKind kind();

    void lock(String ownerReference);
}
