/**
 * Actions agreed for partner agencies, whoever owns them (a report, a Task and Finish Group, a Community MARAC case, an
 * ASB Case Review): assigning, completing, cancelling and chasing them in the owner's process, My actions, and the one
 * entry form, grid and outcome dialog every screen uses; each owning module registers an {@link
 * org.csucasework.actions.ActionOwnerType}.
 */
package org.csucasework.actions;
