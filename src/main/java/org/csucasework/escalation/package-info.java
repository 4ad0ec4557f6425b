/**
 * The warning letter / Acceptable Behaviour Agreement escalation ladder: escalation cases about a person, each step
 * proposed by a caseworker and decided by a supervisor, the letters and agreements generated from templates, the
 * letters register, and the waiting that follows each issue (further reports, breaches, terms and deadlines).
 */
package org.csucasework.escalation;
