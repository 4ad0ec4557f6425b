package org.csucasework.reporting;

import java.time.LocalDate;

/**
 * One record behind a headline figure that another capability counts (a group, a site visit, a letter issued).
 *
 * @param reference   the record's reference
 * @param description what it is, in words that name no person: figures are read and shared beyond the CSU
 * @param date        the day it counts on
 * @param route       the route of its page, or null when the figures' readers have no page to open for it
 */
public record FigureRecord(String reference, String description, LocalDate date, String route) {
}
