/**
 * The work list: one page of everything waiting for the signed-in user, their agency or their role (process steps,
 * approvals, contacts due with reporters, actions), each linked to its case.
 */
package org.csucasework.worklist;
