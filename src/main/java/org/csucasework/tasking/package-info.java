/**
 * The CSU daily tasking: the report-handling process, the tasking meeting and its agenda, actions owned by partner
 * agencies, referrals, report-back and closure.
 */
package org.csucasework.tasking;
