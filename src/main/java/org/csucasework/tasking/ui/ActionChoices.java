package org.csucasework.tasking.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.csucasework.reference.Agency;
import org.csucasework.security.CurrentUser;

/**
 * What a new action at the tasking meeting can be given: the agencies (the usual attenders first), each agency's
 * officers, and the day due dates count from. One value for every decision form of a meeting.
 *
 * @param officersOf the enabled users of an agency, by its code
 */
record ActionChoices(List<Agency> agencies, Function<String, List<CurrentUser>> officersOf, LocalDate today) {
}
