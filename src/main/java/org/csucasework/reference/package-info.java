/**
 * Reference data the partnership shares: the district and its population, wards, partner agencies, categories,
 * Community MARAC criteria, priority criteria, the escalation ladder and case outcomes.
 */
package org.csucasework.reference;
