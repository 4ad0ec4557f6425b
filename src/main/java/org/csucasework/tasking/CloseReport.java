package org.csucasework.tasking;

import jakarta.validation.constraints.Size;
import org.csucasework.intake.ReportFieldLimits;

/**
 * Closing a report: the outcome (a code from the outcomes reference data), a note (required when the outcome needs a
 * reason, e.g. no further action), that the reporter was told the outcome (required unless anonymous), and the
 * version the user saw (null from the API, which closes whatever the current version is).
 */
public record CloseReport(String outcomeCode,
                          @Size(max = ReportFieldLimits.NOTE, message = "At most {max} characters") String note,
                          boolean reporterUpdated, Long expectedVersion) {
}
