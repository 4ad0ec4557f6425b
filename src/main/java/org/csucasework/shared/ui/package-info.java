/**
 * The UI kit every screen uses, so that all screens behave alike. What to use for what:
 * <ul>
 * <li>Telling the user something: {@link org.csucasework.shared.ui.Notices} ({@code success} fades, {@code error}
 * stays until dismissed and is announced, WCAG 2.2.1; {@code refused} after a refused save).</li>
 * <li>Dates and times: {@link org.csucasework.shared.ui.UkDates} (one zone, Europe/London, as the application
 * {@code Clock}; "6 Dec 2026", "Sun 6 Dec 2026", "6 Dec 2026, 14:05"; {@code picker(label)} for a DatePicker that
 * shows dd/MM/yyyy whatever the browser's language). Every UI also runs in {@code Locale.UK}
 * ({@link org.csucasework.shared.ui.UkLocale}).</li>
 * <li>A service's {@code ValidationException} or {@code ConflictException} on a form:
 * {@link org.csucasework.shared.FieldErrors#attempt} or {@code succeeded} (marks the fields, keeps what was typed, notifies the rest).</li>
 * <li>Names instead of codes (agency, ward, category, MARAC criterion, outcome, escalation stage):
 * {@link org.csucasework.shared.ui.Names}, a bean the reference data module provides; inject it.</li>
 * </ul>
 */
@org.springframework.modulith.NamedInterface("ui")
package org.csucasework.shared.ui;
