/**
 * The ASB Case Review (s104 of the 2014 Act): applications, the qualifying-complaint threshold test and decision,
 * the multi-agency review with its recommendations worked as actions, the outcome, the local escalation, and the
 * figures the partnership publishes each year.
 */
package org.csucasework.casereview;
