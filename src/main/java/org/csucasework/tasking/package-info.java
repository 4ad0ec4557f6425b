/**
 * The CSU daily tasking: the report-handling process, the tasking meeting and its agenda, a report's actions (worked
 * by the actions module), referrals, report-back and closure.
 */
package org.csucasework.tasking;
