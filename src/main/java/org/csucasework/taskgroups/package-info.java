/**
 * Task and Finish Groups on a repeat place or person, from proposal and approval through meetings, an action plan and
 * review cycles to closure, and the partnership site visits recorded at places and for groups.
 */
package org.csucasework.taskgroups;
