package org.csucasework.escalation;

import java.time.Duration;
import java.time.Instant;

/** A proposal in the supervisors' escalation queue, with how long it has waited since it was (re)submitted. */
public record QueueItem(Long stepId, String caseReference, String personName, String stageCode, String stageLabel,
                        boolean skip, String proposedBy, Instant submittedAt, int submissions, Duration age) {

    /** The age as people say it: "3 days", "5 hours", "less than an hour". */
    public String ageText() {
        long days = age.toDays();
        if (days >= 1) {
            return days + (days == 1 ? " day" : " days");
        }
        long hours = age.toHours();
        if (hours >= 1) {
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return "less than an hour";
    }
}
