/**
 * The audit trail: who viewed or changed which record, logins, failed logins and refusals, kept append-only in the
 * database, with a search screen and a CSV export for supervisors and administrators.
 */
package org.csucasework.audit;
