/**
 * The one history of every case (reports, Task and Finish Groups, escalation cases, Community MARAC referrals and
 * ASB Case Reviews): events, notes, contacts with the reporter or victim, actions, documents and letters, newest
 * first, shown to whoever the owning module lets see the case.
 */
package org.csucasework.casehistory;
