/**
 * Community MARAC: referrals of a person or a family by any agency, the chair's screening, the monthly meetings with
 * their agendas, attendance, packs and decisions, and the cases' actions, visible only to MARAC members and referrers.
 */
package org.csucasework.marac;
