package org.csucasework.casereview.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** UK dates for the Case Review screens ("6 Dec 2026"), until the shared UI kit (issue 19) takes this over. */
final class CaseReviewUi {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZONE);

    private CaseReviewUi() {
    }

    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }
}
