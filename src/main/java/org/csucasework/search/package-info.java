/**
 * Search across every kind of case (reports, Task and Finish Groups, escalation cases, Community MARAC referrals) by
 * reference, a person's name, a place or words of the description, showing only what the signed-in user may see.
 */
package org.csucasework.search;
